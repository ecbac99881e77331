/**
 * What a widget is, in one place: its tag, its options and how every part of the kit offers them
 * (the element's attributes, the embed page's query, the CLI's `render` options, the snippet
 * builder's fields), and what of the data it reads. One descriptor per element folder
 * (`src/elements/<tag>/widget.ts`), gathered in ./registry.ts, which everything loops over.
 *
 * Plain data with no import of the elements, so the embed page, the CLI and the builder read it
 * without loading a widget.
 */
import type { KnownTableKind } from '../model/constants.js';

export type Words = { readonly zh: string; readonly en: string };

/** Where a widget's option takes its values from, for the builder's pickers and the CLI's errors. */
export type Choices =
  /** The table kinds the data holds. */
  | 'kinds'
  /** The projects of the data (code or name). */
  | 'projects'
  /** The units of the 三公 table (code or name). */
  | 'units'
  /** A fixed list. */
  | readonly string[];

/** One attribute of a widget beyond those every widget has (COMMON_ATTRIBUTES). */
export interface WidgetOption {
  /** The attribute, as written on the tag: "kind", "show-checks". */
  readonly attribute: string;
  /** What it does, in an editor's words (builder label, CLI help). */
  readonly label: Words;
  /** A boolean attribute (present or absent), e.g. `collapsed`. */
  readonly boolean?: true;
  /** Where its values come from; free text when absent. */
  readonly choices?: Choices;
  /** The static fallback takes it (`budget-kit render --<attribute>`), so the pre-rendered table matches the element. */
  readonly static?: true;
  /** The iframe page passes it through from its query string. */
  readonly embed?: true;
  /** Required to show anything (budget-table's kind). */
  readonly required?: true;
}

/** What a widget reads of a disclosure (for the builder, the docs and, later, the import's report). */
export interface WidgetReads {
  /** Table kinds, the first one found wins where several are listed. */
  readonly tables: readonly KnownTableKind[] | 'any';
  readonly narrative?: true;
  readonly projects?: true;
  readonly overallPerformance?: true;
}

export interface WidgetDescriptor {
  /** The custom element's name. */
  readonly tag: `${string}-${string}`;
  /** Its name for editors. */
  readonly title: Words;
  /** One line for the builder: what a reader sees. */
  readonly hint: Words;
  readonly options: readonly WidgetOption[];
  readonly reads: WidgetReads;
}

/**
 * Attributes every widget has (BudgetElement), in the order a tag writes them. `src` first; the
 * embed page passes all of them through.
 */
export const COMMON_ATTRIBUTES = ['src', 'lang', 'theme', 'display-unit', 'no-footer', 'timeout'] as const;
