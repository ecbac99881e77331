/**
 * The budget disclosure format, version 1: the single source of truth.
 *
 * One JSON file holds a whole 部门预算 (or 部门决算) disclosure: department metadata, the
 * narrative with the figures it states, every published table in a registry keyed by kind,
 * the projects with their performance targets and the department's overall targets.
 *
 * TypeScript types are inferred from these schemas; `data/budget-disclosure.schema.json` is
 * generated from them (`npm run schema`). Browser code imports only `zod/mini` so the
 * validator stays a few KB.
 *
 * Amounts are JSON *strings* ("291.00", "258.24", "291"): a JSON number would lose the
 * published trailing zeros and invite binary floating point. They are parsed into integer
 * hundredths by `money.ts` before any sum or comparison.
 */
import * as z from 'zod/mini';
import { AMOUNT_PATTERN, CELL_MARKS, SCHEMA_VERSION } from './constants.js';
import { KNOWN_TABLE_KINDS } from './known-kinds.js';

export * from './constants.js';
export { KNOWN_TABLE_KINDS } from './known-kinds.js';

const text = (description: string) => z.string().check(z.describe(description));
const optionalText = (description: string) => z.optional(text(description));

export const Amount = z
  .string()
  .check(
    z.regex(AMOUNT_PATTERN, 'amount'),
    z.describe(
      'An amount exactly as published, as a string: digits, optional minus, at most two decimals ("291.00", "3.5", "-21.49"). No thousands separators or units.',
    ),
  );

/** One amount cell: an amount, a published non-numeric mark, or null for an empty cell. */
export const Cell = z.nullable(
  z.union([Amount, z.enum(CELL_MARKS).check(z.describe('A non-numeric mark printed in the cell, kept as published.'))]),
);

export const AmountUnit = z
  .enum(['元', '万元', '亿元'])
  .check(z.describe('The unit every amount of the file (or table) is published in.'));

export const Side = z.enum(['income', 'expenditure']).check(
  z.describe('For two-sided tables (收支总表): which side a column or row belongs to.'),
);

export const Column = z.strictObject({
  key: text(
    'Identifier of the column, unique per side of the table. "code" and "name" are the row code and name; other keys follow the conventions of the table kind (README: data format).',
  ),
  label: text('The column heading as published, e.g. "基本支出".'),
  type: z.optional(
    z.enum(['code', 'name', 'text', 'amount']).check(
      z.describe('What the column holds; defaults to "amount". "text" columns read Row.text[key].'),
    ),
  ),
  groups: z.optional(
    z.array(z.string()).check(
      z.describe('The spanning headings above this column, outermost first, e.g. ["2023 年预算数"].'),
    ),
  ),
  year: z.optional(z.number().check(z.int(), z.describe('The fiscal year the column refers to, when it says.'))),
  side: z.optional(Side),
});

export const Row = z.strictObject({
  code: optionalText('Classification code as published: function (201, 20137, 2013701), economic (301, 30101) or unit code.'),
  name: text('The row heading as published, e.g. "行政运行" or "合计".'),
  role: z.optional(
    z.enum(['total', 'subtotal']).check(z.describe('"total" for 合计/总计 rows, "subtotal" for other published sums.')),
  ),
  side: z.optional(Side),
  values: z
    .record(z.string(), Cell)
    .check(z.describe('Amount cells by column key. An empty published cell is null (or absent), never 0.')),
  text: z.optional(z.record(z.string(), z.string()).check(z.describe('Text cells by column key (columns of type "text").'))),
});

export const Table = z.strictObject({
  attachment: optionalText('The attachment number in the source document, e.g. "2" for 附件 2.'),
  title: text('The table title as published, without the department name.'),
  unit: z.optional(AmountUnit),
  columns: z.array(Column).check(z.describe('Every published column, in order, including code and name.')),
  rows: z.array(Row).check(z.describe('Every published row, in order; an empty table has none.')),
  notes: z.optional(z.array(z.string()).check(z.describe('Notes printed under the table (备注).'))),
  emptyNote: optionalText('The sentence published for an empty table, e.g. "我单位无政府性基金预算支出。"'),
});

export const TableKind = z
  .string()
  .check(
    z.regex(/^[a-z][a-z0-9-]*$/, 'kebab-case'),
    z.describe(`A table kind. Known kinds: ${KNOWN_TABLE_KINDS.join(', ')}. Other kebab-case kinds are kept and shown by <budget-table>.`),
  );

/** Tables by kind. A missing table is not an error: widgets say it was not published. */
export const TableRegistry = z.record(TableKind, Table);

export const Operator = z
  .enum(['≥', '≤', '=', '>', '<', '定性'])
  .check(z.describe('指标性质: a comparison for quantitative targets, 定性 for qualitative ones.'));

export const Indicator = z.strictObject({
  level1: optionalText('一级指标, e.g. 产出指标, 效益指标, 满意度指标.'),
  level2: optionalText('二级指标, e.g. 数量指标, 社会效益指标.'),
  name: text('三级指标 (or 指标 in the overall table): the indicator as published.'),
  operator: Operator,
  value: text('指标值 as published: a number ("350") or, for 定性, text ("好").'),
  unit: optionalText('计量单位 as published, e.g. "天", "%", "万元".'),
  weight: z.optional(z.number().check(z.minimum(0), z.describe('权重 as a number; see weightUnit of the owner.'))),
  direction: z.optional(z.enum(['正向', '反向']).check(z.describe('Direction, where published apart from the operator.'))),
});

export const Project = z.strictObject({
  code: optionalText('项目编码, e.g. "50015223T000003492534".'),
  name: text('项目名称 as published, without the code.'),
  sequence: optionalText('The number of the project target table, e.g. "1" for 项目绩效目标表-1.'),
  department: optionalText('主管部门 as published, e.g. "307-网信办".'),
  implementingUnit: optionalText('实施单位 as published.'),
  amount: z.optional(Amount),
  attribute: optionalText('项目属性, e.g. 新增, 延续.'),
  start: optionalText('项目起始时间 as published.'),
  end: optionalText('项目终止时间 as published.'),
  overview: optionalText('项目概况.'),
  basis: optionalText('立项依据.'),
  goal: optionalText('项目当年绩效目标.'),
  functionCode: optionalText('The function code the project is paid under, when known.'),
  weightUnit: z.optional(z.enum(['point', '%']).check(z.describe('How weights are published: points (default) or percent.'))),
  indicators: z.array(Indicator),
});

export const OverallPerformance = z.strictObject({
  department: optionalText('部门(单位)名称 as published.'),
  amount: z.optional(Amount),
  goal: text('当年整体绩效目标.'),
  weightUnit: z.optional(z.enum(['point', '%'])),
  indicators: z.array(Indicator),
  contact: optionalText('联系人.'),
  phone: optionalText('联系电话.'),
});

export const Figure = z.strictObject({
  key: text('What the figure is, e.g. "income.total", "sangong.change" (README: stated figures).'),
  value: Amount,
  unit: optionalText('The unit when it is not the file\'s amount unit, e.g. "辆".'),
  reason: optionalText('The reason the narrative gives for it, e.g. "主要是公用经费减少".'),
  section: optionalText('The key of the narrative section that states it.'),
});

export const Section = z.strictObject({
  key: text('A stable identifier, e.g. "functions", "composition", "income", "sangong".'),
  heading: text('The heading as published, e.g. "（一）职能职责".'),
  paragraphs: z.array(z.string()),
});

export const Narrative = z.strictObject({
  sections: z.array(Section).check(z.describe('The explanatory text, section by section, exactly as published.')),
  figures: z.array(Figure).check(z.describe('Key figures the text states, kept as numbers so checks can compare them with the tables.')),
  glossary: z.array(z.strictObject({ term: z.string(), definition: z.string() })),
});

export const Organisation = z.strictObject({
  internalUnits: z.optional(z.array(z.string()).check(z.describe('内设机构.'))),
  subordinateUnits: z.optional(z.array(z.string()).check(z.describe('下属单位.'))),
  staffing: z.optional(
    z.array(z.strictObject({ label: z.string(), count: z.number().check(z.int(), z.minimum(0)), unit: z.optional(z.string()) })),
  ),
});

export const Department = z.strictObject({
  name: text('The department\'s full name as published.'),
  shortName: optionalText('The short name used in the text, e.g. "区委网信办".'),
  code: optionalText('The department code, e.g. "307".'),
  region: text('The region, e.g. "重庆市潼南区".'),
  fiscalYear: z.number().check(z.int(), z.describe('The year the disclosure is for.')),
  comparisonYear: z.optional(z.number().check(z.int(), z.describe('The prior year the tables compare with.'))),
  kind: z.enum(['budget', 'final']).check(z.describe('budget = 部门预算, final = 部门决算.')),
  unit: AmountUnit,
  published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.describe('Publication date, YYYY-MM-DD.'))),
  contact: z.optional(z.strictObject({ name: z.optional(z.string()), phone: z.optional(z.string()) })),
  source: z.optional(
    z.strictObject({
      title: text('The title of the source document.'),
      url: z.optional(
        z.string().check(
          z.describe(
            'Where the source document is published, on the same site: a relative address ("/xxgk/2024/budget.pdf", "source/budget.txt", resolved against the data file) or an http(s) address on the site of the page or of the data file, without user name or password. Widgets link to nothing else (the title is shown without a link).',
          ),
        ),
      ),
    }),
  ),
  organisation: z.optional(Organisation),
});

export const BudgetDisclosure = z.strictObject({
  $schema: z.optional(z.string()),
  // The JSON Schema convention for a comment: where a file was transcribed from, by whom, when.
  $comment: optionalText('A note about the file itself (provenance, who transcribed it); ignored by the widgets.'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  department: Department,
  narrative: z.optional(Narrative),
  tables: TableRegistry,
  projects: z.optional(z.array(Project)),
  overallPerformance: z.optional(OverallPerformance),
});

export type BudgetDisclosure = z.infer<typeof BudgetDisclosure>;
export type Department = z.infer<typeof Department>;
export type Table = z.infer<typeof Table>;
export type Column = z.infer<typeof Column>;
export type Row = z.infer<typeof Row>;
export type Cell = z.infer<typeof Cell>;
export type Project = z.infer<typeof Project>;
export type Indicator = z.infer<typeof Indicator>;
export type OverallPerformance = z.infer<typeof OverallPerformance>;
export type Figure = z.infer<typeof Figure>;
export type AmountUnit = z.infer<typeof AmountUnit>;
