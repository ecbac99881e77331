/**
 * HTML escaping for the static fallback, as a tagged template: `html\`<td>${text}</td>\`` escapes
 * every interpolated value unless it is itself the result of `html` (or `raw`). Escaping by
 * default means a data file that names a project `<script>…` can never inject markup, and no
 * renderer has to remember to call an escape function. Pure: runs in Node and in the browser.
 *
 * Every interpolated text is also made safe to sit among the kit's words, as the elements do
 * (src/elements/shared/data-text.ts): text with RTL letters or bidi controls is put in <bdi>, a
 * long run without a break opportunity gets a <wbr> every 16 characters, and the invisible
 * characters are written as character references (`&#x202e;`): the same text in the page, but
 * nothing raw that would reverse a terminal line when `budget-kit render` prints the snippet.
 * Interpolations sit in element content; attribute values go through attributes().
 */
import { INVISIBLE } from '../model/invisible.js';
import { BIDI, PIECES, RUN } from '../elements/shared/text-safety.js';

/** A string of HTML that is safe to insert as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value an `html` template accepts: text is escaped, SafeHtml kept, lists joined, empties dropped. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Text for element content: escaped, long runs breakable, invisible characters as references, isolated when it could reorder its neighbours. */
function text(s: string): string {
  const h = (RUN.test(s) ? s.match(PIECES)!.map(escapeHtml).join('<wbr>') : escapeHtml(s)).replace(INVISIBLE, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
  return BIDI.test(s) ? `<bdi>${h}</bdi>` : h;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return text(String(value));
}

/** Builds HTML from a template, escaping each interpolated value (see HtmlValue). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => (out += render(v) + strings[i + 1]!));
  return new SafeHtml(out);
}

/** Marks a trusted string (markup built by this module only) as HTML. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * ` name="value"` pairs for an opening tag, in the given order, values escaped. `true` gives a
 * bare boolean attribute; null, undefined, false and '' leave the attribute out.
 */
export function attributes(attrs: Readonly<Record<string, string | boolean | null | undefined>>): SafeHtml {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new RangeError(`Not an attribute name: ${name}`);
    if (value === true) out += ` ${name}`;
    else if (typeof value === 'string' && value !== '') out += ` ${name}="${escapeHtml(value)}"`;
  }
  return new SafeHtml(out);
}
