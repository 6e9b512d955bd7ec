#!/usr/bin/env node
import { UsageError, type Command } from './command.ts';

// Lazy imports: a batch command must not pay for loading the database client or the NLP model
// of another command (the cleaner's speed is measured on the whole process).
const commands: Record<string, () => Promise<Command>> = {
  clean: async () => (await import('./commands/clean.ts')).command,
  extract: async () => (await import('./commands/extract.ts')).command,
  'feed-parse': async () => (await import('./commands/feed-parse.ts')).command,
  relevance: async () => (await import('./commands/relevance.ts')).command,
};

function printHelp(out: NodeJS.WritableStream): void {
  out.write('usage: pwatch <command> [options]\n\ncommands:\n');
  for (const name of Object.keys(commands)) out.write(`  ${name}\n`);
  out.write('\nRun `pwatch <command> --help` for the options of one command.\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp(process.stdout);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`pwatch: unknown command "${name}"\n`);
    printHelp(process.stderr);
    return 2;
  }
  const command = await load();
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

process.exitCode = await main(process.argv.slice(2));
