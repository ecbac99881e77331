/**
 * A place in a data file as a JSON path people can find in their editor:
 * `tables["gpb-expenditure"].rows[3].values.total`. An odd key is quoted as JSON, with invisible
 * and bidi characters escaped (`department["x\u202e"]`): a raw U+202E in a path would reverse the
 * message printed after it.
 */
import { jsonQuote } from './invisible.js';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${jsonQuote(String(p))}]`;
  }
  return out || '(root)';
}
