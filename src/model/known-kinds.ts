/**
 * The table kinds the widgets and checks know (budget, then 决算), apart from constants.ts so the
 * elements' bundle, which needs only their type, does not carry the list.
 */

/** The kinds of table the widgets and checks know. Other kinds are allowed (see TableRegistry). */
export const KNOWN_TABLE_KINDS = [
  'fiscal-summary', // 1 财政拨款收支总表
  'gpb-expenditure', // 2 一般公共预算财政拨款支出预算表
  'gpb-basic-expenditure', // 3 一般公共预算财政拨款基本支出预算表
  'sangong', // 4 "三公"经费预算表
  'gov-fund-expenditure', // 5 政府性基金预算支出表
  'dept-summary', // 6 部门收支总表
  'dept-income', // 7 部门收入总表
  'dept-expenditure', // 8 部门支出总表
  'procurement', // 9 政府采购预算明细表
  'project-expenditure', // 10 项目支出明细表
  'state-capital-expenditure', // 国有资本经营预算支出表 (other provinces)
  // 部门决算 (final accounts): the nine tables of the national template, then 绩效自评.
  'final-summary', // 1 收入支出决算总表
  'final-income', // 2 收入决算表
  'final-expenditure', // 3 支出决算表
  'final-fiscal-summary', // 4 财政拨款收入支出决算总表
  'final-gpb-expenditure', // 5 一般公共预算财政拨款支出决算表
  'final-gpb-basic-expenditure', // 6 一般公共预算财政拨款基本支出决算表
  'final-sangong', // 7 一般公共预算财政拨款"三公"经费支出决算表
  'final-gov-fund', // 8 政府性基金预算财政拨款收入支出决算表
  'final-state-capital', // 9 国有资本经营预算财政拨款支出决算表
  'dept-self-evaluation', // 部门整体支出绩效自评表
  'project-self-evaluation', // 项目支出绩效自评表 (every project's, one after another)
] as const;
export type KnownTableKind = (typeof KNOWN_TABLE_KINDS)[number];
