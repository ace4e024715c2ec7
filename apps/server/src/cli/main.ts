// `pnpm sanxiang <command>`: the command-line tool. Each area contributes a table of commands.
import { exitWithError } from '../fail.ts';
import { auditCommands } from './audit-commands.ts';
import { calendarCommands } from './calendar-commands.ts';
import { configCommands } from './config-commands.ts';
import { type Command, UsageError } from './command.ts';
import { dbCommands } from './db-commands.ts';
import { evaluateCommands } from './engine-commands.ts';
import { templateCommands } from './template-commands.ts';

const COMMANDS: Record<string, Command> = {
  ...dbCommands,
  ...configCommands,
  ...evaluateCommands,
  ...calendarCommands,
  ...templateCommands,
  ...auditCommands,
};

function printHelp() {
  console.log('用法 / usage: pnpm sanxiang <command> [options]\n');
  for (const command of Object.values(COMMANDS)) console.log(`  ${command.usage.padEnd(44)} ${command.summary}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    printHelp();
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`未知命令 / unknown command: ${name}\n`);
    printHelp();
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    // What the command printed before it failed is worth keeping: exitWithError ends the process at once.
    await outputFlushed();
    return exitWithError(error);
  }
}

/**
 * Resolves once everything written to stdout and stderr has been handed to the operating system. A pipe takes only
 * 64 KB at a time and Node queues the rest, so exiting straight after a large console.log (`config effective … | less`)
 * used to cut the output off there.
 */
function outputFlushed(): Promise<void> {
  const flushed = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => {
      // A reader that went away (`| head`) fails the write with EPIPE; there is nothing left to wait for then.
      stream.once('error', () => resolve());
      // Writes complete in order, so the callback of an empty write runs after every earlier one has completed.
      stream.write('', () => resolve());
    });
  return Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => undefined);
}

// The exit is still explicit, so that a handle a command left open (a pool, a timer) cannot keep the process alive.
main(process.argv.slice(2))
  .then(async (code) => {
    await outputFlushed();
    process.exit(code);
  }, exitWithError);
