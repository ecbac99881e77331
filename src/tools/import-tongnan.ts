/**
 * One-off importer: turns the text extracted from the Tongnan District Cyberspace Affairs
 * Office 2023 budget PDF (`data/source/tongnan-cac-2023-budget.txt`) into
 * `data/tongnan-cac-2023.json`. The committed JSON is the product and was checked by hand;
 * this script only saves retyping, and `test/unit/fidelity.test.ts` proves the result against
 * the source with a parser of its own.
 *
 *   node --import tsx src/tools/import-tongnan.ts [--check]
 *
 * `--check` compares instead of writing (exit 1 when the file differs).
 *
 * What the extraction got wrong, and this script undoes:
 *  - page headers repeated inside tables (`# 中共重庆市…`, `单位：万元`, the header rows), some
 *    with the wrong department name (中共重庆市委…): dropped;
 *  - names broken across lines inside a cell ("机关事业单位基本养老 保险缴费支出"): joined;
 *  - a paragraph broken across lines ("网络安全和\n\n信息化发展科"): joined.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BudgetDisclosure, type Column, type Indicator, type Project, type Row, type Table } from '../model/schema.js';

const ROOT = new URL('../../', import.meta.url);
const SOURCE = 'data/source/tongnan-cac-2023-budget.txt';
const TARGET = 'data/tongnan-cac-2023.json';

const DEPARTMENT = '中共重庆市潼南区委网络安全和信息化委员会办公室';

/** Whitespace between two Chinese characters is a line break of the PDF cell, not text. */
const joinCjk = (s: string) => s.replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '');

// ---------------------------------------------------------------------------------------------
// Splitting the source

interface Block {
  attachment: number;
  lines: string[];
}

function splitSource(text: string): { narrative: string[]; blocks: Block[] } {
  const narrative: string[] = [];
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    const m = /^(?:#+\s*)?附件\s*(\d+)\s*$/.exec(line);
    if (m) blocks.push({ attachment: Number(m[1]), lines: [] });
    else if (blocks.length) blocks.at(-1)!.lines.push(line);
    else narrative.push(line);
  }
  return { narrative, blocks };
}

/**
 * The tab-separated rows of a table, without the repeated page headers: the first
 * `headerRows` tab lines are the column headings, and any later line equal to one of them is a
 * repeat of the page header.
 */
function dataRows(block: Block, headerRows: number): string[][] {
  const tabbed = block.lines.filter((l) => l.includes('\t'));
  const headers = new Set(tabbed.slice(0, headerRows));
  return tabbed.slice(headerRows).filter((l) => !headers.has(l)).map((l) => l.split('\t').map((c) => c.trim()));
}

// ---------------------------------------------------------------------------------------------
// Columns

const col = (key: string, label: string, extra: Partial<Column> = {}): Column => ({ key, label, ...extra });
const amounts = (keys: Array<[string, string]>, extra: Partial<Column> = {}): Column[] => keys.map(([k, l]) => col(k, l, extra));

const SOURCES_7: Array<[string, string]> = [
  ['total', '总计'],
  ['carryover', '上年结转结余资金'],
  ['gpb', '一般公共预算拨款收入'],
  ['govFund', '政府性基金预算拨款收入'],
  ['stateCapital', '国有资本经营预算拨款收入'],
  ['business', '事业收入'],
  ['specialAccount', '财政专户管理收入'],
  ['superior', '上级补助收入'],
  ['subordinate', '附属单位上缴收入'],
  ['operating', '事业单位经营收入'],
  ['other', '其他收入'],
];
// 附件 9 prints 财政专户管理收入 before 事业收入.
const SOURCES_9: Array<[string, string]> = [
  ['total', '总计'],
  ['carryover', '上年结转结余资金'],
  ['gpb', '一般公共预算拨款收入'],
  ['govFund', '政府性基金预算拨款收入'],
  ['stateCapital', '国有资本经营预算拨款收入'],
  ['specialAccount', '财政专户管理收入'],
  ['business', '事业收入'],
  ['superior', '上级补助收入'],
  ['subordinate', '附属单位上缴收入'],
  ['operating', '事业单位经营收入'],
  ['other', '其他收入'],
];

function sangongColumns(prefix: string, year: number): Column[] {
  const g = [`${year} 年预算数`];
  const v = [...g, '公务用车购置及运行费'];
  return [
    col(`${prefix}total`, '总计', { groups: g, year }),
    col(`${prefix}abroad`, '因公出国(境)费用', { groups: g, year }),
    col(`${prefix}vehicle`, '小计', { groups: v, year }),
    col(`${prefix}vehiclePurchase`, '公务用车购置', { groups: v, year }),
    col(`${prefix}vehicleOps`, '公务用车运行维护费', { groups: v, year }),
    col(`${prefix}reception`, '公务接待费', { groups: g, year }),
  ];
}

interface TableSpec {
  kind: string;
  attachment: number;
  title: string;
  headerRows: number;
  columns: Column[];
}

const code = (label: string, groups?: string[]) => col('code', label, { type: 'code', ...(groups ? { groups } : {}) });
const name = (label: string, groups?: string[]) => col('name', label, { type: 'name', ...(groups ? { groups } : {}) });

const SPECS: TableSpec[] = [
  {
    kind: 'fiscal-summary',
    attachment: 1,
    title: '财政拨款收支总表',
    headerRows: 2,
    columns: [
      col('name', '项目', { type: 'name', groups: ['收入'], side: 'income' }),
      col('amount', '预算数', { groups: ['收入'], side: 'income' }),
      col('name', '支出科目', { type: 'name', groups: ['支出'], side: 'expenditure' }),
      ...amounts(
        [['total', '合计'], ['gpb', '一般公共预算'], ['govFund', '政府性基金预算'], ['stateCapital', '国有资本经营预算']],
        { groups: ['支出'], side: 'expenditure' },
      ),
    ],
  },
  {
    kind: 'gpb-expenditure',
    attachment: 2,
    title: '一般公共预算财政拨款支出预算表',
    headerRows: 2,
    columns: [
      code('科目编码', ['功能分类科目']),
      name('科目名称', ['功能分类科目']),
      col('prior.total', '2022 年预算数', { year: 2022 }),
      ...amounts([['total', '总计'], ['basic', '基本支出'], ['project', '项目支出']], { groups: ['2023 年预算数'], year: 2023 }),
    ],
  },
  {
    kind: 'gpb-basic-expenditure',
    attachment: 3,
    title: '一般公共预算财政拨款基本支出预算表',
    headerRows: 2,
    columns: [
      code('科目编码', ['经济分类科目']),
      name('科目名称', ['经济分类科目']),
      ...amounts([['total', '总计'], ['personnel', '人员经费'], ['public', '日常公用经费']], { groups: ['2023 年基本支出'], year: 2023 }),
    ],
  },
  {
    kind: 'sangong',
    attachment: 4,
    title: '一般公共预算支出“三公”经费预算表',
    headerRows: 3,
    columns: [code('部门编码'), name('部门名称'), ...sangongColumns('prior.', 2022), ...sangongColumns('', 2023)],
  },
  {
    kind: 'gov-fund-expenditure',
    attachment: 5,
    title: '政府性基金预算支出表',
    headerRows: 2,
    columns: [
      code('科目编码'),
      name('科目名称'),
      ...amounts([['total', '总计'], ['basic', '基本支出'], ['project', '项目支出']], { groups: ['本年政府性基金预算财政拨款支出'] }),
    ],
  },
  {
    kind: 'dept-summary',
    attachment: 6,
    title: '部门收支总表',
    headerRows: 2,
    columns: [
      col('name', '项目', { type: 'name', groups: ['收入'], side: 'income' }),
      col('amount', '预算数', { groups: ['收入'], side: 'income' }),
      col('name', '支出科目', { type: 'name', groups: ['支出'], side: 'expenditure' }),
      col('amount', '预算数', { groups: ['支出'], side: 'expenditure' }),
    ],
  },
  {
    kind: 'dept-income',
    attachment: 7,
    title: '部门收入总表',
    headerRows: 2,
    columns: [code('科目编码', ['科目']), name('科目名称', ['科目']), ...amounts(SOURCES_7)],
  },
  {
    kind: 'dept-expenditure',
    attachment: 8,
    title: '部门支出总表',
    headerRows: 1,
    columns: [code('科目编码'), name('科目名称'), ...amounts([['total', '合计'], ['basic', '基本支出'], ['project', '项目支出']])],
  },
  {
    kind: 'procurement',
    attachment: 9,
    title: '政府采购预算明细表',
    headerRows: 1,
    columns: [name('项目'), ...amounts(SOURCES_9)],
  },
  {
    kind: 'project-expenditure',
    attachment: 10,
    title: '项目支出明细表',
    headerRows: 2,
    columns: [
      col('seq', '序号', { type: 'text' }),
      col('unit', '预算单位', { type: 'text' }),
      code('科目编码', ['功能分类科目']),
      col('functionName', '科目名称', { type: 'text', groups: ['功能分类科目'] }),
      name('项目名称'),
      col('total', '合计'),
      ...amounts(
        [['specific.subtotal', '小计'], ['specific.personnel', '人员性项目'], ['specific.general', '一般性项目'], ['specific.livelihood', '民生配套项目']],
        { groups: ['年初特定目标'] },
      ),
      ...amounts(
        [['special.subtotal', '小计'], ['special.advance', '提前下达专项'], ['special.carryover', '结转项目'], ['special.municipal', '市级专项']],
        { groups: ['上级专项'] },
      ),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Rows

const TOTAL = /^(合计|总计|收入合计|支出合计|收入总计|支出总计)$/;
const SUBTOTAL = /^(一、本年收入|一、本年支出|二、上年结转|本年收入合计|本年支出合计)$/;

function role(rowName: string): Pick<Row, 'role'> {
  if (TOTAL.test(rowName)) return { role: 'total' };
  if (SUBTOTAL.test(rowName)) return { role: 'subtotal' };
  return {};
}

/** Builds a row from the cells at the positions of `columns` (all of one side). */
function rowFrom(cells: string[], columns: Array<{ column: Column; at: number }>, side?: 'income' | 'expenditure'): Row | null {
  let rowCode: string | undefined;
  let rowName = '';
  const values: Row['values'] = {};
  const text: Record<string, string> = {};
  for (const { column, at } of columns) {
    const cell = cells[at] ?? '';
    switch (column.type ?? 'amount') {
      case 'code':
        // 附件 2 prints its 合计 in the code column, leaving the name cell empty.
        if (/^\d+$/.test(cell)) rowCode = cell;
        else if (cell) rowName = cell;
        break;
      case 'name':
        if (cell) rowName = joinCjk(cell);
        break;
      case 'text':
        if (cell) text[column.key] = cell;
        break;
      default:
        values[column.key] = cell === '' ? null : cell;
    }
  }
  if (!rowName) return null;
  return {
    ...(rowCode ? { code: rowCode } : {}),
    name: rowName,
    ...role(rowName),
    ...(side ? { side } : {}),
    values,
    ...(Object.keys(text).length ? { text } : {}),
  };
}

function buildTable(spec: TableSpec, block: Block): Table {
  const positioned = spec.columns.map((column, at) => ({ column, at }));
  const rows: Row[] = [];
  const sides = spec.columns.some((c) => c.side) ? (['income', 'expenditure'] as const) : [undefined];
  // Two-sided tables list every income row, then every expenditure row, each side in printed order.
  for (const side of sides) {
    for (const cells of dataRows(block, spec.headerRows)) {
      const row = rowFrom(cells, positioned.filter((p) => p.column.side === side), side);
      if (row) rows.push(row);
    }
  }
  const plain = block.lines.filter((l) => !l.includes('\t')).map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('单位：'));
  const notes = plain.filter((l) => l.startsWith('备注：')).map((l) => l.slice('备注：'.length));
  const empty = plain.filter((l) => !l.startsWith('备注：'));
  return {
    attachment: String(spec.attachment),
    title: spec.title,
    unit: '万元',
    columns: spec.columns,
    rows,
    ...(notes.length ? { notes } : {}),
    ...(empty.length ? { emptyNote: empty.join('') } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Performance targets

const LEVEL1 = new Set(['产出指标', '效益指标', '满意度指标']);

function overall(block: Block): NonNullable<BudgetDisclosure['overallPerformance']> {
  const rows = block.lines.filter((l) => l.includes('\t')).map((l) => l.split('\t').map((c) => c.trim()));
  const head = rows.find((r) => r[0] === '部门(单位)名称')!;
  const goal = rows.find((r) => r[0] === '当年整体绩效目标')!;
  const start = rows.findIndex((r) => r[0] === '绩效指标');
  const indicators: Indicator[] = rows.slice(start + 1).map((r) => {
    const [, indicatorName, weight, unit, operator, value] = r as [string, string, string, string, Indicator['operator'], string];
    return { name: indicatorName, operator, value, ...(unit ? { unit } : {}), weight: Number(weight.replace('%', '')) };
  });
  const contact = block.lines.find((l) => l.startsWith('联系人：'))!.slice('联系人：'.length).trim();
  const phone = block.lines.find((l) => l.startsWith('联系电话：'))!.slice('联系电话：'.length).trim();
  return { department: head[1]!, amount: head[4]!, goal: goal[1]!, weightUnit: '%', indicators, contact, phone };
}

function projects(block: Block, functionCodes: Map<string, string>): Project[] {
  const out: Project[] = [];
  let fields: Map<string, string> | null = null;
  let sequence = '';
  let indicators: Indicator[] = [];
  const flush = () => {
    if (!fields) return;
    const [projectCode, ...rest] = fields.get('项目名称')!.split('-');
    const projectName = rest.join('-');
    const functionCode = functionCodes.get(projectName);
    out.push({
      code: projectCode!,
      name: projectName,
      sequence,
      department: fields.get('主管部门')!,
      implementingUnit: fields.get('实施单位')!,
      amount: fields.get('资金总额（万元）')!,
      attribute: fields.get('项目属性')!,
      start: fields.get('项目起始时间')!,
      end: fields.get('项目终止时间')!,
      overview: fields.get('项目概况')!,
      basis: fields.get('立项依据')!,
      goal: fields.get('项目当年绩效目标')!,
      ...(functionCode ? { functionCode } : {}),
      weightUnit: 'point',
      indicators,
    });
  };
  for (const line of block.lines) {
    const table = /年预算项目绩效目标表-(\d+)\s*$/.exec(line);
    if (table) {
      flush();
      fields = new Map();
      sequence = table[1]!;
      indicators = [];
      continue;
    }
    if (!fields || !line.includes('\t')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    // Indicator rows start with 一级指标, after an empty cell or 绩效指标 (lost at page breaks).
    const lead = cells.findIndex((c) => c !== '' && c !== '绩效指标');
    if (LEVEL1.has(cells[lead]!)) {
      const [level1, level2, indicatorName, value, operator, unit, weight] = cells.slice(lead) as [
        string, string, string, string, Indicator['operator'], string, string,
      ];
      indicators.push({ level1, level2, name: indicatorName, operator, value, ...(unit ? { unit } : {}), weight: Number(weight) });
      continue;
    }
    const filled = cells.filter((c) => c !== '');
    if (filled[0] === '绩效指标' || filled[0] === '一级指标') continue;
    for (let i = 0; i + 1 < filled.length; i += 2) fields.set(filled[i]!, filled[i + 1]!);
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------
// Narrative

/** The narrative's text lines with the extraction's paragraph break inside 单位构成 joined. */
function narrativeLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const prev = out.at(-1);
    // A line ending in the middle of a name ("网络安全和") continues on the next one.
    if (prev !== undefined && /[和与及、]$/.test(prev) && !line.startsWith('#')) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}

function narrative(lines: string[]): NonNullable<BudgetDisclosure['narrative']> {
  const text = narrativeLines(lines).map((l) => l.replace(/^#+\s*/, ''));
  const line = (prefix: string): string => {
    const found = text.find((l) => l.startsWith(prefix));
    if (!found) throw new Error(`No line starts with ${prefix}`);
    return found;
  };
  /** The paragraph of a run-in heading: the line after its separator. */
  const after = (prefix: string, sep: string): string => {
    const l = line(prefix);
    return l.slice(l.indexOf(sep) + sep.length);
  };
  const next = (heading: string): string => text[text.indexOf(line(heading)) + 1]!;

  const sections = [
    { key: 'basic', heading: line('一、单位基本情况'), paragraphs: [] },
    { key: 'functions', heading: line('（一）职能职责'), paragraphs: [next('（一）职能职责')] },
    { key: 'composition', heading: line('（二）单位构成'), paragraphs: [next('（二）单位构成')] },
    { key: 'overview', heading: line('二、部门收支总体情况'), paragraphs: [] },
    // Run-in headings ("（一）收入预算：…", "1、机关运行经费。…") are split at their separator.
    { key: 'income', heading: '（一）收入预算', paragraphs: [after('（一）收入预算：', '：')] },
    { key: 'expenditure', heading: '（二）支出预算', paragraphs: [after('（二）支出预算：', '：')] },
    // Section 三 holds two paragraphs: the 一般公共预算 one and the 政府性基金 sentence.
    { key: 'gpb', heading: line('三、部门预算情况说明'), paragraphs: [next('三、部门预算情况说明'), line('区委网信办 2023 年未使用政府性基金')] },
    { key: 'sangong', heading: line('四、“三公”经费情况说明'), paragraphs: [next('四、“三公”经费情况说明')] },
    { key: 'other', heading: line('五、其他重要事项的情况说明'), paragraphs: [] },
    { key: 'operating', heading: '1、机关运行经费', paragraphs: [after('1、机关运行经费。', '。')] },
    { key: 'procurement', heading: '2、政府采购情况', paragraphs: [after('2、政府采购情况。', '。')] },
    { key: 'performance', heading: '3、绩效目标设置情况', paragraphs: [after('3、绩效目标设置情况。', '。')] },
    { key: 'assets', heading: '4、国有资产占有使用情况', paragraphs: [after('4、国有资产占有使用情况。', '。')] },
    { key: 'glossary', heading: line('六、专业性名词解释'), paragraphs: [] },
  ];

  const glossary = text
    .filter((l) => /^（[一二三四五六七八九十]+）[^：]+：指/.test(l))
    .map((l) => {
      const m = /^（[一二三四五六七八九十]+）([^：]+)：(.*)$/.exec(l)!;
      return { term: m[1]!, definition: m[2]! };
    });

  type F = { key: string; value: string; unit?: string; reason?: string; section: string };
  const f = (section: string, key: string, value: string, extra: Partial<F> = {}): F => ({ key, value, ...extra, section });
  const income = '主要是公用经费减少';
  const figures: F[] = [
    f('income', 'income.total', '291'),
    f('income', 'income.gpb', '291'),
    f('income', 'income.govFund', '0'),
    f('income', 'income.stateCapital', '0'),
    f('income', 'income.business', '0'),
    f('income', 'income.operating', '0'),
    f('income', 'income.other', '0'),
    f('income', 'income.change', '-21.49', { reason: income }),
    f('expenditure', 'expenditure.total', '291'),
    f('expenditure', 'expenditure.class.201', '258.24'),
    f('expenditure', 'expenditure.class.205', '0'),
    f('expenditure', 'expenditure.class.208', '15.17'),
    f('expenditure', 'expenditure.class.210', '8.88'),
    f('expenditure', 'expenditure.class.211', '0'),
    f('expenditure', 'expenditure.class.212', '0'),
    f('expenditure', 'expenditure.class.213', '0'),
    f('expenditure', 'expenditure.class.224', '0'),
    f('expenditure', 'expenditure.class.221', '8.72'),
    f('expenditure', 'expenditure.change', '-21.49', { reason: income }),
    f('gpb', 'gpb.income', '291'),
    f('gpb', 'gpb.expenditure', '291'),
    f('gpb', 'gpb.change', '-21.49'),
    f('gpb', 'basic.total', '189'),
    f('gpb', 'basic.change', '-19.99', { reason: '主要原因是人员经费减少，公用经费减少' }),
    f('gpb', 'project.total', '102'),
    f('gpb', 'project.change', '-1.5', { reason: '主要原因是网络宣传支出减少' }),
    f('sangong', 'sangong.total', '7'),
    f('sangong', 'sangong.change', '-0.9'),
    f('sangong', 'sangong.abroad', '0'),
    f('sangong', 'sangong.reception', '3.5'),
    f('sangong', 'sangong.reception.change', '-0.4'),
    f('sangong', 'sangong.vehicleOps', '3.5'),
    f('sangong', 'sangong.vehicleOps.change', '-0.5'),
    f('operating', 'operating.total', '40.6'),
    f('operating', 'operating.change', '-17.16', { reason: '主要原因为人员经费减少，公用经费减少' }),
    f('procurement', 'procurement.total', '3.5'),
    f('procurement', 'procurement.goods', '3.5'),
    f('procurement', 'procurement.works', '0'),
    f('procurement', 'procurement.services', '0'),
    f('procurement', 'procurement.gpb.total', '3.5'),
    f('procurement', 'procurement.gpb.goods', '3.5'),
    f('procurement', 'procurement.gpb.works', '0'),
    f('procurement', 'procurement.gpb.services', '0'),
    f('performance', 'performance.gpb', '102'),
    f('performance', 'performance.govFund', '0'),
    f('assets', 'assets.vehicles', '1', { unit: '辆' }),
    f('assets', 'assets.officialVehicles', '1', { unit: '辆' }),
  ];
  return { sections, figures, glossary };
}

// ---------------------------------------------------------------------------------------------
// Output: two-space JSON with each row, column, indicator and figure on one line, so a reviewer
// can read the file against the source table by table.

const ONE_LINE = new Set(['columns', 'rows', 'indicators', 'figures', 'glossary', 'staffing']);

function inline(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return entries.length ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }` : '{}';
  }
  return JSON.stringify(v);
}

function format(v: unknown, indent = '', parentKey = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    if (ONE_LINE.has(parentKey)) return `[\n${v.map((x) => inner + inline(x)).join(',\n')}\n${indent}]`;
    if (v.every((x) => typeof x !== 'object' || x === null)) return `[\n${v.map((x) => inner + JSON.stringify(x)).join(',\n')}\n${indent}]`;
    return `[\n${v.map((x) => inner + format(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${format(x, inner, k)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

// ---------------------------------------------------------------------------------------------

/** Builds the whole disclosure from the source text. */
export function importTongnan(source: string): BudgetDisclosure {
  const { narrative: narrativeText, blocks } = splitSource(source);
  const block = (n: number) => blocks.find((b) => b.attachment === n)!;

  const tables: BudgetDisclosure['tables'] = {};
  for (const spec of SPECS) tables[spec.kind] = buildTable(spec, block(spec.attachment));

  const functionCodes = new Map(
    tables['project-expenditure']!.rows.filter((r) => r.code).map((r) => [r.name, r.code!] as const),
  );

  const data = {
    $schema: './budget-disclosure.schema.json',
    schemaVersion: 1,
    department: {
      name: DEPARTMENT,
      shortName: '区委网信办',
      code: '307',
      region: '重庆市潼南区',
      fiscalYear: 2023,
      comparisonYear: 2022,
      kind: 'budget',
      unit: '万元',
      contact: { name: '缪润乾', phone: '13508373033' },
      source: { title: `${DEPARTMENT}2023年部门预算情况说明`, url: 'source/tongnan-cac-2023-budget.txt' },
      organisation: {
        internalUnits: ['网络传播科', '网络安全和信息化发展科', '应急执法科'],
        subordinateUnits: ['潼南区互联网信息研究中心'],
        staffing: [
          { label: '行政编制', count: 5, unit: '名' },
          { label: '事业编制', count: 5, unit: '个' },
        ],
      },
    },
    narrative: narrative(narrativeText),
    tables,
    projects: projects(block(12), functionCodes),
    overallPerformance: overall(block(11)),
  };
  // Fail here rather than commit a file the kit would reject.
  return BudgetDisclosure.parse(data);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = readFileSync(new URL(SOURCE, ROOT), 'utf8');
  const out = `${format(importTongnan(source))}\n`;
  const target = new URL(TARGET, ROOT);
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === out;
    console.log(same ? `${TARGET} is up to date` : `${TARGET} differs from a fresh import`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, out);
    console.log(`wrote ${TARGET}`);
  }
}
