/**
 * Validation at the boundary: schema first, then the schema version, with every problem
 * translated into plain words (zh and en) and a place in the file. Shared by the browser data
 * layer and the CLI; raw validator text never reaches people (callers may log the raw issues).
 *
 * Each zod issue code has its own wording: what the place should hold, what it holds, and how
 * to fix it. Amount cells get a dedicated message because they are where district editors
 * slip most (numbers instead of strings, three decimals, thousands separators, units).
 *
 * The verdict (valid or not) is validate-core.ts, the browser's small synchronous fast path;
 * the browser loads this module only when a file fails.
 */
import * as z from 'zod/mini';
import { Amount, BudgetDisclosure, Cell, CELL_MARKS, SCHEMA_VERSION } from './schema.js';
import { acceptDisclosure, type Problem, type ValidationResult } from './validate-core.js';
import { amountRangeProblems } from './amount-range.js';
import { MAX_DEPTH, tooDeep, type TooDeep } from './depth.js';
import { jsonQuote, showInvisible } from './invisible.js';
import { formatPath } from './path.js';
import { nearest } from './nearest.js';
import { own } from './own.js';

export { nearest } from './nearest.js';

export type { Problem, ValidationResult } from './validate-core.js';

type Issue = z.core.$ZodIssue;
type Msg = { zh: string; en: string };

/** Formats a path array as a JSON path people can find in their editor (see path.ts). */
export { formatPath } from './path.js';

// ——— reading the schema at a path (for known keys and descriptions) ———

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  options?: z.core.$ZodType[];
}
const defOf = (s: z.core.$ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strips optional/nullable wrappers. */
function unwrap(s: z.core.$ZodType): z.core.$ZodType {
  let cur = s;
  for (let d = defOf(cur); (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType; d = defOf(cur)) cur = d.innerType;
  return cur;
}

/** The schema that describes the value at `path`, or undefined when the path leaves the schema. */
export function schemaAt(path: readonly PropertyKey[], root: z.core.$ZodType = BudgetDisclosure): z.core.$ZodType | undefined {
  let cur: z.core.$ZodType | undefined = root;
  for (const p of path) {
    if (!cur) return undefined;
    const d = defOf(unwrap(cur));
    if (d.type === 'object') cur = d.shape?.[String(p)];
    else if (d.type === 'array') cur = d.element;
    else if (d.type === 'record') cur = d.valueType;
    else return undefined;
  }
  return cur;
}

function knownKeys(path: readonly PropertyKey[]): string[] {
  const s = schemaAt(path);
  const d = s && defOf(unwrap(s));
  return d?.type === 'object' ? Object.keys(d.shape ?? {}) : [];
}

function description(s: z.core.$ZodType | undefined): string | undefined {
  for (let cur = s; cur; ) {
    const meta = z.globalRegistry.get(cur) as { description?: string } | undefined;
    if (meta?.description) return meta.description.replace(/[.。]\s*$/, '');
    const inner: z.core.$ZodType | undefined = defOf(cur).innerType;
    cur = inner;
  }
  return undefined;
}

// ——— describing values ———

const TYPE_NAMES: Record<string, Msg> = {
  string: { zh: '文本（字符串）', en: 'a text string' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  object: { zh: '对象 {…}', en: 'an object {…}' },
  record: { zh: '对象 {…}', en: 'an object {…}' },
  array: { zh: '数组 […]', en: 'an array […]' },
  null: { zh: 'null', en: 'null' },
};
const typeName = (t: string): Msg => TYPE_NAMES[t] ?? { zh: t, en: t };

function show(v: unknown): Msg {
  if (v === undefined) return { zh: '（缺失）', en: '(missing)' };
  if (Array.isArray(v)) return { zh: `数组（${v.length} 项）`, en: `an array of ${v.length}` };
  if (v !== null && typeof v === 'object') return { zh: '对象 {…}', en: 'an object {…}' };
  const s = jsonQuote(v);
  const t = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return { zh: t, en: t };
}

function amountMessage(input: unknown, isCell: boolean): Msg {
  const found = show(input).zh;
  let fix: Msg;
  if (typeof input === 'number') {
    fix = { zh: `请加上引号写成字符串，保留公布的小数位，如 "${input}"`, en: `write it in quotes, keeping the published decimals, e.g. "${input}"` };
    if (!/^-?\d+(\.\d{1,2})?$/.test(String(input))) fix = { zh: '请加上引号写成字符串，并按公布的数字最多保留两位小数', en: 'write it in quotes with at most the two published decimals' };
  } else if (typeof input === 'string' && /^-?\d{1,3}([,，]\d{3})+(\.\d{1,2})?$/.test(input)) {
    fix = { zh: `请去掉千分位逗号，写成 "${input.replace(/[,，]/g, '')}"`, en: `remove the thousands separators: "${input.replace(/[,，]/g, '')}"` };
  } else if (typeof input === 'string' && /^-?\d+[,，]\d{1,2}$/.test(input)) {
    // "7,00" is a decimal comma, not a thousands separator: removing it would make the amount 100 times larger.
    const dot = input.replace(/[,，]/, '.');
    fix = { zh: `逗号在这里是小数点吗？小数点请用 "."，写成 "${dot}"`, en: `if the comma is a decimal comma, use a point: "${dot}"` };
  } else if (typeof input === 'string' && /[,，]/.test(input)) {
    fix = { zh: '请去掉逗号：核对公布的数字，千分位逗号删去，小数点用 "."', en: 'remove the commas: check the published figure, drop thousands separators and use "." for decimals' };
  }
  else if (typeof input === 'string' && /[元万亿\s]/.test(input)) fix = { zh: '请去掉单位和空格，单位写在 department.unit 或表格的 unit 中', en: 'remove the unit and spaces; the unit belongs in department.unit or the table’s unit' };
  else if (typeof input === 'string' && /^-?\d+\.\d{3,}$/.test(input)) fix = { zh: '请按公布的数字填写，最多两位小数', en: 'copy the published figure, which has at most two decimals' };
  else fix = { zh: '请按公布的数字填写', en: 'copy the figure as published' };
  const cellHint: Msg = isCell
    ? { zh: `；空单元格写 null，公布的非数字符号可写 ${CELL_MARKS.map((m) => `"${m}"`).join(' ')}`, en: `; an empty cell is null, and a printed mark may be one of ${CELL_MARKS.map((m) => `"${m}"`).join(' ')}` }
    : { zh: '', en: '' };
  return {
    zh: `金额应为最多两位小数的数字字符串，如 "258.24"，实际为 ${found}。${fix.zh}${cellHint.zh}。`,
    en: `An amount must be a string of digits with at most two decimals, such as "258.24"; found ${found}. Please ${fix.en}${cellHint.en}.`,
  };
}

/** Spellings people type for the enum values of the format (operators, units, kinds). */
const VALUE_ALIASES: Record<string, string> = {
  '>=': '≥', '=>': '≥', '<=': '≤', '=<': '≤', '==': '=', 定量: '=', qualitative: '定性',
  预算: 'budget', 决算: 'final', yuan: '元', 万: '万元', 亿: '亿元',
};

const isAmountSchema = (s: z.core.$ZodType | undefined) => !!s && (unwrap(s) === (Amount as z.core.$ZodType) || s === (Cell as z.core.$ZodType) || unwrap(s) === unwrap(Cell));

/** A required key that is absent: name it, say what it holds and where it goes. */
/** What a required key holds, in Chinese: the hint the English message takes from the schema's description. */
const ZH_HINTS: Record<string, string> = {
  schemaVersion: '数据格式的版本号，写 1',
  department: '部门信息（名称、地区、年度、类型、金额单位）',
  tables: '公布的各表，以表格类型为键，如 "gpb-expenditure"',
  name: '名称，按公布的原文填写，如 "行政运行" 或 "合计"',
  region: '地区，如 "重庆市潼南区"',
  fiscalYear: '预算（决算）年度，如 2023',
  kind: '"budget"（部门预算）或 "final"（部门决算）',
  unit: '金额单位："元"、"万元" 或 "亿元"',
  title: '表或文件的标题，按公布的原文填写',
  columns: '按公布顺序列出的全部列，包括编码列和名称列',
  rows: '按公布顺序列出的全部行；空表写 []',
  values: '本行各列的金额，以列键为键，如 { "total": "258.24" }',
  key: '键：列的列键（如 "total"）或数字的键（如 "income.total"）',
  label: '列标题，按公布的原文填写，如 "基本支出"',
  value: '数值，按公布的原文填写，如 "258.24"',
  operator: '运算符：≥、≤、= 或 定性',
  indicators: '绩效指标的列表',
  goal: '当年整体绩效目标',
  heading: '标题，按公布的原文填写，如 "（一）职能职责"',
  paragraphs: '本节的段落文字（列表）',
  sections: '文字说明，逐节照录',
  figures: '文字说明中的关键数字（列表，可为 []）',
  glossary: '名词解释（列表，可为 []）',
};

/**
 * The same key means different things in different places ("name" is a row's, a project's, an
 * indicator's or the department's): hints by the key's owner, the nearest named segment of its
 * path (department, projects, indicators …), before the hints by the key alone.
 */
const ZH_HINTS_IN: Record<string, Record<string, string>> = {
  department: { name: '部门全称，按公布的原文填写，如 "中共重庆市潼南区委网络安全和信息化委员会办公室"' },
  projects: { name: '项目名称，按公布的原文填写，不含项目编码' },
  indicators: { name: '指标名称（三级指标；整体绩效目标表中为指标），按公布的原文填写', value: '指标值，按公布的原文填写：数字如 "350"，定性指标写文字如 "好"' },
  figures: { key: '这个数字是什么，如 "income.total"、"sangong.change"' },
  sections: { key: '本节的标识，如 "functions"、"income"、"sangong"' },
  source: { title: '来源文件（公开文件）的标题，按公布的原文填写' },
  glossary: { term: '名词，按公布的原文填写', definition: '名词的解释，按公布的原文填写' },
  staffing: { label: '编制类别，如 "行政编制"', count: '人数（整数）' },
};

/** The Chinese hint for the key at the end of `at`, by its owner first (ZH_HINTS_IN), else by the key. */
function zhHint(at: readonly PropertyKey[]): string | undefined {
  const key = String(at[at.length - 1] ?? '');
  const owner = [...at.slice(0, -1)].reverse().find((s): s is string => typeof s === 'string');
  return (owner === undefined ? undefined : own(own(ZH_HINTS_IN, owner), key)) ?? own(ZH_HINTS, key);
}

function missingKey(at: readonly PropertyKey[], type: Msg, expected: string): Problem {
  const key = String(at[at.length - 1] ?? '');
  const parent = formatPath(at.slice(0, -1));
  const what = description(schemaAt(at));
  const hint = zhHint(at);
  return {
    path: formatPath(at),
    message: {
      // The schema's descriptions are English: a Chinese reader gets the hint in Chinese for the
      // keys the format requires, else the English one marked as such (issue 11).
      zh: `缺少必填字段 "${key}"（${type.zh}）。请在 ${parent} 中添加它${hint ? `。它是${hint}` : what ? `。字段说明（英文）：${what}` : ''}。`,
      en: `The required key "${key}" (${type.en}) is missing. Add it to ${parent}${what ? `. It holds: ${what}` : ''}.`,
    },
    expected,
  };
}

/** Plain words for one issue. `root` is the parsed file, to read what the place holds. */
export function describeIssue(issue: Issue, root: unknown): Problem[] {
  const path = formatPath(issue.path);
  const input = 'input' in issue ? issue.input : undefined;
  const schema = schemaAt(issue.path);
  const problem = (message: Msg, expected?: string, found?: unknown): Problem => ({
    path,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(found !== undefined ? { found: show(found).en } : {}),
  });
  switch (issue.code) {
    case 'invalid_type': {
      if (isAmountSchema(schema) && input !== undefined) return [problem(amountMessage(input, schema === Cell), 'amount', input)];
      if (input === undefined) return [missingKey(issue.path, typeName(issue.expected), issue.expected)];
      const t = typeName(issue.expected);
      const found = show(input);
      const hint: Msg = typeof input === 'string' && (issue.expected === 'number' || issue.expected === 'int') && /^-?\d+(\.\d+)?$/.test(input)
        ? { zh: `去掉引号，写成 ${input}`, en: `remove the quotes: ${input}` }
        : issue.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')
          ? { zh: `加上引号，写成 "${String(input)}"`, en: `put it in quotes: "${String(input)}"` }
          : issue.expected === 'int' && typeof input === 'number'
          ? { zh: '写成整数', en: 'use a whole number' }
          : { zh: `改为${t.zh}`, en: `change it to ${t.en}` };
      return [problem({ zh: `应为${t.zh}，实际为 ${found.zh}。请${hint.zh}。`, en: `Expected ${t.en}, found ${found.en}. Please ${hint.en}.` }, issue.expected, input)];
    }
    case 'invalid_format': {
      if (issue.message === 'amount' || isAmountSchema(schema)) return [problem(amountMessage(input, false), 'amount', input)];
      const pattern = 'pattern' in issue ? String(issue.pattern) : issue.format;
      if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) {
        return [problem({ zh: `日期应写成 YYYY-MM-DD，如 "2023-02-10"，实际为 ${show(input).zh}。`, en: `A date must be written YYYY-MM-DD, e.g. "2023-02-10"; found ${show(input).en}.` }, 'YYYY-MM-DD', input)];
      }
      return [problem({ zh: `格式不正确（应符合 ${pattern}），实际为 ${show(input).zh}。`, en: `Wrong format (expected ${pattern}); found ${show(input).en}.` }, pattern, input)];
    }
    case 'invalid_union': {
      if (isAmountSchema(schema)) return [problem(amountMessage(input, true), 'amount', input)];
      return [problem({ zh: `值 ${show(input).zh} 不符合此处允许的任何形式。`, en: `The value ${show(input).en} matches none of the forms allowed here.` }, undefined, input)];
    }
    case 'invalid_value': {
      if (input === undefined) {
        const values = issue.values.map((v) => JSON.stringify(v)).join(' | ');
        return [missingKey(issue.path, { zh: values, en: values }, values)];
      }
      const values = issue.values.map((v) => JSON.stringify(v));
      const alias = typeof input === 'string' ? VALUE_ALIASES[input.trim()] : undefined;
      const guess = alias && issue.values.includes(alias) ? alias : typeof input === 'string' ? nearest(input, issue.values.map(String)) : undefined;
      const g: Msg = guess ? { zh: `是否应为 "${guess}"？`, en: ` Did you mean "${guess}"?` } : { zh: '', en: '' };
      return [
        problem({
          zh: `应为 ${values.join('、')} 之一，实际为 ${show(input).zh}。${g.zh}`,
          en: `Expected one of ${values.join(', ')}; found ${show(input).en}.${g.en}`,
        }, values.join(' | '), input),
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeys(issue.path);
      const here = getAt(root, issue.path);
      // Suggest only keys the object does not already have: "departmen" next to a present
      // "department" is a stray copy, not a typo to rename.
      const free = known.filter((k) => !(here !== null && typeof here === 'object' && k in here));
      return issue.keys.map((key) => {
        const guess = nearest(key, free);
        const keyPath = formatPath([...issue.path, key]);
        return {
          path: keyPath,
          message: {
            zh: `未知字段 ${show(key).zh}。${guess ? `是否应为 "${guess}"？` : ''}此处允许的字段：${known.join('、')}。`,
            en: `Unknown key ${show(key).en}.${guess ? ` Did you mean "${guess}"?` : ''} Keys allowed here: ${known.join(', ')}.`,
          },
          found: show(key).en,
          ...(guess ? { expected: guess } : {}),
        };
      });
    }
    case 'invalid_key':
      return [kindProblem(path, String(issue.path[issue.path.length - 1]))];
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = String(small ? issue.minimum : issue.maximum);
      const what: Msg = issue.origin === 'array' ? { zh: '项数', en: 'number of items' } : issue.origin === 'string' ? { zh: '长度', en: 'length' } : { zh: '值', en: 'value' };
      const rel: Msg = small ? { zh: issue.inclusive ? '不小于' : '大于', en: issue.inclusive ? 'at least' : 'more than' } : { zh: issue.inclusive ? '不大于' : '小于', en: issue.inclusive ? 'at most' : 'less than' };
      return [problem({ zh: `${what.zh}应${rel.zh} ${limit}，实际为 ${show(input).zh}。`, en: `The ${what.en} must be ${rel.en} ${limit}; found ${show(input).en}.` }, `${small ? '≥' : '≤'} ${limit}`, input)];
    }
    case 'not_multiple_of':
      return [problem({ zh: `应为 ${String(issue.divisor)} 的倍数，实际为 ${show(input).zh}。`, en: `Must be a multiple of ${String(issue.divisor)}; found ${show(input).en}.` }, undefined, input)];
    default:
      return [problem({ zh: `此处的值 ${show(input).zh} 不符合数据格式。`, en: `The value ${show(input).en} does not fit the data format here.` }, undefined, input)];
  }
}

/** A table kind that is not kebab-case. */
function kindProblem(path: string, key: string): Problem {
  return {
    path,
    message: {
      zh: `表格类型 ${show(key).zh} 只能由小写字母、数字和连字符组成（kebab-case），如 "gpb-expenditure"。`,
      en: `The table kind ${show(key).en} must be lower-case letters, digits and hyphens (kebab-case), e.g. "gpb-expenditure".`,
    },
    expected: 'kebab-case',
    found: show(key).en,
  };
}

/**
 * zod's records skip an own "__proto__" key without a word (copying it would replace the
 * prototype of the output), so such a key would vanish from a file that then passes; the verdict
 * (json-schema-subset.ts) refuses it. A table kind "__proto__" is not kebab-case and is reported
 * like any other bad kind; in other records (a row's values or text) the key itself is the problem.
 */
function protoKeys(json: unknown): Problem[] {
  const problems: Problem[] = [];
  // A stack, not recursion: a rejected file may nest deeper than the call stack allows.
  const stack: [unknown, PropertyKey[]][] = [[json, []]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, path] = next;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, [...path, i]]));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (key !== '__proto__') {
        stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
        continue;
      }
      // zod reports it itself, as an unknown key, where the schema is an object, not a record.
      const schema = schemaAt(path);
      if (!schema || defOf(unwrap(schema)).type !== 'record') continue;
      // Bracketed: `x.__proto__` reads as the prototype, not as a key of that name.
      const at = `${formatPath(path)}["__proto__"]`;
      if (path.length === 1 && path[0] === 'tables') problems.push(kindProblem(at, key));
      else {
        problems.push({
          path: at,
          message: {
            zh: '键名 "__proto__" 不能使用：JavaScript 程序读取时会把它丢掉。请删除或改名。',
            en: 'The key "__proto__" cannot be used: JavaScript programs drop it when they read the file. Remove or rename it.',
          },
          found: '"__proto__"',
        });
      }
    }
  }
  return problems;
}

/** How many objects and arrays a file of the format nests at most (6). */
export function schemaDepth(s: z.core.$ZodType): number {
  const d = defOf(unwrap(s));
  const inner = (list: (z.core.$ZodType | undefined)[]) => Math.max(0, ...list.map((x) => (x ? schemaDepth(x) : 0)));
  if (d.type === 'object') return 1 + inner(Object.values(d.shape ?? {}));
  if (d.type === 'array') return 1 + inner([d.element]);
  if (d.type === 'record') return 1 + inner([d.valueType]);
  if (d.type === 'union') return inner(d.options ?? []);
  return 0;
}

/**
 * A file nested far deeper than the format can be is refused before anything walks it (the
 * describer, zod and protoKeys all cost more per level than its size). The place named is where
 * the file leaves the format's shape: the first key the schema does not know, or the first that
 * should hold text, a number or a cell (`department.name` holding 10,000 nested arrays).
 */
function depthProblem(deep: TooDeep): Problem {
  let at = deep.path;
  for (let i = 1; i <= deep.path.length; i++) {
    const s = schemaAt(deep.path.slice(0, i));
    const type = s && defOf(unwrap(s)).type;
    if (type !== 'object' && type !== 'array' && type !== 'record') {
      at = deep.path.slice(0, i);
      break;
    }
  }
  const most = schemaDepth(BudgetDisclosure);
  return {
    path: formatPath(at),
    message: {
      zh: `嵌套层级过深：此处的数据在第 ${deep.depth} 层仍有对象 {…} 或数组 […]（最多允许 ${MAX_DEPTH} 层，本数据格式只有 ${most} 层）。请删除多余的嵌套；文件可能是程序出错生成的。`,
      en: `Nested too deep: the data here still opens an object {…} or array […] at level ${deep.depth} (at most ${MAX_DEPTH} levels are read; the format itself has ${most}). Remove the extra nesting; the file may have been written by a faulty program.`,
    },
    expected: `≤ ${MAX_DEPTH} levels`,
    found: `level ${deep.depth}`,
  };
}

function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[p] : undefined;
  return cur;
}

/**
 * The row a problem is in, as people count and name it: "第 4 行（2070101 群众文化）" / "row 4
 * (2070101 群众文化)". The JSON path keeps counting from 0 (`rows[3]`, what editors and JSON
 * tools use); a data author reading the table counts from 1 and looks for the code and name.
 * Undefined outside a table row. The code and name are shown only when they are text, with
 * invisible characters written out and long names cut.
 */
function rowPlace(root: unknown, path: readonly PropertyKey[]): Msg | undefined {
  const i = path.lastIndexOf('rows');
  const n = path[i + 1];
  if (i < 0 || typeof n !== 'number') return undefined;
  const row = getAt(root, path.slice(0, i + 2)) as { code?: unknown; name?: unknown } | undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? showInvisible(v.trim()).slice(0, 40) : '');
  const label = [text(row?.code), text(row?.name)].filter(Boolean).join(' ');
  return { zh: `第 ${n + 1} 行${label ? `（${label}）` : ''}`, en: `row ${n + 1}${label ? ` (${label})` : ''}` };
}

/** The problem with its row named first, when it is in a table row. */
function inRow(p: Problem, root: unknown, path: readonly PropertyKey[]): Problem {
  const row = rowPlace(root, path);
  if (!row) return p;
  return { ...p, message: { zh: `${row.zh}：${p.message.zh}`, en: `${row.en[0]!.toUpperCase()}${row.en.slice(1)}: ${p.message.en}` } };
}

/**
 * Validates parsed JSON as a budget disclosure and, when it is refused, says why: every problem in
 * plain words with its place. Synchronous and never throws; Node code and the builder call it, and
 * the browser loads it only for a file the fast verdict refused (validate-core.ts validateDisclosure,
 * the asynchronous public API, is the same verdict).
 */
export function explainDisclosure(json: unknown): ValidationResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return {
      ok: false,
      problems: [{
        path: '(root)',
        message: { zh: `文件应为一个 JSON 对象 {…}，实际为 ${show(json).zh}。`, en: `The file must hold one JSON object {…}; found ${show(json).en}.` },
        expected: 'object',
        found: show(json).en,
      }],
    };
  }
  const top = json as Record<string, unknown>;
  if (!('schemaVersion' in top) && typeof top.$schema === 'string' && /json-schema\.org/.test(top.$schema) && 'properties' in top) {
    return {
      ok: false,
      problems: [{
        path: '$schema',
        message: {
          zh: '这是描述数据格式的 JSON Schema 文件，不是预算数据文件。请校验引用它的数据文件。',
          en: 'This is the JSON Schema that describes the format, not a budget data file. Validate the data files that reference it.',
        },
      }],
    };
  }
  if ('schemaVersion' in json && (json as { schemaVersion: unknown }).schemaVersion !== SCHEMA_VERSION) {
    const v = show((json as { schemaVersion: unknown }).schemaVersion).en;
    return {
      ok: false,
      problems: [{
        path: 'schemaVersion',
        message: {
          zh: `数据格式版本为 ${v}，本工具只支持版本 ${SCHEMA_VERSION}。请写 "schemaVersion": ${SCHEMA_VERSION}，或使用读取该版本的工具。`,
          en: `The file is format version ${v}; this kit reads version ${SCHEMA_VERSION}. Write "schemaVersion": ${SCHEMA_VERSION}, or use a kit that reads that version.`,
        },
        expected: String(SCHEMA_VERSION),
        found: v,
      }],
    };
  }
  // The verdict is the browser's fast path's (validate-core.ts), so both always agree.
  const data = acceptDisclosure(json);
  if (data) {
    // The shape fits; the amounts may still leave the range the kit computes exactly.
    const problems = amountRangeProblems(data);
    return problems.length ? { ok: false, problems } : { ok: true, data };
  }
  // A valid file is never this deep (its depth is the format's), so only refused files pay for the walk.
  const deep = tooDeep(json);
  if (deep) return { ok: false, problems: [depthProblem(deep)] };
  const result = BudgetDisclosure.safeParse(json, { reportInput: true });
  const problems = [...protoKeys(json), ...(result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(issue, json).map((p) => inRow(p, json, issue.path))))];
  // Unreachable while the verdict and zod agree (test/unit/json-schema-subset.test.ts); a file is
  // never refused without a word.
  if (!problems.length) {
    problems.push({
      path: '(root)',
      message: {
        zh: '文件不符合数据格式，但未能确定具体位置。请用 JSON Schema（data/budget-disclosure.schema.json）检查。',
        en: 'The file does not fit the format, but the place could not be determined. Check it against the JSON Schema (data/budget-disclosure.schema.json).',
      },
    });
  }
  return { ok: false, problems };
}
