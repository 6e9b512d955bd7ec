import { runDemo } from './demo.ts';

try {
  // Logs go to stderr: stdout is the demo's report.
  await runDemo({ env: process.env, out: process.stdout, logDestination: process.stderr });
} catch (error) {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
