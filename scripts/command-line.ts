import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export type CommandLine<O extends Options> =
  | {
      ok: true;
      values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
      positionals: string[];
    }
  | { ok: false; exitCode: 0 | 2; text: string };

/**
 * The options of one of the project's commands, read strictly: `--help` (or `-h`) answers with
 * `usage`, and an option the command does not know is refused with its name and the usage, where
 * a typo would otherwise be ignored (a 20-minute benchmark run with a flag it never saw) or end
 * in a stack trace.
 */
export function readCommandLine<O extends Options>(argv: string[], usage: string, options: O): CommandLine<O> {
  if (argv.includes('--help') || argv.includes('-h')) return { ok: false, exitCode: 0, text: usage };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { ok: true, values, positionals };
  } catch (error) {
    // Node's messages end with advice about `--` that fits its own CLI, not npm's: keep the first sentence.
    const reason = (error as Error).message.split('. ')[0]!.replace(/\.$/, '');
    return { ok: false, exitCode: 2, text: `✗ ${reason}\n${usage}` };
  }
}

/** `readCommandLine` for a script's own arguments: prints and exits where it did not parse. */
export function commandLineOrExit<O extends Options>(usage: string, options: O) {
  const read = readCommandLine(process.argv.slice(2), usage, options);
  if (read.ok) return read;
  (read.exitCode === 0 ? console.log : console.error)(read.text);
  process.exit(read.exitCode);
}
