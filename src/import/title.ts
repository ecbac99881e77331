/**
 * What a title row says: which table it is (by its words, not its sheet or position), its
 * attachment number and the title as published without the department's name, year or
 * "附件 3" / "表 3" in front. Both 部门预算 and 部门决算 tables are recognised; 决算 kinds that
 * the format does not know yet keep stable kebab-case names (the format keeps unknown kinds).
 */
import { normalise } from './grid.js';

/** What kind of thing a title announces. */
export type TitleKind =
  | { type: 'table'; kind: string; known: boolean }
  | { type: 'project-performance' }
  | { type: 'overall-performance' };

export interface Title {
  what: TitleKind;
  /** The title as published, without department name, year and attachment number. */
  title: string;
  attachment?: string;
  /** "(续)" / "续表": the rest of a table begun on an earlier sheet. */
  continued: boolean;
  /** The number after "项目绩效目标表-", for project target tables. */
  sequence?: string;
}

/**
 * Title patterns on normalised text (no spaces, half-width brackets, no quotes), most specific
 * first: 基本支出 before 支出, 决算 before 预算, 财政拨款收支总表 before 收支总表.
 */
const PATTERNS: readonly [RegExp, TitleKind][] = [
  [/项目(支出)?绩效(目标|自评)表/, { type: 'project-performance' }],
  [/整体(支出)?绩效(目标|自评)表/, { type: 'overall-performance' }],
  // 部门决算 (domain.md §7): kinds the format does not list yet, named for when it does.
  [/财政拨款收入支出决算总表/, { type: 'table', kind: 'final-fiscal-summary', known: false }],
  [/收入支出决算总表/, { type: 'table', kind: 'final-summary', known: false }],
  [/三公.*决算表/, { type: 'table', kind: 'final-sangong', known: false }],
  [/基本支出决算表/, { type: 'table', kind: 'final-gpb-basic-expenditure', known: false }],
  [/一般公共预算财政拨款支出决算表/, { type: 'table', kind: 'final-gpb-expenditure', known: false }],
  [/政府性基金预算财政拨款收入支出决算表/, { type: 'table', kind: 'final-gov-fund', known: false }],
  [/国有资本经营预算财政拨款支出决算表/, { type: 'table', kind: 'final-state-capital', known: false }],
  [/收入决算表/, { type: 'table', kind: 'final-income', known: false }],
  [/支出决算表/, { type: 'table', kind: 'final-expenditure', known: false }],
  // 部门预算 (domain.md §1).
  [/财政拨款收支总表/, { type: 'table', kind: 'fiscal-summary', known: true }],
  [/三公经费/, { type: 'table', kind: 'sangong', known: true }],
  [/一般公共预算(财政拨款)?基本支出(预算)?表/, { type: 'table', kind: 'gpb-basic-expenditure', known: true }],
  [/一般公共预算(财政拨款)?支出(预算)?表/, { type: 'table', kind: 'gpb-expenditure', known: true }],
  [/政府性基金(预算)?(财政拨款)?支出(预算)?表/, { type: 'table', kind: 'gov-fund-expenditure', known: true }],
  [/国有资本经营(预算)?(财政拨款)?支出(预算)?表/, { type: 'table', kind: 'state-capital-expenditure', known: true }],
  [/(部门)?收支(预算)?总表/, { type: 'table', kind: 'dept-summary', known: true }],
  [/(部门)?收入(预算)?总表/, { type: 'table', kind: 'dept-income', known: true }],
  [/(部门)?支出(预算)?总表/, { type: 'table', kind: 'dept-expenditure', known: true }],
  [/政府采购(预算)?(明细)?表/, { type: 'table', kind: 'procurement', known: true }],
  [/项目支出(预算)?(明细)?表/, { type: 'table', kind: 'project-expenditure', known: true }],
];

/** "附件 3", "附件3：", "表 3", "表三-1" in front of a title. */
const ATTACHMENT = /^(?:附件|附表|表)\s*([0-9一二三四五六七八九十]+(?:[-－—][0-9]+)?)\s*[:：、.．]?\s*/;
const YEAR = /^(?:19|20)\d{2}\s*年(?:度)?\s*/;

/**
 * The title a row announces, or undefined when the text is not a table title. `department`,
 * when known, is taken off the front; otherwise a name ending like an organisation's and followed
 * by a space is.
 */
export function readTitle(raw: string, department?: string): Title | undefined {
  let text = raw.trim().replace(/\s+/g, ' ');
  if (text.length > 120 || !/表/.test(text)) return undefined;
  let attachment: string | undefined;
  const lead = (): void => {
    for (;;) {
      const a = ATTACHMENT.exec(text);
      if (a) {
        attachment ??= a[1]!.replace(/[－—]/g, '-');
        text = text.slice(a[0].length);
        continue;
      }
      if (department && text.startsWith(department)) {
        text = text.slice(department.length).trim();
        continue;
      }
      const y = YEAR.exec(text);
      if (y && !/^(?:19|20)\d{2}\s*年(?:度)?\s*$/.test(text)) {
        text = text.slice(y[0].length);
        continue;
      }
      break;
    }
  };
  lead();
  // An organisation's name then a space: "中共…办公室 部门收支总表".
  const org = /^(\S{4,60}?(?:办公室|委员会|政府|局|院|中心|学校|学院|医院|馆|站|所|会|处|部|厅|委|办|队|社|团))\s+(?=\S)/.exec(text);
  if (org) {
    text = text.slice(org[0].length);
    lead();
  }
  const continued = /[(（]续[)）]|续表/.test(text);
  const title = text.replace(/\s*[(（]续[)）]\s*$/, '').replace(/^续表\s*/, '').trim();
  const n = normalise(title);
  if (!/表(-\d+)?$/.test(n)) return undefined;
  const sequence = /表[-－—](\d+)$/.exec(n)?.[1];
  for (const [pattern, what] of PATTERNS) {
    if (pattern.test(n)) return { what, title, ...(attachment ? { attachment } : {}), continued, ...(sequence ? { sequence } : {}) };
  }
  return { what: { type: 'table', kind: '', known: false }, title, ...(attachment ? { attachment } : {}), continued };
}
