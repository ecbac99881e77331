/**
 * The `html` tag every element uses (instead of lit's own): each string it puts between elements
 * (a child binding, never an attribute) is treated as text that may come from the data:
 *  - isolated (FSI…PDI, see text-safety.ts) when it holds RTL letters or bidi controls, so it cannot
 *    reorder the kit's words around it;
 *  - cut into pieces with <wbr> between them when it holds a long run without a break
 *    opportunity (a 100,000-letter "word"). Breaking such a run anywhere (overflow-wrap) made
 *    Chromium reshape the rest of the run for every line it laid out: with kerning, or in Thai,
 *    a goal of 100,000 letters took seconds. A <wbr> every 16 characters bounds that work
 *    and adds no text: what is copied, searched and read aloud is the published text, whole.
 * Doing it in the tag rather than at each binding covers every piece of data text, present and
 * future, in every template. Ordinary text (no RTL, no long run, so every kit word) is passed on
 * unchanged, at the cost of two regular-expression tests per binding. Strings built from data and
 * kit words together (sentences, captions, aria-labels) isolate their data parts with iso().
 */
import { html as litHtml, type TemplateResult } from 'lit';
import { iso, PIECES, RUN } from './text-safety.js';

const wbr = litHtml`<wbr>`;

/**
 * lit's `html`, with every string in a child position shown as data text: isolated (iso) and,
 * when it holds a long run, in pieces with a <wbr> after each. A binding right after `=`, `="` or
 * `='` is an attribute (or property, or boolean) and is left alone; one further into an attribute
 * value (`class="a ${b}"`) is treated as a child, which changes nothing for the kit's own values
 * (no RTL, no long run) such positions hold.
 */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<1> =>
  litHtml(strings, ...values.map((v, i) => (typeof v != 'string' || /=["']?$/.test(strings[i]!) ? v : RUN.test((v = iso(v))) ? (v as string).match(PIECES)!.flatMap((p) => [p, wbr]) : v)));
