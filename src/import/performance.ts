/**
 * Performance-target tables: one 项目绩效目标表 per project (label/value lines, then indicators
 * whose 一级/二级 cells are merged over several rows) and the 整体绩效目标表 of the department.
 * Labels are found by their words wherever they sit in the row.
 */
import type { AmountUnit, Indicator, OverallPerformance, Project } from '../model/schema.js';
import { readAmount } from './amount.js';
import { cellAddress, type FindingList } from './findings.js';
import { filledColumns, normalise, shownText, type Sheet } from './grid.js';
import type { Part, Region } from './regions.js';

type Field = 'name' | 'department' | 'implementingUnit' | 'amount' | 'attribute' | 'start' | 'end' | 'overview' | 'basis' | 'goal' | 'contact' | 'phone';

/** Label words → field, on normalised text with any "(万元)" taken off. */
const LABELS: readonly [RegExp, Field][] = [
  [/^项目名称$/, 'name'],
  [/^(主管部门|部门\(单位\)名称|部门名称|单位名称)$/, 'department'],
  [/^实施单位$/, 'implementingUnit'],
  [/^(资金总额|项目资金|项目金额|部门支出预算数|预算数|年度预算数|资金总额合计)$/, 'amount'],
  [/^项目属性$/, 'attribute'],
  [/^(项目)?起始时间$/, 'start'],
  [/^(项目)?终止时间$/, 'end'],
  [/^项目概况$/, 'overview'],
  [/^立项依据$/, 'basis'],
  [/^(项目当年绩效目标|当年绩效目标|年度绩效目标|当年整体绩效目标|整体绩效目标|年度总体目标)$/, 'goal'],
  [/^联系人$/, 'contact'],
  [/^联系电话$/, 'phone'],
];

/** The unit a label names after it: "资金总额（元）" (normalised: ASCII parentheses). */
const LABEL_UNIT = /\((万元|元|亿元)\)$/;

const fieldOf = (text: string): Field | undefined => {
  const n = normalise(text).replace(LABEL_UNIT, '');
  return LABELS.find(([re]) => re.test(n))?.[1];
};

type IndicatorKey = 'level1' | 'level2' | 'name' | 'value' | 'operator' | 'unit' | 'weight' | 'direction';
const INDICATOR_HEADINGS: readonly [RegExp, IndicatorKey][] = [
  [/^一级指标$/, 'level1'],
  [/^二级指标$/, 'level2'],
  [/^(三级指标|指标|指标名称|指标内容)$/, 'name'],
  [/^(指标值|目标值|年度指标值)$/, 'value'],
  [/^(指标性质|运算符|符号)$/, 'operator'],
  [/^(度量单位|计量单位|单位)$/, 'unit'],
  [/^(权重|指标权重|分值)$/, 'weight'],
  [/^(指标方向|方向)$/, 'direction'],
];

const OPERATORS: Readonly<Record<string, Indicator['operator']>> = {
  '≥': '≥', '>=': '≥', '＞＝': '≥', 大于等于: '≥', '≤': '≤', '<=': '≤', 小于等于: '≤', '=': '=', '＝': '=', 等于: '=', '>': '>', '＞': '>', 大于: '>', '<': '<', '＜': '<', 小于: '<', 定性: '定性',
};

/** The indicator heading row of a part: its row and which column holds what. */
function indicatorHeadings(part: Part): { row: number; columns: Map<IndicatorKey, number> } | undefined {
  for (let r = part.start; r < part.end; r++) {
    const columns = new Map<IndicatorKey, number>();
    for (const c of filledColumns(part.sheet, r)) {
      const key = INDICATOR_HEADINGS.find(([re]) => re.test(normalise(part.sheet.rows[r]![c]!.text)))?.[1];
      if (key && !columns.has(key)) columns.set(key, c);
    }
    if (columns.has('name') && columns.has('value') && (columns.has('weight') || columns.has('operator'))) return { row: r, columns };
  }
  return undefined;
}

/** Label/value pairs of the rows before the indicators. "联系人：X" in one cell counts too. */
/** A field's value cell, and its label's text ("资金总额（元）" names the unit of the value). */
type FieldCell = { text: string; r: number; c: number; label?: string };

function readFields(sheet: Sheet, from: number, to: number): Map<Field, FieldCell> {
  const out = new Map<Field, FieldCell>();
  for (let r = from; r < to; r++) {
    const filled = filledColumns(sheet, r);
    for (let i = 0; i < filled.length; i++) {
      const c = filled[i]!;
      const text = sheet.rows[r]![c]!.text;
      const inline = /^(联系人|联系电话)\s*[:：]\s*(.+)$/.exec(text);
      if (inline) {
        out.set(inline[1] === '联系人' ? 'contact' : 'phone', { text: inline[2]!.trim(), r, c });
        continue;
      }
      const field = fieldOf(text);
      if (!field || out.has(field)) continue;
      const next = filled[i + 1];
      if (next === undefined || fieldOf(sheet.rows[r]![next]!.text)) continue;
      out.set(field, { text: sheet.rows[r]![next]!.text, r, c: next, label: text });
      i++;
    }
  }
  return out;
}

function readIndicators(part: Part, head: { row: number; columns: Map<IndicatorKey, number> }, findings: FindingList, title: string): { indicators: Indicator[]; percent: boolean; end: number } {
  const { sheet } = part;
  const indicators: Indicator[] = [];
  let percent = false;
  let r = head.row + 1;
  for (; r < part.end; r++) {
    const at = (k: IndicatorKey) => (head.columns.has(k) ? shownText(sheet, r, head.columns.get(k)!).trim() : '');
    const name = at('name');
    if (!name) {
      if (filledColumns(sheet, r).some((c) => ![...head.columns.values()].includes(c) && /联系/.test(sheet.rows[r]![c]!.text))) break;
      continue;
    }
    if (/^联系(人|电话)/.test(name)) break;
    const rawOperator = normalise(at('operator'));
    let operator = OPERATORS[rawOperator];
    if (!Object.prototype.hasOwnProperty.call(OPERATORS, rawOperator) || !operator) {
      operator = '定性';
      findings.add('error', 'unknown-operator', cellAddress(sheet.name, r, head.columns.get('operator') ?? 0), `“${title}”的指标“${name}”的指标性质“${at('operator')}”无法识别，暂记为“定性”。请改为 ≥、≤、=、>、< 或 定性。`, `The operator “${at('operator')}” of indicator “${name}” in “${title}” is not recognised; recorded as 定性 for now. Write ≥, ≤, =, >, < or 定性.`);
    }
    const weightText = at('weight');
    let weight: number | undefined;
    if (weightText) {
      if (/%$/.test(weightText)) percent = true;
      const n = Number(weightText.replace(/[%\s]/g, ''));
      if (Number.isFinite(n) && n >= 0) weight = n;
      else findings.add('warning', 'bad-weight', cellAddress(sheet.name, r, head.columns.get('weight')!), `指标“${name}”的权重“${weightText}”不是数字，未导入。`, `The weight “${weightText}” of indicator “${name}” is not a number; not imported.`);
    }
    const direction = at('direction');
    const unit = at('unit');
    const level1 = at('level1');
    const level2 = at('level2');
    indicators.push({
      ...(level1 ? { level1 } : {}),
      ...(level2 ? { level2 } : {}),
      name,
      operator,
      value: at('value'),
      ...(unit ? { unit } : {}),
      ...(weight !== undefined ? { weight } : {}),
      ...(direction === '正向' || direction === '反向' ? { direction } : {}),
    });
  }
  return { indicators, percent, end: r };
}

/** A project's code and name from "50015223T000003492534-2023 网络宣传专项". */
function splitProjectName(text: string): { code?: string; name: string } {
  const m = /^([0-9A-Z]{10,})\s*[-－—]\s*(.+)$/.exec(text.trim());
  return m ? { code: m[1]!, name: m[2]!.trim() } : { name: text.trim() };
}

/** One project target table. */
/**
 * The unit the target table states for its amount: in the label ("资金总额（元）"), else on the
 * table's unit line ("单位：元"); undefined when it states none (the file's unit is meant).
 */
function amountUnitOf(fields: Map<Field, FieldCell>, region: Region): AmountUnit | undefined {
  const label = fields.get('amount')?.label;
  const inLabel = label ? LABEL_UNIT.exec(normalise(label))?.[1] : undefined;
  return (inLabel as AmountUnit | undefined) ?? region.unit;
}

/** A target table read: the project (or the overall targets) and the unit its amount was stated in. */
export interface ReadTargets<T> {
  value: T;
  amountUnit?: AmountUnit;
}

export function readProject(region: Region, findings: FindingList): ReadTargets<Project> | undefined {
  const part = region.parts[0]!;
  const head = indicatorHeadings(part);
  const fields = readFields(part.sheet, part.start, head?.row ?? part.end);
  const nameCell = fields.get('name');
  if (!nameCell) {
    findings.add('error', 'project-without-name', region.where, `项目绩效目标表“${region.title.title}”中找不到“项目名称”，此表未导入。`, `No 项目名称 found in project target table “${region.title.title}”; the table was not imported.`);
    return undefined;
  }
  const { code, name } = splitProjectName(nameCell.text);
  const ind = head ? readIndicators(part, head, findings, name) : { indicators: [], percent: false, end: part.end };
  if (!head) findings.add('warning', 'no-indicators', region.where, `项目“${name}”的绩效目标表中找不到指标表头（一级指标、三级指标、指标值、权重）。`, `No indicator headings (一级指标, 三级指标, 指标值, 权重) found in the target table of project “${name}”.`);
  const text = (f: Field) => fields.get(f)?.text || undefined;
  const amountCell = fields.get('amount');
  const amount = amountCell ? readAmount(part.sheet.rows[amountCell.r]![amountCell.c]!).value : null;
  const project: Project = { name, indicators: ind.indicators };
  const put = <K extends keyof Project>(k: K, v: Project[K] | undefined) => {
    if (v !== undefined && v !== null && v !== '') project[k] = v;
  };
  put('code', code);
  put('sequence', region.title.sequence);
  put('department', text('department'));
  put('implementingUnit', text('implementingUnit'));
  if (typeof amount === 'string' && /^-?\d/.test(amount)) put('amount', amount);
  put('attribute', text('attribute'));
  put('start', text('start'));
  put('end', text('end'));
  put('overview', text('overview'));
  put('basis', text('basis'));
  put('goal', text('goal'));
  put('weightUnit', ind.percent ? '%' : 'point');
  const amountUnit = project.amount !== undefined ? amountUnitOf(fields, region) : undefined;
  return { value: project, ...(amountUnit ? { amountUnit } : {}) };
}

/** The department's overall target table. */
export function readOverall(region: Region, findings: FindingList): ReadTargets<OverallPerformance> {
  const part = region.parts[0]!;
  const head = indicatorHeadings(part);
  const fields = readFields(part.sheet, part.start, head?.row ?? part.end);
  const ind = head ? readIndicators(part, head, findings, region.title.title) : { indicators: [], percent: false, end: part.end };
  const after = readFields(part.sheet, ind.end, part.end);
  const text = (f: Field) => fields.get(f)?.text || after.get(f)?.text || undefined;
  const amountCell = fields.get('amount');
  const amount = amountCell ? readAmount(part.sheet.rows[amountCell.r]![amountCell.c]!).value : null;
  const goal = text('goal');
  if (!goal) findings.add('warning', 'no-goal', region.where, `整体绩效目标表中找不到“当年整体绩效目标”。`, `No 当年整体绩效目标 found in the overall target table.`);
  const department = text('department');
  const contact = text('contact');
  const phone = text('phone');
  const hasAmount = typeof amount === 'string' && /^-?\d/.test(amount);
  const value: OverallPerformance = {
    ...(department ? { department } : {}),
    ...(hasAmount ? { amount } : {}),
    goal: goal ?? '',
    weightUnit: ind.percent ? '%' : 'point',
    indicators: ind.indicators,
    ...(contact ? { contact } : {}),
    ...(phone ? { phone } : {}),
  };
  const amountUnit = hasAmount ? amountUnitOf(fields, region) : undefined;
  return { value, ...(amountUnit ? { amountUnit } : {}) };
}
