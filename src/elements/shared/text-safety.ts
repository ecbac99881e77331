/**
 * What makes a piece of data text unsafe to put next to the kit's own words, and how to make it
 * safe. Pure, no DOM or lit: the elements (data-text.ts), the static fallback and the CLI share it.
 *
 * Text from the data may carry right-to-left letters or bidirectional controls (U+202E, the
 * right-to-left override, reverses everything after it until its paragraph ends). Put inside a
 * sentence of the kit's own words ("2023年…", a caption, an aria-label), such text would reorder
 * the kit's words and figures: “元万00.7算预费经”. Each piece of data text is therefore isolated
 * by FSI…PDI (U+2068…U+2069), the isolation <bdi> gives, as characters: they work in text nodes,
 * attribute values (aria-labels cannot hold markup), SVG labels and exported pictures alike.
 * The elements' `html` tag (data-text.ts) isolates every string it shows; sentences and labels
 * built from data and kit words isolate their data parts here.
 */

/**
 * Right-to-left letters (Hebrew to Arabic Extended, and their presentation forms; a few neutral
 * forms in that range come along) and the bidi controls that can reverse what follows: RLM,
 * the embeddings and overrides, the isolates. An LRM changes nothing in the kit's left-to-right
 * text, and the rare astral RTL scripts are left out (every byte counts in the page's bundle).
 */
export const BIDI = /[\u0590-\u08ff\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufefc]/;

/**
 * Data text for a string of the kit's words: wrapped in FSI…PDI when it could reorder them
 * (text with neither RTL letters nor controls cannot, and is returned as it is; so is
 * undefined, which tests as the text "undefined").
 */
export const iso = <T extends string | undefined>(s: T): T => (BIDI.test(s!) ? (`\u2068${s}\u2069` as T) : s);

/**
 * A run of 200 characters without a break opportunity: printable characters below U+3000, so no
 * space or control, no CJK (each CJK character is one), no astral character. Latin, Cyrillic,
 * Arabic, Thai… runs are found; laid out whole, such a run cost seconds (data-text.ts), so it is
 * shown in pieces. (Also counts en/em spaces and NBSP, which only means a harmless extra cut.)
 */
export const RUN = /[!-\u2fff]{200}/;

/**
 * Pieces of at most 16 characters (code points: a surrogate pair is never split). Shorter than a
 * line, so lines stay full: with pieces longer than a line, every piece began a new line. Chromium
 * shapes across a <wbr>, so a combining mark or an emoji joiner at a cut stays attached. A
 * 100,000-letter goal is laid out in about 0.3 s instead of 4–7 s.
 */
export const PIECES = /.{1,16}/gsu;
