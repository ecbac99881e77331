/**
 * The whole pipeline, pure: workbook sheets in, a data file of the format and the import
 * report out. workbook → regions (by title) → tables / projects / overall targets → a
 * disclosure with the department from `department` (what a workbook does not hold: name,
 * region, year, unit…), asked for in the report when missing. Nothing is dropped silently.
 */
import { SCHEMA_VERSION } from '../model/constants.js';
import { centsToString, convertAmount, toCents } from '../model/money.js';
import type { AmountUnit, BudgetDisclosure, Department, OverallPerformance, Project, Table } from '../model/schema.js';
import { FindingList, type ImportFinding, cellAddress } from './findings.js';
import type { Sheet } from './grid.js';
import { readOverall, readProject } from './performance.js';
import { findRegions } from './regions.js';
import { reportMissingStandardTables } from './standard-tables.js';
import { buildTable } from './table.js';

export interface ImportResult {
  data: BudgetDisclosure;
  findings: ImportFinding[];
  /** Department fields the workbook could not give and nobody supplied: the data file holds placeholders. */
  missing: string[];
  /** Per table kind, where it was read: for showing each table beside its source. */
  sources: Record<string, TableSource>;
}

/** Department fields given by hand (`--department-json`): any of Department's, or a whole data file's `department`. */
/** Where a table was read: its title's address and the sheet rows it spans (first part). */
export interface TableSource {
  where: string;
  sheet: Sheet;
  /** First row (the title's, when found) and the row after the last, 0-based. */
  rows: [number, number];
}

export type DepartmentInput = Partial<Department>;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/**
 * A year stated as the disclosure's: "2024年部门预算", "2023年度部门决算", a heading "2024年预算数".
 * A year in other text (a project's 终止时间 "2025 年", a date) says nothing about it.
 */
const DISCLOSURE_YEAR = /((?:19|20)\d{2})\s*年度?\s*(?:部门|单位)?\s*(?:预算|决算)/g;
const ANY_YEAR = /((?:19|20)\d{2})\s*年/g;

/** The year of the disclosure when the department file does not give it: a guess, with the cell it came from. */
export interface YearGuess {
  year: number;
  /** The cell (`附件1!A2`) and its text, for the finding that names the guess. */
  where: string;
  text: string;
}

/**
 * The year the workbook states most often as its disclosure's (DISCLOSURE_YEAR); a tie goes to the
 * later year (a budget's headings name last year's and this year's 预算数 alike; its titles name this
 * year). Without such a statement, the year named most often at all. It used to be the latest year
 * anywhere, so a project ending in 2025 made a 2024 budget's figures last year's.
 */
export function guessYear(sheets: readonly Sheet[]): YearGuess | undefined {
  for (const pattern of [DISCLOSURE_YEAR, ANY_YEAR]) {
    const seen = new Map<number, { count: number; first: Omit<YearGuess, 'year'> }>();
    for (const s of sheets) {
      s.rows.slice(0, 400).forEach((row, r) =>
        row.forEach((cell, c) => {
          for (const m of cell.text.matchAll(pattern)) {
            const year = Number(m[1]);
            const entry = seen.get(year) ?? { count: 0, first: { where: cellAddress(s.name, r, c), text: cell.text.trim().slice(0, 40) } };
            entry.count++;
            seen.set(year, entry);
          }
        }),
      );
    }
    let best: [number, { count: number; first: Omit<YearGuess, 'year'> }] | undefined;
    for (const e of seen) if (!best || e[1].count > best[1].count || (e[1].count === best[1].count && e[0] > best[0])) best = e;
    if (best) return { year: best[0], ...best[1].first };
  }
  return undefined;
}

/**
 * Tables read without a unit line of their own take the department's unit. Said, because a wrong
 * unit changes every figure ten-thousandfold and no check can notice: the figures still add up.
 * With no unit line anywhere and none given, the 万元 the file falls back to is a guess, said louder.
 */
function unitFindings(tables: Record<string, Table>, sources: Record<string, TableSource>, unit: AmountUnit, given: boolean, findings: FindingList): void {
  const withAmounts = Object.entries(tables).filter(([, t]) => t.rows.some((r) => Object.values(r.values).some((v) => v !== null)));
  const without = withAmounts.filter(([, t]) => !t.unit);
  if (!without.length) return;
  if (without.length === withAmounts.length && !given) {
    findings.add('warning', 'no-unit', undefined, `工作簿中没有一处写明金额单位（如“单位：万元”），金额暂按 ${unit} 读入。请用 --department-json 给出 unit（元、万元 或 亿元），或在各表标题下补上“单位：…”行：单位错了，每个数字都会差一万倍，而各表仍能对上，检查发现不了。`, `No table in the workbook states its amount unit (e.g. 单位：万元), so the amounts are read as ${unit} for now. Give unit (元, 万元 or 亿元) with --department-json, or add a 单位 line under each title: a wrong unit makes every figure ten thousand times off, and the tables still add up, so no check can tell.`);
    return;
  }
  for (const [kind, t] of without) {
    findings.add('info', 'table-unit-assumed', sources[kind]?.where, `表“${t.title}”没有写明金额单位，金额按部门的 ${unit} 读入；若不是 ${unit}，请在标题下补上“单位：…”行。`, `“${t.title}” states no amount unit; its amounts are read as the department's ${unit}. If they are not, add a 单位 line under its title.`);
  }
}

/** A target table's amount in the unit its table states, with where and whose it is, for the finding. */
interface StatedAmount {
  item: Project | OverallPerformance;
  unit: AmountUnit;
  where: string;
  name: string;
}

/**
 * A target table's amount ("资金总额（元）", or under "单位：元") in another unit than the file's:
 * the same amount written in the file's unit, by moving the decimal point (320000 元 → 32.00 万元),
 * and said. Read as it stood, it was 10,000 times off (320,000.00 万元). When the file's unit cannot
 * hold it in two decimals, it is left out, with the fix.
 */
function targetAmountInFileUnit(s: StatedAmount, fileUnit: AmountUnit, findings: FindingList): void {
  const published = s.item.amount;
  if (published === undefined || s.unit === fileUnit) return;
  const cents = toCents(published);
  if (cents === null) return;
  const converted = convertAmount(cents, s.unit, fileUnit);
  if (/\.\d{3,}$/.test(converted)) {
    delete s.item.amount;
    findings.add('warning', 'target-amount-unit', s.where, `“${s.name}”的金额 ${published} ${s.unit} 换成数据文件的单位 ${fileUnit} 超过两位小数，未导入。请把 department.unit 设为 ${s.unit}（--department-json），它就能照原数导入。`, `The amount of “${s.name}”, ${published} ${s.unit}, has more than two decimals in the file's unit (${fileUnit}) and was left out. Set department.unit to ${s.unit} (--department-json) to import it as published.`);
    return;
  }
  s.item.amount = centsToString(toCents(converted)!);
  findings.add('info', 'target-amount-unit', s.where, `“${s.name}”的金额按表上标注的${s.unit}读入（${published} ${s.unit}），写作数据文件单位的 ${s.item.amount} ${fileUnit}。`, `The amount of “${s.name}” is read in the ${s.unit} its table states (${published} ${s.unit}) and written in the file's unit: ${s.item.amount} ${fileUnit}.`);
}

/** Imports the sheets of one or more workbook files into one data file. */
export function importSheets(sheets: readonly Sheet[], given: DepartmentInput = {}, earlier: readonly ImportFinding[] = []): ImportResult {
  const findings = new FindingList();
  findings.items.push(...earlier);
  const regions = findRegions(sheets, findings, given.name);
  const guess = typeof given.fiscalYear === 'number' ? undefined : guessYear(sheets);
  const fiscalYear = typeof given.fiscalYear === 'number' ? given.fiscalYear : guess?.year;
  const tables: Record<string, Table> = {};
  const sources: Record<string, TableSource> = {};
  const projects: Project[] = [];
  let overall: OverallPerformance | undefined;
  /** Target tables whose amount states its own unit, put into the file's unit once that is known. */
  const statedUnits: StatedAmount[] = [];
  let others = 0;
  let final = false;
  for (const region of regions) {
    const what = region.title.what;
    if (what.type === 'project-performance') {
      const p = readProject(region, findings);
      if (p) projects.push(p.value);
      if (p?.amountUnit) statedUnits.push({ item: p.value, unit: p.amountUnit, where: region.where, name: p.value.name });
      continue;
    }
    if (what.type === 'overall-performance') {
      if (overall) findings.add('warning', 'second-overall', region.where, '工作簿中有第二张整体绩效目标表，未导入。', 'A second overall target table in the workbook; not imported.');
      else {
        const o = readOverall(region, findings);
        overall = o.value;
        if (o.amountUnit) statedUnits.push({ item: o.value, unit: o.amountUnit, where: region.where, name: region.title.title });
      }
      continue;
    }
    if (/决算/.test(region.title.title)) final = true;
    let kind = what.kind;
    if (!kind || hasOwn(tables, kind)) {
      const why = kind ? `表“${region.title.title}”与前面的表同类（${kind}）` : `表“${region.title.title}”不是已知的表`;
      const whyEn = kind ? `“${region.title.title}” is a second table of kind ${kind}` : `“${region.title.title}” is not a table kind the kit knows`;
      kind = `other-${++others}`;
      findings.add(what.kind ? 'warning' : 'info', 'unknown-table', region.where, `${why}，已按原样保留为 ${kind}（<budget-table> 可以显示它）。`, `${whyEn}; kept as published under kind ${kind} (<budget-table> shows it).`);
    } else if (!what.known) {
      findings.add('info', 'final-kind', region.where, `表“${region.title.title}”是决算表，已保留为 ${kind}；组件和检查目前按预算表的种类工作。`, `“${region.title.title}” is a 决算 table, kept under kind ${kind}; the widgets and checks currently work on the budget kinds.`);
    }
    tables[kind] = buildTable(region, kind, fiscalYear, findings);
    const part = region.parts[0]!;
    sources[kind] = { where: region.where, sheet: part.sheet, rows: [Math.max(0, Number(/\d+$/.exec(region.where)?.[0] ?? part.start + 1) - 1), part.end] };
  }
  // A project's function code, from the project list where the names match (never guessed otherwise).
  const list = hasOwn(tables, 'project-expenditure') ? tables['project-expenditure']! : undefined;
  for (const p of projects) {
    const row = list?.rows.find((r) => r.name === p.name && r.code);
    if (row?.code) p.functionCode = row.code;
  }
  reportMissingStandardTables(new Set(Object.keys(tables)), final, findings);
  if (!regions.length) findings.add('error', 'no-tables', undefined, '工作簿中没有找到任何可识别的表。每张表上方应有表名行（如“部门收支总表”“附件3 一般公共预算财政拨款基本支出预算表”）。', 'No table found in the workbook. Each table needs its title in a row above it (e.g. 部门收支总表, 附件3 一般公共预算财政拨款基本支出预算表).');

  const units = Object.values(tables).map((t) => t.unit).filter((u): u is AmountUnit => !!u);
  const missing: string[] = [];
  const pick = <K extends keyof Department>(k: K, fallback: Department[K]): Department[K] => {
    if (given[k] !== undefined) return given[k] as Department[K];
    missing.push(k);
    return fallback;
  };
  const department: Department = {
    ...given,
    name: pick('name', overall?.department ?? '（请填写部门名称）'),
    region: pick('region', '（请填写地区）'),
    fiscalYear: given.fiscalYear ?? fiscalYear ?? new Date().getFullYear(),
    kind: given.kind ?? (final ? 'final' : 'budget'),
    unit: given.unit ?? units[0] ?? '万元',
  } as Department;
  if (given.fiscalYear === undefined) missing.push(fiscalYear === undefined ? 'fiscalYear' : 'fiscalYear (guessed)');
  // A guessed year decides which columns are this year's and which last year's: say which and why.
  if (guess) {
    findings.add('warning', 'fiscal-year-guessed', guess.where, `年度按单元格中的“${guess.text}”定为 ${guess.year} 年：${guess.year} 年的列作为本年数，更早年份的列作为上年数。如不对，请用 --department-json 给出 fiscalYear。`, `The year is taken as ${guess.year} from “${guess.text}”: ${guess.year}'s columns are this year's figures, earlier years' columns last year's. If that is wrong, give fiscalYear with --department-json.`);
  }
  if (given.unit === undefined && !units.length) missing.push('unit');
  unitFindings(tables, sources, department.unit, given.unit !== undefined, findings);
  for (const s of statedUnits) targetAmountInFileUnit(s, department.unit, findings);
  if (missing.length) {
    findings.add('warning', 'department-fields', undefined, `工作簿中没有这些部门信息：${missing.join('、')}。请用 --department-json 给出（如 {"name": "…", "region": "重庆市…区", "fiscalYear": 2024}），数据文件中目前是占位内容。`, `The workbook does not hold these department fields: ${missing.join(', ')}. Give them with --department-json (e.g. {"name": "…", "region": "…", "fiscalYear": 2024}); the data file holds placeholders for now.`);
  }
  const data: BudgetDisclosure = {
    schemaVersion: SCHEMA_VERSION,
    department,
    tables,
    ...(projects.length ? { projects } : {}),
    ...(overall ? { overallPerformance: overall } : {}),
  };
  return { data, findings: findings.items, missing, sources };
}
