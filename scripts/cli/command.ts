// What every subcommand shares besides its inputs: where it writes, how its options are read
// (node:util parseArgs, strict), and how it answers --help and a usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The manifest of released table versions; tests point it at a damaged one. */
  readonly releasesFile?: string;
}

/** Bad input or bad usage: the caller can tell it from a failure of ours (1). */
export const EXIT_BAD_INPUT = 2;

export const EXIT_CODES_HELP = 'Exit codes: 0 done; 2 bad input or usage, one line per problem: `file: JSON path: reason`.';

export interface CommandText {
  /** One or more `usage:` lines, printed after the reason of a usage error. */
  readonly usage: string;
  /** Usage, what it does and each option, for --help. */
  readonly help: string;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Strict<O extends OptionsConfig> = { args: string[]; options: O; strict: true; allowPositionals: true };
export type ParsedArgs<O extends OptionsConfig> = ReturnType<typeof parseArgs<Strict<O>>>;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export function reportUsageError(io: CliIo, reason: string, command: CommandText): number {
  io.err(`${reason}\n${command.usage}\n`);
  return EXIT_BAD_INPUT;
}

/** node:util's messages are several sentences long; the command line says one short line. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  const option = /'(-{1,2}[^' ]+)/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return /does not take an argument/.test(text) ? `${option} takes no value` : `${option} needs a value`;
  return text.split('\n')[0] as string;
}

/**
 * The subcommand's arguments, or the exit code when they are already answered: help printed (0) or a
 * usage error (2). Every subcommand accepts `--help` / `-h`.
 */
export function parseCommandArgs<const O extends OptionsConfig>(args: readonly string[], options: O, command: CommandText, io: CliIo): ParsedArgs<O> | number {
  // Typed by the caller's options once help is answered; `help` itself is this function's business.
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, ...HELP_OPTION }, strict: true, allowPositionals: true });
  } catch (error) {
    return reportUsageError(io, describeParseError(error), command);
  }
  if (parsed.values.help) {
    io.out(`${command.help}\n`);
    return 0;
  }
  return parsed as unknown as ParsedArgs<O>;
}

/** The one file a subcommand works on, or the reason there is not exactly one. */
export function onePositional(positionals: readonly string[], what: string): { file: string } | { reason: string } {
  const [file, extra] = positionals;
  if (file === undefined) return { reason: `no ${what} given` };
  if (extra !== undefined) return { reason: `one ${what} at a time (got "${file}" and "${extra}")` };
  return { file };
}
