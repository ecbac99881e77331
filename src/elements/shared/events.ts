/**
 * The data events every widget fires, as typed Event subclasses. Both bubble and cross shadow
 * roots, so a page can listen once on `document`:
 *
 *     document.addEventListener('budget-error', (e) => report(e.detail.kind, e.detail.url));
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

declare global {
  interface GlobalEventHandlersEventMap {
    'budget-load': BudgetLoadEvent;
    'budget-error': BudgetErrorEvent;
  }
}
