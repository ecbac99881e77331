/**
 * What every static renderer shares: the caption (title, then department · year · unit, the same
 * line <budget-table> prints), the error that names what would have been valid, and the options.
 */
import type { BudgetDisclosure } from '../model/schema.js';
import { captionMeta } from '../elements/budget-table/strings.js';
// Node and the builder page render both languages synchronously: the English words are loaded here, not on demand.
import '../elements/i18n/en.js';
import type { Locale } from '../elements/shared/locale.js';
import { html, type HtmlValue, type SafeHtml } from './escape.js';

/** What to pre-render: the widget and the options the element would be given. */
export interface StaticOptions {
  /** The element name, e.g. "project-table". */
  widget: string;
  /** <budget-table kind>: the table kind. */
  kind?: string;
  /** <kpi-card project>: a project code or name; unset for the overall targets. */
  project?: string;
  /** <sangong-chart unit>: the unit row (code or name); unset for the 合计 row. */
  unit?: string;
  /** Language of the labels (data text is never translated). */
  lang?: Locale;
  /**
   * `display-unit`: "元", "万元" or "亿元" to pre-render amounts converted exactly, with the unit
   * named, as the element shows them (the same formatting code); unset: as published.
   */
  displayUnit?: string;
  /**
   * <kpi-card for>: the id of the <project-table> the card follows. A file without overall targets
   * is then not an error: the card invites the reader to choose a project in the table.
   */
  for?: string;
  /** <budget-execution>: that year's 预算 file, joined with the 决算 as the element joins it. */
  budget?: BudgetDisclosure;
  /** <budget-execution budget-src>: the budget file's URL as the page will request it. */
  'budget-src'?: string;
}

/** The snippet cannot be made: `words` says why and `choices` what would have worked. */
export class StaticError extends Error {
  constructor(
    readonly words: { zh: string; en: string },
    readonly choices: readonly string[] = [],
  ) {
    super(words.en);
  }
}

/** A caption: the table's title on one line, department · year · unit on the next. */
export function caption(title: HtmlValue, data: BudgetDisclosure, unit: string, locale: Locale): SafeHtml {
  return html`<caption><span class="title">${title}</span><br><span class="meta">${captionMeta(data.department, unit, locale)}</span></caption>`;
}

/** "（x）" in Chinese, " (x)" in English. */
export function paren(text: string, locale: Locale): string {
  return locale === 'zh' ? `（${text}）` : ` (${text})`;
}

/**
 * An amount cell. budget-static.css right-aligns `td.num`; where a CMS drops the stylesheet, `align`
 * is not HTML5 and a style attribute is stripped or blocked by the CSP, so the cell's own direction
 * does it: `dir="rtl"` puts the start of the cell on the right, and the figure inside stays
 * left-to-right (minus sign, percent and parentheses in place). `dir` is a global attribute that
 * sanitisers keep.
 */
export function num(value: HtmlValue): SafeHtml {
  return html`<td class="num" dir="rtl"><span dir="ltr">${value}</span></td>`;
}
