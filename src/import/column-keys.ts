/**
 * A heading column's place in the format: its type (code, name, text, amount) and its key in the
 * kind's conventions (src/model/columns.ts), from its label and the groups above it, whatever
 * the wording variant (“一般公共预算拨款” / “一般公共预算财政拨款”, “(境)” / “（境）”, 上年 /
 * a year). A column it cannot name gets `col.<letter>` and is reported, never dropped.
 */
import { columnLetters } from './findings.js';
import { normalise } from './grid.js';
import type { HeadingColumn } from './headings.js';

export type Side = 'income' | 'expenditure';

export type ColumnRole =
  | { type: 'code' }
  /** One of the split 类 / 款 / 项 columns. */
  | { type: 'code-part'; level: 0 | 1 | 2 }
  | { type: 'name' }
  | { type: 'text'; key: string }
  | { type: 'amount'; key: string; mapped: boolean };

/** The year a heading names ("2023 年预算数" → 2023), if it names one. */
export function yearOf(column: HeadingColumn): number | undefined {
  for (const t of [column.label, ...column.groups].reverse()) {
    const m = /((?:19|20)\d{2})\s*年/.exec(t);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const SOURCE_WORDS: readonly [RegExp, string][] = [
  [/上年结转|结转结余/, 'carryover'],
  [/一般公共预算/, 'gpb'],
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/上级补助/, 'superior'],
  [/附属单位/, 'subordinate'],
  [/经营收入/, 'operating'],
  [/事业收入/, 'business'],
  [/其他收入/, 'other'],
];

const isTotal = (s: string) => /^(合计|总计|小计)$|合计$|总计$/.test(s);

/** The plain key of an amount column of a known kind, or undefined. */
function amountKey(kind: string, label: string, path: string, side?: Side): string | undefined {
  switch (kind) {
    case 'gpb-expenditure':
    case 'dept-expenditure':
    case 'gov-fund-expenditure':
    case 'state-capital-expenditure':
    // 决算 kinds with the same 合计 / 基本 / 项目 split (domain.md §7, tables 3, 5, 9).
    case 'final-expenditure':
    case 'final-gpb-expenditure':
    case 'final-state-capital':
      return /基本支出/.test(label) ? 'basic' : /项目支出/.test(label) ? 'project' : isTotal(label) || /预算数$|预算$|支出$/.test(label) ? 'total' : undefined;
    case 'gpb-basic-expenditure':
      return /人员/.test(label) ? 'personnel' : /公用/.test(label) ? 'public' : isTotal(label) || /基本支出$/.test(label) ? 'total' : undefined;
    case 'sangong':
      if (/出国/.test(label)) return 'abroad';
      if (/购置/.test(label) && !/运行/.test(label)) return 'vehiclePurchase';
      if (/运行/.test(label) && !/购置/.test(label)) return 'vehicleOps';
      if (/接待/.test(label)) return 'reception';
      if ((label === '小计' && /公务用车/.test(path)) || /公务用车购置及运行/.test(label)) return 'vehicle';
      return isTotal(label) ? 'total' : undefined;
    case 'dept-income':
    case 'procurement':
      return isTotal(label) ? 'total' : SOURCE_WORDS.find(([re]) => re.test(label))?.[1];
    case 'fiscal-summary':
    case 'final-fiscal-summary':
      if (side === 'income') return /预算数|金额|决算数/.test(label) ? 'amount' : undefined;
      return isTotal(label) ? 'total' : /一般公共预算/.test(label) ? 'gpb' : /政府性基金/.test(label) ? 'govFund' : /国有资本/.test(label) ? 'stateCapital' : undefined;
    case 'dept-summary':
    case 'final-summary':
      return /预算数|金额|决算数/.test(label) ? 'amount' : undefined;
    case 'project-expenditure':
      if (/年初特定目标|特定目标/.test(path)) return `specific.${/小计/.test(label) ? 'subtotal' : /人员/.test(label) ? 'personnel' : /一般性/.test(label) ? 'general' : /民生/.test(label) ? 'livelihood' : '?'}`;
      if (/上级专项/.test(path)) return `special.${/小计/.test(label) ? 'subtotal' : /提前下达/.test(label) ? 'advance' : /结转/.test(label) ? 'carryover' : /市级/.test(label) ? 'municipal' : '?'}`;
      return isTotal(label) || /金额/.test(label) ? 'total' : undefined;
    default:
      return undefined;
  }
}

/**
 * What a heading column is in a table of `kind`. `fiscalYear` decides which years are `prior.`;
 * `hasProjectName` tells project lists' 科目名称 (a text column) from a 科目名称 naming the row.
 */
export function roleOf(kind: string, column: HeadingColumn, context: { fiscalYear?: number; side?: Side; hasProjectName: boolean }): ColumnRole {
  const label = normalise(column.label);
  const path = column.groups.map(normalise).join('>');
  if (/^类$/.test(label)) return { type: 'code-part', level: 0 };
  if (/^款$/.test(label)) return { type: 'code-part', level: 1 };
  if (/^项$/.test(label)) return { type: 'code-part', level: 2 };
  if (/编码$|代码$|^科目代码|^编码$/.test(label) && !/项目编码/.test(label)) return { type: 'code' };
  // 决算 总表 print a line number (行次) beside each line: text, not an amount.
  if (/^行次$/.test(label)) return { type: 'text', key: 'line' };
  if (kind === 'project-expenditure') {
    if (/^序号$/.test(label)) return { type: 'text', key: 'seq' };
    if (/预算单位|单位名称/.test(label)) return { type: 'text', key: 'unit' };
    if (/项目名称/.test(label)) return { type: 'name' };
    if (/科目名称/.test(label) && context.hasProjectName) return { type: 'text', key: 'functionName' };
  }
  if (/名称$|^项目$|科目$|^收入项目$|^支出项目$|^单位$/.test(label)) return { type: 'name' };
  const fallback = `col.${columnLetters(column.index)}`;
  const key = amountKey(kind, label, path, context.side);
  if (!key || key.endsWith('?')) return { type: 'amount', key: fallback, mapped: false };
  const year = yearOf(column);
  const prior = (year !== undefined && context.fiscalYear !== undefined && year < context.fiscalYear) || /上年(?!结转)/.test(label + path);
  return { type: 'amount', key: prior ? `prior.${key}` : key, mapped: true };
}
