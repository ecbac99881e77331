/**
 * Text from data files on a terminal. A name, key or file name may carry control characters
 * (ESC starts an ANSI sequence that recolours the screen, clears it or sets the window title;
 * BEL rings; CR overwrites the line). Printed raw, a hostile file would act on the reader's
 * terminal, so every control character (C0, DEL and C1) is shown as a visible `\uXXXX` escape.
 */

// C0 (tab aside), DEL, C1. Line feed is escaped too: inside one printed line it came from data.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// The same without line feed, for whole reports whose own line breaks must stay.
const CONTROL_KEEP_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One printed line: every control character but tab escaped, e.g. ESC → `\u001b`. */
export function terminalLine(s: string): string {
  return s.replace(CONTROL, escape);
}

/**
 * A text of several lines: control characters escaped, line feeds kept. For JSON output too:
 * JSON.stringify already escapes C0 but not DEL and C1, and `\u007f`-style escapes are valid
 * JSON inside strings (the only place such characters can appear in JSON text).
 */
export function terminalText(s: string): string {
  return s.replace(CONTROL_KEEP_LF, escape);
}
