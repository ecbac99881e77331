/** Events of <project-table>, in their own module so listeners (e.g. <kpi-card for>) can import them alone. */

/** What a `project-select` event carries. */
export interface ProjectSelectDetail {
  /** 项目编码 of the selected project, when the data joins one to the row. */
  readonly code: string | undefined;
  /** 项目名称 as published. */
  readonly name: string;
}

/**
 * Fired by <project-table> when the user selects a project (opens its row), never on a
 * programmatic change. Bubbles and crosses shadow roots.
 */
export class ProjectSelectEvent extends Event {
  static readonly eventName = 'project-select';
  readonly detail: ProjectSelectDetail;

  constructor(detail: ProjectSelectDetail) {
    super(ProjectSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'project-select': ProjectSelectEvent;
  }
}
