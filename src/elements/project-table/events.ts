/** Events of <project-table>, in their own module so listeners (e.g. <kpi-card for>) can import them alone. */

/** What a `project-select` event carries. */
export interface ProjectSelectDetail {
  /** 项目编码 of the selected project, when the data joins one to the row. */
  readonly code: string | undefined;
  /** 项目名称 as published. */
  readonly name: string;
  /**
   * The position of the joined project in the data's `projects` list, when the data joins one:
   * what tells two projects apart when a file repeats a code or a name (a listener reading the
   * same file takes `projects[index]`).
   */
  readonly index?: number;
}

/**
 * Fired by <project-table> when the user selects a project (opens its row), never on a
 * programmatic change. Bubbles and crosses shadow roots. The `for=` contract: a <kpi-card for>
 * follows these events from the table with that id.
 */
export class ProjectSelectEvent extends Event {
  static readonly eventName = 'budget-project-select';
  /** @deprecated The old name, fired beside the new one for one release (see dispatchProjectSelect). */
  static readonly legacyName = 'project-select';
  readonly detail: ProjectSelectDetail;

  constructor(detail: ProjectSelectDetail, name: string = ProjectSelectEvent.eventName) {
    super(name, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fires `budget-project-select`, then the deprecated `project-select`, with the same detail. */
export function dispatchProjectSelect(target: EventTarget, detail: ProjectSelectDetail): void {
  target.dispatchEvent(new ProjectSelectEvent(detail));
  target.dispatchEvent(new ProjectSelectEvent(detail, ProjectSelectEvent.legacyName));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'budget-project-select': ProjectSelectEvent;
    /** @deprecated Use 'budget-project-select'. */
    'project-select': ProjectSelectEvent;
  }
}
