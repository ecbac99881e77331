/**
 * Synthetic budget disclosures at any scale, for the benchmark (`npm run bench`).
 *
 * A real district publishes a few dozen function-code rows and a handful of projects; a city
 * bureau can publish thousands. This builds a disclosure that is valid against the schema and
 * internally consistent (勾稽关系), so the widgets take their normal paths and the consistency
 * checks find nothing to report:
 *
 *  - `gpb-expenditure` (附件 2) and `dept-expenditure` (附件 8): exactly `codeRows` 类/款/项 rows
 *    under a 合计 row; every parent is the exact sum of its children, every row's 合计 = 基本 + 项目.
 *  - `project-expenditure` (附件 10) and `projects[]`: `projects` projects, each paid under a 项
 *    code; a 项's 项目支出 is the exact sum of its projects, so Σ projects = 项目支出 of 附件 2.
 *    Each project has 7 indicators weighted to 90 points, its 成本指标 equal to its amount.
 *  - `sangong` (附件 4): `units` unit rows under a 合计 row, both years, items adding up.
 *  - `overallPerformance`: 10 indicators weighted to 100 %.
 *
 * Everything is computed in integer cents (money.ts) and written as two-decimal strings.
 * Deterministic: the same scale and seed give the same file, byte for byte. Pure (no I/O), so
 * Node tests and the browser bench page share it.
 */
import { centsToString, type Cents } from '../../src/model/money.js';
import type { BudgetDisclosure, Cell, Column, Indicator, Project, Row, Table } from '../../src/model/schema.js';

export interface Scale {
  /** Projects: rows of 项目支出明细表 and entries of `projects` (0 … 10,000 and beyond). */
  projects: number;
  /** Function-code rows (类 + 款 + 项) of 附件 2 and 附件 8, not counting 合计; at least 3. */
  codeRows: number;
  /** Unit rows of the 三公 table, not counting 合计; at least 1. */
  units: number;
  /** Seed of the pseudo-random amounts; default 1. */
  seed?: number;
}

/** mulberry32: a tiny, well-mixed 32-bit generator; enough for synthetic amounts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASS_NAMES: Record<number, string> = {
  201: '一般公共服务支出', 203: '国防支出', 204: '公共安全支出', 205: '教育支出', 206: '科学技术支出',
  207: '文化旅游体育与传媒支出', 208: '社会保障和就业支出', 210: '卫生健康支出', 211: '节能环保支出',
  212: '城乡社区支出', 213: '农林水支出', 214: '交通运输支出', 215: '资源勘探工业信息等支出',
  216: '商业服务业等支出', 217: '金融支出', 219: '援助其他地区支出', 220: '自然资源海洋气象等支出',
  221: '住房保障支出', 222: '粮油物资储备支出', 224: '灾害防治及应急管理支出', 227: '预备费', 229: '其他支出',
};
const TOPICS = ['网络宣传', '舆情监测', '网络安全维护', '专网运行', '应急指挥', '数据治理', '信息化建设', '培训', '档案数字化', '公共服务平台'];
const ATTRIBUTES = ['新增', '延续'];

/** A null cell for 0: an empty published cell, as the tables print it. */
const cell = (c: Cents): Cell => (c === 0 ? null : centsToString(c));
/** Amount between min and max 万元 in cents. */
const amount = (rnd: () => number, min: number, max: number): Cents => Math.round((min + rnd() * (max - min)) * 100);

interface CodeNode {
  code: string;
  name: string;
  level: 0 | 1 | 2;
  children: CodeNode[];
  /** Leaf amounts (项); parents are summed. */
  basic: Cents;
  project: Cents;
  prior: Cents;
}

/**
 * The 类/款/项 tree with exactly `rows` nodes. Fan-outs grow with the size so that 10,000 rows
 * still fit in 3-digit 类 codes (201–299) and 2-digit 款/项 suffixes (at most 99 children).
 */
function codeTree(rows: number): CodeNode[] {
  if (rows < 3) throw new RangeError('codeRows must be at least 3 (one 类, one 款, one 项)');
  const classes = Math.min(30, Math.max(1, Math.ceil(rows / 50)));
  const perKuan = 8;
  const perXiang = Math.min(97, Math.max(2, Math.ceil(rows / classes / perKuan) - 1));
  const tree: CodeNode[] = [];
  const node = (code: string, name: string, level: 0 | 1 | 2): CodeNode => ({ code, name, level, children: [], basic: 0, project: 0, prior: 0 });
  let left = rows;
  let lei: CodeNode | undefined;
  let kuan: CodeNode | undefined;
  let classCode = 200;
  while (left > 0) {
    // A new 项 under the current 款 while it has room, or to use up the last row.
    if (kuan && (kuan.children.length < perXiang || left < 2)) {
      const x = kuan.children.length + 1;
      kuan.children.push(node(`${kuan.code}${String(x).padStart(2, '0')}`, `${kuan.name.replace(/事务$/, '')}项目${x}`, 2));
      left -= 1;
    } else if (lei && (lei.children.length < perKuan || left < 3) && left >= 2) {
      const k = lei.children.length + 1;
      kuan = node(`${lei.code}${String(k).padStart(2, '0')}`, `${lei.name.replace(/支出$/, '')}第${k}款事务`, 1);
      lei.children.push(kuan);
      left -= 1;
    } else {
      classCode += 1;
      if (classCode > 299) throw new RangeError('too many 类 rows');
      lei = node(String(classCode), CLASS_NAMES[classCode] ?? `第${classCode - 200}类支出`, 0);
      tree.push(lei);
      kuan = undefined;
      left -= 1;
    }
  }
  return tree;
}

const leavesOf = (tree: CodeNode[]): CodeNode[] => tree.flatMap((c) => c.children.flatMap((k) => k.children));

/** Sums the leaves up into 款 and 类 (exact cents) and returns the grand totals. */
function sumUp(tree: CodeNode[]): { basic: Cents; project: Cents; prior: Cents } {
  const add = (n: CodeNode): void => {
    if (n.level === 2) return;
    n.children.forEach(add);
    n.basic = n.children.reduce((s, c) => s + c.basic, 0);
    n.project = n.children.reduce((s, c) => s + c.project, 0);
    n.prior = n.children.reduce((s, c) => s + c.prior, 0);
  };
  tree.forEach(add);
  return {
    basic: tree.reduce((s, c) => s + c.basic, 0),
    project: tree.reduce((s, c) => s + c.project, 0),
    prior: tree.reduce((s, c) => s + c.prior, 0),
  };
}

const preorder = (tree: CodeNode[]): CodeNode[] => tree.flatMap((c) => [c, ...preorder(c.children)]);

function codeColumns(withPrior: boolean, fiscalYear: number): Column[] {
  const groups = withPrior ? { groups: [`${fiscalYear} 年预算数`], year: fiscalYear } : {};
  return [
    { key: 'code', label: '科目编码', type: 'code', groups: ['功能分类科目'] },
    { key: 'name', label: '科目名称', type: 'name', groups: ['功能分类科目'] },
    ...(withPrior ? [{ key: 'prior.total', label: `${fiscalYear - 1} 年预算数`, year: fiscalYear - 1 }] : []),
    { key: 'total', label: withPrior ? '总计' : '合计', ...groups },
    { key: 'basic', label: '基本支出', ...groups },
    { key: 'project', label: '项目支出', ...groups },
  ];
}

function codeTable(title: string, attachment: string, tree: CodeNode[], withPrior: boolean, fiscalYear: number): Table {
  const totals = sumUp(tree);
  const values = (n: { basic: Cents; project: Cents; prior: Cents }): Row['values'] => ({
    ...(withPrior ? { 'prior.total': cell(n.prior) } : {}),
    total: cell(n.basic + n.project),
    basic: cell(n.basic),
    project: cell(n.project),
  });
  return {
    attachment,
    title,
    unit: '万元',
    columns: codeColumns(withPrior, fiscalYear),
    rows: [{ name: '合计', role: 'total', values: values(totals) }, ...preorder(tree).map((n) => ({ code: n.code, name: n.name, values: values(n) }))],
  };
}

const FUNDING = ['specific.personnel', 'specific.general', 'specific.livelihood', 'special.advance', 'special.carryover', 'special.municipal'] as const;
const PROJECT_AMOUNT_KEYS = ['total', 'specific.subtotal', ...FUNDING.slice(0, 3), 'special.subtotal', ...FUNDING.slice(3)] as const;

function projectIndicators(rnd: () => number, amountText: string): Indicator[] {
  // Weights 20+10+10+10+10+20+10 = 90: the other 10 points are 预算执行率, scored later.
  return [
    { level1: '产出指标', level2: '数量指标', name: '完成工作任务数', operator: '≥', value: String(1 + Math.floor(rnd() * 50)), unit: '项', weight: 20 },
    { level1: '产出指标', level2: '质量指标', name: '验收合格率', operator: '≥', value: '95', unit: '%', weight: 10 },
    { level1: '产出指标', level2: '时效指标', name: '完成时限', operator: '≤', value: '1', unit: '年', weight: 10 },
    { level1: '产出指标', level2: '成本指标', name: '项目成本', operator: '≤', value: amountText, unit: '万元', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '服务质量', operator: '定性', value: '有效提升', weight: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '持续发挥作用年限', operator: '≥', value: '3', unit: '年', weight: 20 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', operator: '≥', value: '90', unit: '%', weight: 10 },
  ];
}

/** Builds the disclosure. Throws RangeError for a scale it cannot build (codeRows < 3, units < 1). */
export function generateDisclosure(scale: Scale): BudgetDisclosure {
  const { projects: projectCount, codeRows, units } = scale;
  if (units < 1) throw new RangeError('units must be at least 1');
  const rnd = prng(scale.seed ?? 1);
  const fiscalYear = 2025;
  const deptCode = '999';
  const deptName = '合成市数据管理局（基准测试用合成数据）';

  // —— function codes: leaves get basic and prior amounts, projects add their amounts ——
  const tree = codeTree(codeRows);
  const leaves = leavesOf(tree);
  for (const leaf of leaves) {
    leaf.basic = rnd() < 0.25 ? 0 : amount(rnd, 1, 400);
    leaf.prior = amount(rnd, 1, 600);
  }

  const projectRows: Row[] = [];
  const projectList: Project[] = [];
  const fundingTotals: Record<string, Cents> = Object.fromEntries(PROJECT_AMOUNT_KEYS.map((k) => [k, 0]));
  for (let i = 1; i <= projectCount; i++) {
    const leaf = leaves[Math.floor(rnd() * leaves.length)]!;
    const cents = amount(rnd, 0.5, 300);
    leaf.project += cents;
    const source = FUNDING[rnd() < 0.7 ? Math.floor(rnd() * 3) : 3 + Math.floor(rnd() * 3)]!;
    const values: Record<string, Cell> = Object.fromEntries(PROJECT_AMOUNT_KEYS.map((k) => [k, null]));
    values.total = centsToString(cents);
    values[source] = centsToString(cents);
    values[source.startsWith('specific.') ? 'specific.subtotal' : 'special.subtotal'] = centsToString(cents);
    for (const k of PROJECT_AMOUNT_KEYS) if (values[k] !== null) fundingTotals[k]! += cents;
    const seq = String(i);
    const topic = TOPICS[i % TOPICS.length]!;
    const name = `${fiscalYear} ${topic}专项 ${String(i).padStart(5, '0')}`;
    const unitName = `数据局${1 + (i % units)}`;
    projectRows.push({ code: leaf.code, name, values, text: { seq, unit: unitName, functionName: leaf.name } });
    projectList.push({
      code: `50099925T${String(i).padStart(12, '0')}`,
      name,
      sequence: seq,
      department: `${deptCode}-数据局`,
      implementingUnit: `${deptCode}${String(1 + (i % units)).padStart(3, '0')}-数据局${1 + (i % units)}`,
      amount: centsToString(cents),
      attribute: ATTRIBUTES[i % 2]!,
      start: `${fiscalYear} 年`,
      end: '长期',
      overview: `围绕${topic}开展第 ${i} 项工作：建设、运行和维护相关系统，完成年度任务。`,
      goal: `按期完成${topic}任务，服务质量有效提升，服务对象满意度不低于 90%。`,
      functionCode: leaf.code,
      weightUnit: 'point',
      indicators: projectIndicators(rnd, centsToString(cents)),
    });
  }

  const gpb = codeTable('一般公共预算财政拨款支出预算表', '2', tree, true, fiscalYear);
  const dept = codeTable('部门支出总表', '8', tree, false, fiscalYear);

  // —— 三公: per unit, both years; 小计 = 购置 + 运行维护, 总计 = 出国 + 小计 + 接待 ——
  const items = ['abroad', 'vehiclePurchase', 'vehicleOps', 'reception'] as const;
  const sgTotals: Record<string, Cents> = {};
  const sgRows: Row[] = [];
  for (let u = 1; u <= units; u++) {
    const values: Record<string, Cell> = {};
    for (const prefix of ['prior.', '']) {
      const v = Object.fromEntries(items.map((k) => [k, rnd() < 0.2 ? 0 : amount(rnd, 0.1, 20)])) as Record<(typeof items)[number], Cents>;
      const vehicle = v.vehiclePurchase + v.vehicleOps;
      const all: Record<string, Cents> = { total: v.abroad + vehicle + v.reception, vehicle, ...v };
      for (const [k, c] of Object.entries(all)) {
        values[prefix + k] = cell(c);
        sgTotals[prefix + k] = (sgTotals[prefix + k] ?? 0) + c;
      }
    }
    sgRows.push({ code: `${deptCode}${String(u).padStart(3, '0')}`, name: `数据局${u}`, values });
  }
  const sgKeys = ['total', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOps', 'reception'];
  const sgLabels = ['总计', '因公出国(境)费用', '小计', '公务用车购置', '公务用车运行维护费', '公务接待费'];
  const sgColumns: Column[] = [
    { key: 'code', label: '单位编码', type: 'code' },
    { key: 'name', label: '单位名称', type: 'name' },
    ...['prior.', ''].flatMap((prefix) => {
      const year = prefix ? fiscalYear - 1 : fiscalYear;
      return sgKeys.map((k, i): Column => ({
        key: prefix + k,
        label: sgLabels[i]!,
        groups: /^vehicle/.test(k) ? [`${year} 年预算数`, '公务用车购置及运行费'] : [`${year} 年预算数`],
        year,
      }));
    }),
  ];
  const sgOrder = ['prior.', ''].flatMap((p) => sgKeys.map((k) => p + k));
  const sgTotalValues = Object.fromEntries(sgOrder.map((k) => [k, cell(sgTotals[k] ?? 0)]));

  const projectTotal: Record<string, Cell> = Object.fromEntries(PROJECT_AMOUNT_KEYS.map((k) => [k, cell(fundingTotals[k]!)]));
  const projectTable: Table = {
    attachment: '10',
    title: '项目支出明细表',
    unit: '万元',
    columns: [
      { key: 'seq', label: '序号', type: 'text' },
      { key: 'unit', label: '预算单位', type: 'text' },
      { key: 'code', label: '科目编码', type: 'code', groups: ['功能分类科目'] },
      { key: 'functionName', label: '科目名称', type: 'text', groups: ['功能分类科目'] },
      { key: 'name', label: '项目名称', type: 'name' },
      { key: 'total', label: '合计' },
      { key: 'specific.subtotal', label: '小计', groups: ['年初特定目标'] },
      { key: 'specific.personnel', label: '人员性项目', groups: ['年初特定目标'] },
      { key: 'specific.general', label: '一般性项目', groups: ['年初特定目标'] },
      { key: 'specific.livelihood', label: '民生配套项目', groups: ['年初特定目标'] },
      { key: 'special.subtotal', label: '小计', groups: ['上级专项'] },
      { key: 'special.advance', label: '提前下达专项', groups: ['上级专项'] },
      { key: 'special.carryover', label: '结转项目', groups: ['上级专项'] },
      { key: 'special.municipal', label: '市级专项', groups: ['上级专项'] },
    ],
    rows: [{ name: '合计', role: 'total', values: projectTotal }, ...projectRows],
  };

  const totals = sumUp(tree);
  return {
    schemaVersion: 1,
    department: {
      name: deptName,
      shortName: '合成数据局',
      code: deptCode,
      region: '合成市',
      fiscalYear,
      comparisonYear: fiscalYear - 1,
      kind: 'budget',
      unit: '万元',
    },
    tables: {
      'gpb-expenditure': gpb,
      sangong: { attachment: '4', title: '一般公共预算支出“三公”经费预算表', unit: '万元', columns: sgColumns, rows: [{ name: '合计', role: 'total', values: sgTotalValues }, ...sgRows] },
      'dept-expenditure': dept,
      'project-expenditure': projectTable,
    },
    projects: projectList,
    overallPerformance: {
      department: deptName,
      amount: centsToString(totals.basic + totals.project),
      goal: '保障机关正常运转，按期完成全部项目，服务质量和满意度稳步提升。',
      weightUnit: '%',
      indicators: Array.from({ length: 10 }, (_, i): Indicator => ({
        level1: i < 6 ? '产出指标' : i < 9 ? '效益指标' : '满意度指标',
        level2: i < 6 ? '数量指标' : i < 9 ? '社会效益指标' : '服务对象满意度指标',
        name: i < 9 ? `年度重点任务 ${i + 1} 完成数` : '服务对象满意度',
        operator: '≥',
        value: i < 9 ? String(5 + i) : '90',
        unit: i < 9 ? '项' : '%',
        weight: 10,
      })),
    },
  };
}

/** The scales the bench measures: rows = projects = function-code rows; 三公 units grow to 100. */
export function benchScale(rows: number, seed = 1): Scale {
  return { projects: rows, codeRows: rows, units: Math.min(100, Math.max(1, Math.round(rows / 100))), seed };
}
