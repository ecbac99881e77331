/**
 * Characters that cannot be seen but change what is seen: the bidirectional controls (marks,
 * embeddings, overrides, isolates — U+202E reverses the text after it) and the zero-width
 * characters (spaces, joiners, the word joiner, a stray byte order mark). In a name they make two
 * names that look alike differ, or make text read backwards. The checks report them (rule R21),
 * and every report this kit prints names them visibly instead of passing them on raw.
 */
export const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');

/** "U+202E". */
export const codePoint = (c: string): string => `U+${hex(c).toUpperCase()}`;

/** The text with each invisible character written out: "网信办<U+202E>". For reports people read. */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE, (c) => `<${codePoint(c)}>`);
}

/** JSON.stringify, with the invisible characters escaped too ("\u202e"): still valid JSON for the same string. */
export function jsonQuote(v: unknown): string {
  return (JSON.stringify(v) ?? String(v)).replace(INVISIBLE, (c) => `\\u${hex(c)}`);
}
