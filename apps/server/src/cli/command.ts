export interface Command {
  usage: string;
  summary: string;
  /** Returns the exit code. Throwing a UsageError prints the usage and exits 2. */
  run(args: string[]): Promise<number>;
}

export class UsageError extends Error {}

export const usageError = (usage: string) => new UsageError(`用法 / usage: pnpm sanxiang ${usage}`);

export const log = (line: string) => console.log(line);

/** `--name value` options and positional arguments, in one pass. Unknown options are usage errors. */
export function parseArgs(args: string[], known: readonly string[], usage: string): { options: Record<string, string>; positional: string[] } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    const value = args[i + 1];
    if (!known.includes(name) || value === undefined || value.startsWith('--')) throw usageError(usage);
    options[name] = value;
    i++;
  }
  return { options, positional };
}
