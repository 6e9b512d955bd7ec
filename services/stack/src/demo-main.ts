import { runDemo } from './demo.ts';

try {
  await runDemo({ env: process.env, out: process.stdout });
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
