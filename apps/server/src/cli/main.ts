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
    return exitWithError(error);
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitWithError);
