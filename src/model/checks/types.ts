/**
 * What a consistency check reports. Findings are plain data (JSON-serialisable) so the CLI can
 * print them, `--json` can ship them and a widget can show them without any translation layer.
 */
import type { AmountUnit } from '../schema.js';

// In their own small module so a widget can order findings without loading the rule table.
export { SEVERITIES, type Severity } from './severity.js';
import type { Severity } from './severity.js';

/** Where a finding is: any combination of table, row, column, project and indicator. */
export interface Place {
  /** Table kind, e.g. "gpb-expenditure". */
  table?: string;
  /** Row code, else the row name as published. */
  row?: string;
  /** Column key, e.g. "total" or "prior.basic" (with "income:"/"expenditure:" on two-sided tables). */
  column?: string;
  /** Project code, else its name. */
  project?: string;
  /** Indicator (三级指标) name as published. */
  indicator?: string;
  /** Narrative figure key, e.g. "sangong.change". */
  figure?: string;
  /** The JSON path of the text a rule on text is about (R20, R21), e.g. `projects[0].name`. */
  path?: string;
}

export interface Finding {
  /** Stable rule id, "R01" … "R18" (the numbering of index.ts, each specified in its module), then our own: R19 code format, R20 unique codes, R21 invisible characters in text, R22 the source address; R23–R29 the 决算 rules, R30 a 决算 against its budget file, R31 stated 三公 figures that agree; X01 a fault of the checker. */
  rule: RuleId;
  /** Short English slug of the rule, e.g. "row-sum"; stable too. */
  slug: string;
  severity: Severity;
  message: { zh: string; en: string };
  place: Place;
  /** The value the relation asks for (canonical two-decimal text for amounts). */
  expected?: string;
  /** The value published. */
  actual?: string;
  /** actual − expected, for amounts. */
  difference?: string;
  /** The unit of expected/actual/difference when they are amounts. */
  unit?: AmountUnit;
}

/** Every rule: id → slug and a one-line title in both languages (used for grouping in reports). */
export const RULES = {
  R01: { slug: 'row-sum', zh: '行内合计 = 各分项之和', en: 'Row total = sum of its parts' },
  R02: { slug: 'hierarchy', zh: '类 = Σ款，款 = Σ项，合计 = Σ类', en: 'Class = Σ its items; total row = Σ classes' },
  R03: { slug: 'dept-summary', zh: '部门收支总表收支平衡', en: 'Department summary balances' },
  R04: { slug: 'fiscal-summary', zh: '财政拨款收支总表收支平衡', en: 'Appropriation summary balances' },
  R05: { slug: 'sangong-sum', zh: '“三公”经费合计 = 各项之和', en: '三公 total = its items' },
  R06: { slug: 'procurement-sum', zh: '政府采购合计 = 货物 + 工程 + 服务', en: 'Procurement total = goods + works + services' },
  R07: { slug: 'dept-totals', zh: '部门收支总表 = 收入总表、支出总表', en: 'Department summary = income and expenditure tables' },
  R08: { slug: 'fiscal-vs-gpb', zh: '财政拨款收支总表 = 一般公共预算支出表、政府性基金表', en: 'Appropriation summary = GPB and fund tables' },
  R09: { slug: 'basic-vs-economic', zh: '基本支出 = 基本支出预算表合计', en: 'Basic expenditure = basic expenditure table' },
  R10: { slug: 'projects-total', zh: '项目支出明细合计 = 项目支出', en: 'Project list total = project expenditure' },
  R11: { slug: 'project-targets', zh: '绩效目标项目与项目支出明细一致', en: 'Target projects match the project list' },
  R12: { slug: 'sangong-vs-economic', zh: '“三公”经费与经济分类科目一致', en: '三公 items = matching economic rows' },
  R13: { slug: 'stated-changes', zh: '文字说明的增减额 = 本年 − 上年', en: 'Stated changes = this year − last year' },
  R14: { slug: 'stated-figures', zh: '文字说明的金额 = 表中数', en: 'Stated figures = table values' },
  R15: { slug: 'weights', zh: '绩效指标权重合计', en: 'Indicator weights total' },
  R16: { slug: 'indicator-levels', zh: '绩效指标三级完整、名称规范', en: 'Indicator levels complete and known' },
  R17: { slug: 'indicator-operator', zh: '定量指标有数值和单位', en: 'Quantitative targets have a number and unit' },
  R18: { slug: 'indicator-plausible', zh: '指标值合理', en: 'Target values are plausible' },
  R19: { slug: 'code-format', zh: '科目编码格式正确', en: 'Classification codes are well-formed' },
  R20: { slug: 'unique-codes', zh: '编码不重复', en: 'Codes are unique' },
  R21: { slug: 'invisible-text', zh: '文字中没有看不见的控制字符', en: 'No invisible control characters in the text' },
  R22: { slug: 'source-url', zh: '来源文件地址在本网站', en: 'The source document is on the site' },
  // 部门决算 (final accounts), domain.md §7.
  R23: { slug: 'final-summary', zh: '收入支出决算总表收支平衡', en: 'Final accounts summary balances' },
  R24: { slug: 'final-summary-detail', zh: '收入支出决算总表 = 收入决算表、支出决算表', en: 'Final summary = income and expenditure tables' },
  R25: { slug: 'final-fiscal-summary', zh: '财政拨款收入支出决算总表分资金平衡', en: 'Appropriation final accounts balance per fund' },
  R26: { slug: 'final-gpb', zh: '一般公共预算财政拨款支出决算表 = 财政拨款总表、基本支出决算表', en: 'GPB final expenditure = appropriation summary and basic table' },
  R27: { slug: 'final-sangong-sum', zh: '“三公”经费决算数、预算数合计 = 各项之和', en: '三公 final and budget totals = their items' },
  R28: { slug: 'stated-rates', zh: '文字说明的完成率 = 决算数 ÷ 预算数', en: 'Stated execution rates = actual ÷ budget' },
  R29: { slug: 'self-evaluation', zh: '绩效自评分值、得分合计与执行率', en: 'Self-evaluation points, scores and rates' },
  R30: { slug: 'budget-vs-final', zh: '决算文件与同年预算文件一致', en: 'Final accounts agree with the year\'s budget file' },
  R31: { slug: 'stated-sangong', zh: '文字说明的“三公”经费数相互一致（合计 = 各项之和，公务用车 = 购置 + 运行维护）', en: 'Stated 三公 figures agree (total = items, vehicles = purchase + operation)' },
  /** Not a rule of the data: a rule's code failed on this file (a fault of the kit), said instead of thrown. */
  X01: { slug: 'checker-fault', zh: '检查程序出错', en: 'The checker failed' },
} as const;

export type RuleId = keyof typeof RULES;
