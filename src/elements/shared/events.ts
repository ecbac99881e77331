/**
 * Every event the widgets fire, as typed Event subclasses with a `detail`, named `budget-*`. All
 * bubble and cross shadow roots, so a page can listen once on `document`:
 *
 *     document.addEventListener('budget-error', (e) => report(e.detail.kind, e.detail.url));
 *
 * The user-action events (`budget-drill`, `budget-project-select`) fire on user action only, never
 * on a programmatic change. `project-select`, the old name of `budget-project-select`, is still
 * fired beside it for one release (deprecated).
 */
import type { LoadErrorKind } from '../../model/load-errors.js';
import type { BudgetDisclosure } from '../../model/schema.js';
import type { Problem } from '../../model/validate-core.js';

/** Where a widget's data came from: the absolute URL of `src`, an inline script, or the `data` property. */
export type DataSource = string | 'inline' | 'property';

export interface BudgetLoadDetail {
  /** The validated disclosure (shared between widgets on the same URL: treat it as read-only). */
  readonly data: BudgetDisclosure;
  readonly source: DataSource;
}

export interface BudgetErrorDetail {
  readonly kind: LoadErrorKind;
  /** What the widget shows, in its language. */
  readonly message: string;
  /** The absolute URL, when the data came from `src`. */
  readonly url?: string;
  /** The HTTP status, for kind `http`. */
  readonly status?: number;
  /** Every problem found, for kinds `schema` and `version`. */
  readonly problems?: readonly Problem[];
  /**
   * Which file failed: absent for the widget's own data (`src`, inline or `data`); `'budget'` for
   * `<budget-execution>`'s `budget-src` (or `budget` property). Then the widget still shows the 决算
   * with the 年初预算 its text states, and says why the budget file was not used.
   */
  readonly file?: 'budget';
}

/** Fired when a widget has valid data to show (after the render that shows it). */
export class BudgetLoadEvent extends Event {
  static readonly eventName = 'budget-load';
  readonly detail: BudgetLoadDetail;

  constructor(detail: BudgetLoadDetail) {
    super(BudgetLoadEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when a widget's data cannot be used (after the render that shows the error). */
export class BudgetErrorEvent extends Event {
  static readonly eventName = 'budget-error';
  readonly detail: BudgetErrorDetail;

  constructor(detail: BudgetErrorDetail) {
    super(BudgetErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface BudgetDrillDetail {
  /** The codes drilled through, outermost first (empty at the 类 level). */
  readonly path: readonly string[];
}

/** Fired by <budget-summary> when the reader drills down or up the 类 → 款 → 项 chart. */
export class BudgetDrillEvent extends Event {
  static readonly eventName = 'budget-drill';
  readonly detail: BudgetDrillDetail;

  constructor(detail: BudgetDrillDetail) {
    super(BudgetDrillEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }

  /** @deprecated Read `detail.path`; kept for one release. */
  get path(): readonly string[] {
    return this.detail.path;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'budget-load': BudgetLoadEvent;
    'budget-error': BudgetErrorEvent;
    'budget-drill': BudgetDrillEvent;
  }
}
