#!/usr/bin/env node
import { readdir } from 'node:fs/promises';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type Command } from './command.ts';
import { relaunchOnOneCore } from './one-core.ts';

// Batch commands are short processes where start-up counts (the cleaner is measured on the whole
// process): Node's on-disk compile cache keeps the compiled code and the stripped TypeScript of
// every module loaded after it is on (the commands are imported lazily below). bin/pwatch.mjs turns
// it on before any TypeScript loads; started directly, this file turns it on here, and is itself
// type-stripped on every run. A cache that cannot be written is skipped silently by Node.
enableCompileCache();

// Every file in commands/ is a subcommand named after the file. Loaded lazily: a batch command
// must not pay for loading the database client or the NLP data of another command (the cleaner's
// speed is measured on the whole process).
const commandsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');

async function commandNames(): Promise<string[]> {
  const files = await readdir(commandsDir);
  return files
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
}

async function loadCommand(name: string): Promise<Command | null> {
  if (!/^[a-z][a-z-]*$/.test(name) || !(await commandNames()).includes(name)) return null;
  const module = (await import(path.join(commandsDir, `${name}.ts`))) as { command: Command };
  return module.command;
}

async function printHelp(out: NodeJS.WritableStream): Promise<void> {
  out.write('usage: pwatch <command> [options]\n\ncommands:\n');
  for (const name of await commandNames()) {
    const command = await loadCommand(name);
    out.write(`  ${name.padEnd(12)} ${command?.summary.split('\n')[0] ?? ''}\n`);
  }
  out.write('\nRun `pwatch <command> --help` for the options of one command.\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    await printHelp(process.stdout);
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    process.stderr.write(`pwatch: unknown command "${name}"\n`);
    await printHelp(process.stderr);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nusage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pwatch ${name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}

// On one core the work runs in a child with V8's optimising compiler on the main thread (see
// one-core.ts); this process only waits for it. Measurements read both processes' reports.
const relaunched = await relaunchOnOneCore({
  report: ({ maxRssKiB, cpuMicros }) => {
    if (process.env.PWATCH_REPORT_RSS) process.stderr.write(`pwatch launcher: maxRSS ${maxRssKiB} KiB, cpu ${cpuMicros} us\n`);
  },
});
process.exitCode = relaunched ?? (await main(process.argv.slice(2)));
