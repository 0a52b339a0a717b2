import type { Command } from './command.js';
import { UsageError } from './command.js';
import { commands } from './commands/index.js';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'paraat — reads news articles and turns them into dated, sourced event records',
    '',
    'usage: paraat COMMAND [options]   (paraat COMMAND --help for details)',
    '',
    'commands:',
    ...lines,
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview() + '\n');
    return name ? 0 : 2;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`paraat: unknown command "${name}"\n\n${overview()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`paraat ${name}: ${err.message}\n(see paraat ${name} --help)\n`);
      return 2;
    }
    // PARAAT_DEBUG=1 shows where an unexpected error came from.
    const detail = process.env.PARAAT_DEBUG && err instanceof Error ? err.stack : err instanceof Error ? err.message : String(err);
    process.stderr.write(`paraat ${name}: ${detail}\n`);
    return 1;
  }
}
