/** The contract every `budget-kit` command follows (validate now, render later). */
import type { OptionSpec, Parsed } from './args.js';

/** The outside world, injected so commands are testable without a process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's bytes (decoded by the command, strictly as UTF-8); a string is taken as its text. */
  readFile(path: string): Promise<Uint8Array | string>;
  /** Writes a text file (`import --out`); commands that only read leave it out. */
  writeFile?(path: string, text: string): Promise<void>;
}

export interface Command {
  name: string;
  /** One line for `budget-kit --help`. */
  usage: string;
  summary: { zh: string; en: string };
  /** The command's own options (global ones: --help, --lang). */
  options: readonly OptionSpec[];
  /** Runs the command and returns the exit status. May throw UsageError (exit 2). */
  run(args: Parsed, io: Io): Promise<number>;
}
