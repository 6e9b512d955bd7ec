#!/usr/bin/env node
// The `pwatch` command. Plain JavaScript so that Node's on-disk compile cache is on before any
// TypeScript loads: with a warm cache no module is type-stripped again, and the stripper itself
// (a WebAssembly module, about 30 ms and 17 MB) is never loaded. Batch commands are short
// processes where start-up counts.
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('../src/main.ts');
