/** The shape of test/hostile/manifest.json: one entry per corpus file. */

export type Outcome = 'parse-error' | 'schema-error' | 'renders-safely' | 'check-error' | 'encoding-error';

export interface ManifestEntry {
  /** File name under test/hostile/corpus/. */
  file: string;
  /** What the file is, for people. */
  what: string;
  expect: Outcome;
  /** Exit status of `budget-kit validate FILE --json`. */
  exit: 0 | 1 | 2;
  /** parse-error: where the CLI must place the fault (column only when stated). */
  at?: { line: number; column?: number };
  /** parse-error: fragments of the English CLI message. */
  says?: string[];
  /** schema-error: a problem must exist at each path; `en` is a fragment of its English message. */
  problems?: { path: string; en?: string }[];
  /** check-error: rule ids that must report an error. */
  rules?: string[];
  /** Texts each named by some finding that is not a rounding note (the checker notices them). */
  flags?: string[];
  /** The file tries prototype pollution: Object.prototype must stay untouched. */
  pollutes?: false;
  /** The CLI text report must not contain raw control characters (ESC, BEL, NUL). */
  noRawControl?: true;
  /** The file carries the XSS payloads of payloads.ts in every text field. */
  xss?: true;
  /** Texts that must appear exactly as written (RTL, emoji). */
  shows?: Record<string, string>;
  /** encoding-error: fragments of the widget's Chinese message (the CLI's English ones are in `says`). */
  widgetSays?: string[];
}
