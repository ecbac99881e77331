/**
 * Fidelity of the bundled data: `data/tongnan-cac-2023.json` says exactly what the published
 * source says (`data/source/tongnan-cac-2023-budget.txt`), no more and no less.
 *
 * The source is read here with a parser of this file's own (not the importer's code): tables
 * are found by their 附件 marker, header rows are recognised by their heading words, and every
 * cell is compared with the JSON at its place (table kind, side, row code/name, column key).
 * An empty cell must be null or absent in the JSON, a filled one must be there exactly as
 * printed, and the JSON may hold no row, figure or indicator the source lacks. The last test
 * corrupts copies in memory to prove these comparisons fail when they should.
 *
 * Normalisations: the only places where the JSON differs from the extracted text, because the
 * PDF extraction broke a cell or a paragraph across lines. Each is listed in NAME_JOINS or
 * handled by `squash` below, and nothing else is allowed to differ:
 *  - 附件 7 row names: "机关事业单位基本养老 保险缴费支出" → "机关事业单位基本养老保险缴费支出",
 *    "机关事业单位职业年金 缴费支出" → "机关事业单位职业年金缴费支出",
 *    "其他行政事业单位医疗 支出" → "其他行政事业单位医疗支出" (as 附件 2 and 8 print them);
 *  - 附件 7 and 9 column headings broken inside the cell ("上年结 转结余 资金" → "上年结转结余资金",
 *    "一般公共 预算拨款 收入" → "一般公共预算拨款收入", …): compared with whitespace removed;
 *  - 单位构成: "网络安全和" / "信息化发展科" on two lines → "网络安全和信息化发展科", one paragraph;
 *  - run-in headings ("（一）收入预算：…", "1、机关运行经费。…") are split into heading and
 *    paragraph at their "：" or "。"; glossary lines "（一）财政拨款收入：指…" into term and definition;
 *  - page headers inside tables (`# …`, "单位：万元", repeated header rows, including the ones that
 *    name 中共重庆市委… instead of the district office) are dropped; 附件 2's "备注：" label is
 *    dropped from its note.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';

const ROOT = new URL('../../', import.meta.url);
const SOURCE_TEXT = readFileSync(new URL('data/source/tongnan-cac-2023-budget.txt', ROOT), 'utf8');
const DATA: Data = JSON.parse(readFileSync(new URL('data/tongnan-cac-2023.json', ROOT), 'utf8'));
/** CI clones have the shared source next to the repository. */
const SHARED = new URL('../shared/source/tongnan-cac-2023-budget.txt', ROOT);

type Data = ReturnType<typeof BudgetDisclosure.parse>;
type Cells = string[];

const NAME_JOINS: Record<string, string> = {
  '机关事业单位基本养老 保险缴费支出': '机关事业单位基本养老保险缴费支出',
  '机关事业单位职业年金 缴费支出': '机关事业单位职业年金缴费支出',
  '其他行政事业单位医疗 支出': '其他行政事业单位医疗支出',
};
const squash = (s: string) => s.replace(/\s+/g, '');

// --- The source, read independently ------------------------------------------------------------

/** Lines of each 附件, keyed by number; key 0 holds the narrative before 附件 1. */
function attachments(text: string): Map<number, string[]> {
  const out = new Map<number, string[]>([[0, []]]);
  let current = 0;
  for (const line of text.split('\n')) {
    const m = /^[#\s]*附件\s*(\d+)\s*$/.exec(line);
    if (m) out.set((current = Number(m[1])), []);
    else out.get(current)!.push(line);
  }
  return out;
}

/** Cells that only ever appear in heading rows of these tables. */
const HEADING_WORDS = new Set(['项目', '收入', '支出', '科目', '科目编码', '部门编码', '功能分类科目', '经济分类科目', '序号', '小计', '总计']);
const isHeading = (cells: Cells) => cells.some((c) => HEADING_WORDS.has(c));
const tabRows = (lines: string[]): Cells[] => lines.filter((l) => l.includes('\t')).map((l) => l.split('\t').map((c) => c.trim()));

/** Column keys by printed position; "side:key" on two-sided tables, "text:key" for text cells. */
const SANGONG = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];
const SRC_9 = ['total', 'carryover', 'gpb', 'govFund', 'stateCapital', 'specialAccount', 'business', 'superior', 'subordinate', 'operating', 'other'];
const LAYOUT: Record<string, { attachment: number; keys: string[] }> = {
  'fiscal-summary': { attachment: 1, keys: ['income:name', 'income:amount', 'expenditure:name', 'expenditure:total', 'expenditure:gpb', 'expenditure:govFund', 'expenditure:stateCapital'] },
  'gpb-expenditure': { attachment: 2, keys: ['code', 'name', 'prior.total', 'total', 'basic', 'project'] },
  'gpb-basic-expenditure': { attachment: 3, keys: ['code', 'name', 'total', 'personnel', 'public'] },
  sangong: {
    attachment: 4,
    keys: ['code', 'name', ...SANGONG.map((k) => `prior.${k}`), ...SANGONG],
  },
  'gov-fund-expenditure': { attachment: 5, keys: ['code', 'name', 'total', 'basic', 'project'] },
  'dept-summary': { attachment: 6, keys: ['income:name', 'income:amount', 'expenditure:name', 'expenditure:amount'] },
  'dept-income': { attachment: 7, keys: ['code', 'name', 'total', 'carryover', 'gpb', 'govFund', 'stateCapital', 'business', 'specialAccount', 'superior', 'subordinate', 'operating', 'other'] },
  'dept-expenditure': { attachment: 8, keys: ['code', 'name', 'total', 'basic', 'project'] },
  procurement: { attachment: 9, keys: ['name', ...SRC_9] },
  'project-expenditure': {
    attachment: 10,
    keys: ['text:seq', 'text:unit', 'code', 'text:functionName', 'name', 'total', 'specific.subtotal', 'specific.personnel', 'specific.general', 'specific.livelihood', 'special.subtotal', 'special.advance', 'special.carryover', 'special.municipal'],
  },
};

const TOTAL_NAMES = ['合计', '总计', '收入合计', '支出合计', '收入总计', '支出总计'];
const SUBTOTAL_NAMES = ['一、本年收入', '一、本年支出', '二、上年结转', '本年收入合计', '本年支出合计'];

/** A row reduced to what the source can say about it, for deepEqual. */
interface Flat {
  side: string | null;
  code: string | null;
  name: string;
  role: string | null;
  values: Record<string, string | null>;
  text: Record<string, string>;
}

/** The rows of one table as printed: one Flat per side per printed line that has a name there. */
function sourceRows(kind: string, blocks: Map<number, string[]>): Flat[] {
  const { attachment, keys } = LAYOUT[kind]!;
  const data = tabRows(blocks.get(attachment)!).filter((cells) => !isHeading(cells));
  const sides = keys.some((k) => k.startsWith('income:')) ? ['income', 'expenditure'] : [null];
  // A printed line with figures but no row name anywhere would be lost on both sides of the comparison.
  for (const cells of data) {
    const names = keys.flatMap((k, i) => (/(^|:)(code|name)$/.test(k) && cells[i] ? [cells[i]] : []));
    assert.ok(names.length || cells.every((c) => c === ''), `${kind}: a printed line without a row name: ${cells.join(' | ')}`);
  }
  const out: Flat[] = [];
  for (const side of sides) {
    for (const cells of data) {
      const row: Flat = { side, code: null, name: '', role: null, values: {}, text: {} };
      keys.forEach((k, i) => {
        const [s, key] = k.includes(':') ? (k.split(':') as [string, string]) : [null, k];
        if (s !== side && !(s === 'text' && side === null)) return;
        const cell = cells[i] ?? '';
        if (key === 'code') {
          if (/^\d+$/.test(cell)) row.code = cell;
          else if (cell) row.name = cell; // 附件 2 prints 合计 in the code column
        } else if (key === 'name') {
          if (cell) row.name = NAME_JOINS[cell] ?? cell;
        } else if (s === 'text') {
          if (cell) row.text[key] = cell;
        } else row.values[key] = cell === '' ? null : cell;
      });
      if (!row.name) continue;
      row.role = TOTAL_NAMES.includes(row.name) ? 'total' : SUBTOTAL_NAMES.includes(row.name) ? 'subtotal' : null;
      out.push(row);
    }
  }
  return out;
}

/** The same reduction of the JSON rows; absent amount cells count as null. */
function jsonRows(kind: string, data: Data): Flat[] {
  const table = data.tables[kind]!;
  const amountKeys = (side: string | null) =>
    table.columns.filter((c) => (c.type ?? 'amount') === 'amount' && (c.side ?? null) === side).map((c) => c.key);
  return table.rows.map((r) => {
    const side = r.side ?? null;
    const keys = amountKeys(side);
    const stray = Object.keys(r.values).filter((k) => !keys.includes(k));
    assert.deepEqual(stray, [], `${kind} ${r.name}: values under keys that are no column`);
    return {
      side,
      code: r.code ?? null,
      name: r.name,
      role: r.role ?? null,
      values: Object.fromEntries(keys.map((k) => [k, r.values[k] ?? null])),
      text: { ...r.text },
    };
  });
}

function checkTables(data: Data, text: string): void {
  const blocks = attachments(text);
  assert.deepEqual(Object.keys(data.tables).sort(), Object.keys(LAYOUT).sort(), 'table kinds');
  for (const [kind, { attachment, keys }] of Object.entries(LAYOUT)) {
    const table = data.tables[kind]!;
    const lines = blocks.get(attachment)!;
    assert.equal(table.attachment, String(attachment), `${kind} attachment`);
    assert.ok(lines.some((l) => l.trim().endsWith(table.title)), `${kind}: title "${table.title}" is published`);
    assert.ok(lines.includes('单位：万元') && table.unit === '万元', `${kind} unit`);
    // Columns: the published ones, in printed order, each label and group a published heading.
    const printed = keys.map((k) => k.replace(/^text:/, ''));
    assert.deepEqual(table.columns.map((c) => (c.side ? `${c.side}:${c.key}` : c.key)), printed, `${kind} column keys in printed order`);
    const headings = new Set(tabRows(lines).filter(isHeading).flat().map(squash));
    for (const c of table.columns) {
      for (const label of [c.label, ...(c.groups ?? [])]) assert.ok(headings.has(squash(label)), `${kind}: heading "${label}" is published`);
    }
    // Rows: every published row with every cell at its place, and nothing else.
    const expected = sourceRows(kind, blocks);
    for (const side of new Set(expected.map((r) => r.side))) {
      assert.deepEqual(
        jsonRows(kind, data).filter((r) => r.side === side),
        expected.filter((r) => r.side === side),
        `${kind}${side ? ` (${side})` : ''} rows`,
      );
    }
    const plain = lines.filter((l) => !l.includes('\t')).map((l) => l.trim()).filter(Boolean);
    const notes = plain.filter((l) => l.startsWith('备注：')).map((l) => l.slice(3));
    assert.deepEqual(table.notes ?? [], notes, `${kind} notes`);
    const empty = plain.filter((l) => !l.startsWith('#') && !l.startsWith('单位：') && !l.startsWith('备注：'));
    assert.equal(table.emptyNote ?? '', empty.join(''), `${kind} empty-table note`);
  }
}

// --- Performance targets ---------------------------------------------------------------------

function checkOverall(data: Data, text: string): void {
  const lines = attachments(text).get(11)!;
  const rows = tabRows(lines);
  const field = (label: string) => rows.find((r) => r[0] === label)!.filter(Boolean);
  const start = rows.findIndex((r) => r[0] === '绩效指标');
  const indicators = rows.slice(start + 1).map((r) => {
    const [name, weight, unit, operator, value] = r.filter(Boolean) as [string, string, string, string, string];
    assert.match(weight, /^\d+%$/);
    return { name, operator, value, unit, weight: Number(weight.slice(0, -1)) };
  });
  const after = (label: string) => lines.find((l) => l.startsWith(label))!.slice(label.length).trim();
  assert.deepEqual(data.overallPerformance, {
    department: field('部门(单位)名称')[1],
    amount: field('部门(单位)名称')[3],
    goal: field('当年整体绩效目标')[1],
    weightUnit: '%',
    indicators,
    contact: after('联系人：'),
    phone: after('联系电话：'),
  });
}

function checkProjects(data: Data, text: string): void {
  const blocks = attachments(text);
  const projectRows = sourceRows('project-expenditure', blocks).filter((r) => r.code);
  const expected: unknown[] = [];
  let current: Record<string, unknown> | null = null;
  for (const line of blocks.get(12)!) {
    const head = /绩效目标表-(\d+)$/.exec(line.trim());
    if (head) {
      current = { sequence: head[1], indicators: [] };
      expected.push(current);
      continue;
    }
    if (!current || !line.includes('\t')) continue;
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
    if (cells[0] === '绩效指标') cells.shift();
    if (cells[0] === '一级指标') continue;
    if (/^(产出|效益|满意度)指标$/.test(cells[0]!)) {
      // A qualitative indicator prints no unit: six cells instead of seven.
      const [level1, level2, name, value, operator, ...rest] = cells as [string, string, string, string, string, ...string[]];
      const unit = rest.length === 2 ? { unit: rest[0] } : {};
      (current.indicators as unknown[]).push({ level1, level2, name, operator, value, ...unit, weight: Number(rest.at(-1)) });
      continue;
    }
    for (let i = 0; i + 1 < cells.length; i += 2) current[cells[i]!] = cells[i + 1];
  }
  const actual = data.projects!.map((p) => ({ ...p }));
  assert.deepEqual(
    actual,
    expected.map((e) => {
      const f = e as Record<string, string>;
      const dash = f['项目名称']!.indexOf('-');
      const name = f['项目名称']!.slice(dash + 1);
      return {
        code: f['项目名称']!.slice(0, dash),
        name,
        sequence: f.sequence,
        department: f['主管部门'],
        implementingUnit: f['实施单位'],
        amount: f['资金总额（万元）'],
        attribute: f['项目属性'],
        start: f['项目起始时间'],
        end: f['项目终止时间'],
        overview: f['项目概况'],
        basis: f['立项依据'],
        goal: f['项目当年绩效目标'],
        functionCode: projectRows.find((r) => r.name === name)!.code,
        weightUnit: 'point',
        indicators: (e as { indicators: unknown }).indicators,
      };
    }),
  );
}

// --- Narrative -------------------------------------------------------------------------------

/** The narrative's lines without markdown marks, with the one broken paragraph joined. */
function narrativeLines(text: string): string[] {
  const lines = attachments(text).get(0)!.map((l) => l.replace(/^#+\s*/, '').trim()).filter(Boolean);
  const i = lines.findIndex((l) => l.endsWith('网络安全和'));
  lines.splice(i, 2, lines[i]! + lines[i + 1]!);
  return lines;
}

function checkNarrative(data: Data, text: string): void {
  const lines = narrativeLines(text);
  const used = new Set<number>();
  const take = (line: string, what: string) => {
    const i = lines.indexOf(line);
    assert.ok(i >= 0 && !used.has(i), `${what} is a published line: ${line}`);
    used.add(i);
  };
  const { narrative, department } = data;
  for (const s of narrative!.sections) {
    if (lines.includes(s.heading)) {
      take(s.heading, `heading of ${s.key}`);
      s.paragraphs.forEach((p) => take(p, `paragraph of ${s.key}`));
    } else {
      // A run-in heading: the printed line is heading + "：" or "。" + the paragraph.
      assert.equal(s.paragraphs.length, 1, `run-in section ${s.key} has one paragraph`);
      const line = lines.find((l) => l === `${s.heading}：${s.paragraphs[0]}` || l === `${s.heading}。${s.paragraphs[0]}`);
      take(line ?? `${s.heading}…`, `section ${s.key}`);
    }
  }
  narrative!.glossary.forEach((g, n) => take(`（${'一二三四五'[n]}）${g.term}：${g.definition}`, `glossary term ${g.term}`));
  take(`部门预算公开联系人：${department.contact!.name} 联系方式：${department.contact!.phone}`, 'contact');
  const [name, title] = lines;
  take(name!, 'department name');
  take(title!, 'document title');
  assert.equal(name, department.name);
  assert.equal(squash(department.source!.title), squash(name! + title!));
  assert.deepEqual(lines.filter((_, i) => !used.has(i)), [], 'every narrative line is in the JSON');

  // Organisation: every unit and staffing figure is stated in 单位构成.
  const composition = narrative!.sections.find((s) => s.key === 'composition')!.paragraphs.join('');
  const org = department.organisation!;
  for (const u of [...org.internalUnits!, ...org.subordinateUnits!]) assert.ok(composition.includes(u), u);
  for (const s of org.staffing!) assert.ok(composition.includes(`${s.label} ${s.count} ${s.unit}`), s.label);
  assert.ok(composition.includes(`内设机构 ${org.internalUnits!.length} 个：${org.internalUnits!.join('、')}；`));
}

/**
 * Every amount the text states (a number before 万元 or 辆) is a figure of its section, and every
 * figure is such an amount: the same multiset per section. A change is stated as 减少 and stored
 * negative; a reason must be the text's own words.
 */
function checkFigures(data: Data): void {
  const sections = new Map(data.narrative!.sections.map((s) => [s.key, s.paragraphs.join('')]));
  const stated = new Map<string, string[]>();
  for (const [key, body] of sections) stated.set(key, [...body.matchAll(/(\d+(?:\.\d+)?) (万元|辆)/g)].map((m) => m[1]!).sort());
  const figures = new Map<string, string[]>();
  for (const f of data.narrative!.figures) {
    const body = sections.get(f.section!);
    assert.ok(body !== undefined, `${f.key}: section ${f.section} exists`);
    const abs = f.value.replace(/^-/, '');
    figures.set(f.section!, [...(figures.get(f.section!) ?? []), abs].sort());
    if (f.key.endsWith('.change')) {
      assert.ok(f.value.startsWith('-') && body.includes(`减少 ${abs} 万元`), `${f.key} is a stated decrease`);
    } else assert.ok(!f.value.startsWith('-'), `${f.key} is not negative`);
    assert.equal(f.unit, f.key.startsWith('assets.') ? '辆' : undefined, `${f.key} unit`);
    if (f.reason) assert.ok(body.includes(f.reason), `${f.key} reason is the text's own words`);
  }
  for (const [key, values] of stated) assert.deepEqual(figures.get(key) ?? [], values, `figures of section ${key}`);
}

// --- Tests -----------------------------------------------------------------------------------

test('the JSON is a valid disclosure', () => {
  assert.equal(BudgetDisclosure.safeParse(DATA).success, true);
  assert.equal(explainDisclosure(DATA).ok, true);
  assert.equal(DATA.$schema, './budget-disclosure.schema.json');
  assert.equal(DATA.schemaVersion, 1);
});

test('the source copy is byte-identical to the shared source', { skip: !existsSync(SHARED) && 'no ../shared/source next to the repository' }, () => {
  assert.ok(readFileSync(new URL('data/source/tongnan-cac-2023-budget.txt', ROOT)).equals(readFileSync(SHARED)));
});

test('every table, row and cell of 附件 1–10 is in the JSON at its place, and nothing else', () => {
  checkTables(DATA, SOURCE_TEXT);
});

test('附件 11: the overall targets and every indicator, exactly', () => {
  checkOverall(DATA, SOURCE_TEXT);
});

test('附件 12: the four projects with every field and indicator, exactly', () => {
  checkProjects(DATA, SOURCE_TEXT);
  assert.equal(DATA.projects!.length, 4);
});

test('the narrative: every heading, paragraph, glossary term and the contact as published', () => {
  checkNarrative(DATA, SOURCE_TEXT);
});

test('the narrative figures are exactly the amounts the text states', () => {
  checkFigures(DATA);
});

test('the comparisons fail on a corrupted copy', async (t) => {
  const corrupt = (change: (d: Data) => void): Data => {
    const copy = structuredClone(DATA);
    change(copy);
    return copy;
  };
  const row = (d: Data, kind: string, name: string, side?: string) =>
    d.tables[kind]!.rows.find((r) => r.name === name && (side === undefined || r.side === side))!;
  const cases: Array<[string, () => void]> = [
    ['a changed figure', () => checkTables(corrupt((d) => (row(d, 'gpb-expenditure', '行政运行').values.total = '87.08')), SOURCE_TEXT)],
    ['a figure in an empty cell', () => checkTables(corrupt((d) => (row(d, 'gpb-basic-expenditure', '手续费').values.public = '0')), SOURCE_TEXT)],
    ['"291" written as "291.00"', () => checkTables(corrupt((d) => (row(d, 'fiscal-summary', '收入合计').values.amount = '291.00')), SOURCE_TEXT)],
    ['the "." mark dropped', () => checkTables(corrupt((d) => (row(d, 'dept-summary', '政府性基金预算拨款收入').values.amount = null)), SOURCE_TEXT)],
    ['a figure under a column that does not exist', () => checkTables(corrupt((d) => (row(d, 'dept-expenditure', '合计').values.extra = '1.00')), SOURCE_TEXT)],
    ['a missing row', () => checkTables(corrupt((d) => d.tables['dept-expenditure']!.rows.pop()), SOURCE_TEXT)],
    ['a swapped side', () => checkTables(corrupt((d) => (row(d, 'dept-summary', '上年结转').side = 'expenditure')), SOURCE_TEXT)],
    ['a wrong code', () => checkTables(corrupt((d) => (row(d, 'dept-income', '网信事务').code = '20138')), SOURCE_TEXT)],
    ['an unjoined name', () => checkTables(corrupt((d) => (row(d, 'dept-income', '其他行政事业单位医疗支出').name = '其他行政事业单位医疗 支出')), SOURCE_TEXT)],
    ['a missing role', () => checkTables(corrupt((d) => delete row(d, 'dept-summary', '本年收入合计').role), SOURCE_TEXT)],
    ['a changed project text cell', () => checkTables(corrupt((d) => (d.tables['project-expenditure']!.rows[1]!.text!.seq = '2')), SOURCE_TEXT)],
    ['a changed overall weight', () => checkOverall(corrupt((d) => (d.overallPerformance!.indicators[0]!.weight = 15)), SOURCE_TEXT)],
    ['a changed indicator value', () => checkProjects(corrupt((d) => (d.projects![3]!.indicators[1]!.value = '26')), SOURCE_TEXT)],
    ['a unit on a qualitative indicator', () => checkProjects(corrupt((d) => (d.projects![0]!.indicators[4]!.unit = '%')), SOURCE_TEXT)],
    ['a changed paragraph', () => checkNarrative(corrupt((d) => (d.narrative!.sections[1]!.paragraphs[0] += '。')), SOURCE_TEXT)],
    ['a changed stated figure', () => checkFigures(corrupt((d) => (d.narrative!.figures[0]!.value = '292')))],
    ['a missing stated figure', () => checkFigures(corrupt((d) => d.narrative!.figures.pop()))],
    ['a change with the wrong sign', () => checkFigures(corrupt((d) => (d.narrative!.figures.find((f) => f.key === 'sangong.change')!.value = '0.9')))],
  ];
  for (const [what, run] of cases) await t.test(what, () => assert.throws(run, assert.AssertionError));
});
