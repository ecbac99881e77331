/**
 * Text from data files on a terminal. A name, key or file name may carry control characters
 * (ESC starts an ANSI sequence that recolours the screen, clears it or sets the window title;
 * BEL rings; CR overwrites the line). Printed raw, a hostile file would act on the reader's
 * terminal, so every control character (C0, DEL and C1) is shown as a visible `\uXXXX` escape.
 *
 * Invisible characters (bidi controls, zero-width characters: src/model/invisible.ts) are shown
 * too: a U+202E at the end of a name would print the rest of the line backwards ("元万00.7"), and
 * a zero-width space makes two names that print alike differ. In a line people read they become
 * `<U+202E>`; in JSON, the `\u202e` escape, which reads back as the same string.
 */
import { INVISIBLE, showInvisible } from '../model/invisible.js';

// C0 (tab aside), DEL, C1. Line feed is escaped too: inside one printed line it came from data.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
// The same without line feed, for whole reports whose own line breaks must stay.
const CONTROL_KEEP_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One printed line: every control character but tab escaped (ESC → `\u001b`), invisible ones named (`<U+202E>`). */
export function terminalLine(s: string): string {
  return showInvisible(s.replace(CONTROL, escape));
}

/**
 * A text of several lines: control and invisible characters escaped, line feeds kept. For JSON
 * output too: JSON.stringify already escapes C0 but not DEL, C1 or the bidi controls, and
 * `\u007f`-style escapes are valid JSON inside strings (the only place such characters can
 * appear in JSON text).
 */
export function terminalText(s: string): string {
  return s.replace(CONTROL_KEEP_LF, escape).replace(INVISIBLE, escape);
}
