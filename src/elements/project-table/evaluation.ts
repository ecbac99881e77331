/**
 * What <project-table> loads on demand for a 决算 (LazyView): the list model of its
 * 项目支出绩效自评表 and the self-evaluation views that open under a row. A budget page never
 * downloads it.
 */
export { evaluationTableModel } from './evaluation-model.js';
export { adoptEvaluationStyles, renderEvaluationDetail } from '../shared/evaluation-view.js';
