/**
 * The known table kinds and the column keys each one uses. Data files, the checks and the
 * widgets all speak these keys, so a district's file with a different layout still works as
 * long as it names its columns the same way. Columns a kind does not list are allowed and
 * shown; a missing column is simply not published.
 *
 * Conventions:
 *  - `code` and `name` are the row code and row heading (Column.type "code" / "name").
 *  - Current-year amount columns have plain keys (`total`, `basic`); prior-year columns are
 *    prefixed `prior.` (`prior.total`).
 *  - Two-sided tables (收支总表) tag columns and rows with `side: "income" | "expenditure"`;
 *    keys are unique per side.
 *  - Rows: `role: "total"` for 合计/总计, `role: "subtotal"` for other published sums
 *    (e.g. 一、本年收入, 本年收入合计). Row codes are only those published; none are invented.
 */
import type { KnownTableKind } from './schema.js';
import type { ColumnKey, SangongKey, SourceKey } from './columns.js';
import { FINAL_FIGURE_KEYS, FINAL_TABLE_KINDS } from './table-kinds-final.js';

export interface KindSpec<K extends KnownTableKind = KnownTableKind> {
  /** The usual Chongqing attachment number. */
  attachment?: number;
  /** The usual title. */
  title: string;
  /**
   * Every column key of the kind (columns.ts) with its usual heading: a key added, renamed or
   * removed there and not here (or the other way round) does not compile.
   */
  columns: Record<ColumnKey<K>, string>;
  /** Classification of the `code` column, for the 类/款/项 tree. */
  codes?: 'function' | 'economic' | 'unit';
  twoSided?: boolean;
  /** Printed as two halves side by side (决算 table 6: 人员经费 | 公用经费); see kind-flags.ts. */
  halves?: boolean;
}

/** Funding-source columns shared by 部门收入总表 and 政府采购预算明细表. */
const SOURCES: Record<SourceKey, string> = {
  carryover: '上年结转结余资金',
  gpb: '一般公共预算拨款收入',
  govFund: '政府性基金预算拨款收入',
  stateCapital: '国有资本经营预算拨款收入',
  business: '事业收入',
  specialAccount: '财政专户管理收入',
  superior: '上级补助收入',
  subordinate: '附属单位上缴收入',
  operating: '事业单位经营收入',
  other: '其他收入',
} as const;

/** The three public expenses, per year. `vehicle` = 小计 of 购置 + 运行维护. */
const SANGONG: Record<SangongKey, string> = {
  total: '总计',
  abroad: '因公出国(境)费用',
  vehicle: '公务用车购置及运行费 小计',
  vehiclePurchase: '公务用车购置',
  vehicleOps: '公务用车运行维护费',
  reception: '公务接待费',
};

/** The same headings for last year's columns: `prior.total` → "上年 总计". */
const prior = <T extends string>(columns: Record<T, string>) =>
  Object.fromEntries(Object.entries(columns).map(([k, v]) => [`prior.${k}`, `上年 ${v}`])) as Record<`prior.${T}`, string>;

/** 基本/项目 with their total, this year and (where published) last year. */
const SPLIT = { ...prior({ total: '总计', basic: '基本支出', project: '项目支出' }), total: '总计', basic: '基本支出', project: '项目支出' };

export const TABLE_KINDS: { readonly [K in KnownTableKind]: KindSpec<K> } = {
  'fiscal-summary': {
    attachment: 1,
    title: '财政拨款收支总表',
    twoSided: true,
    columns: {
      'income:amount': '预算数',
      'expenditure:total': '合计',
      'expenditure:gpb': '一般公共预算',
      'expenditure:govFund': '政府性基金预算',
      'expenditure:stateCapital': '国有资本经营预算',
    },
  },
  'gpb-expenditure': {
    attachment: 2,
    title: '一般公共预算财政拨款支出预算表',
    codes: 'function',
    columns: { 'prior.total': '上年预算数', 'prior.basic': '上年 基本支出', 'prior.project': '上年 项目支出', total: '总计', basic: '基本支出', project: '项目支出' },
  },
  'gpb-basic-expenditure': {
    attachment: 3,
    title: '一般公共预算财政拨款基本支出预算表',
    codes: 'economic',
    columns: { total: '总计', personnel: '人员经费', public: '日常公用经费' },
  },
  sangong: {
    attachment: 4,
    title: '"三公"经费预算表',
    codes: 'unit',
    columns: { ...prior(SANGONG), ...SANGONG },
  },
  'gov-fund-expenditure': {
    attachment: 5,
    title: '政府性基金预算支出表',
    codes: 'function',
    columns: { ...SPLIT },
  },
  'dept-summary': {
    attachment: 6,
    title: '部门收支总表',
    twoSided: true,
    columns: { 'income:amount': '预算数', 'expenditure:amount': '预算数' },
  },
  'dept-income': {
    attachment: 7,
    title: '部门收入总表',
    codes: 'function',
    columns: { 'prior.total': '上年 总计', total: '总计', ...SOURCES },
  },
  'dept-expenditure': {
    attachment: 8,
    title: '部门支出总表',
    codes: 'function',
    columns: { ...SPLIT, total: '合计' },
  },
  procurement: {
    attachment: 9,
    title: '政府采购预算明细表',
    columns: { total: '总计', ...SOURCES },
  },
  'project-expenditure': {
    attachment: 10,
    title: '项目支出明细表',
    codes: 'function',
    columns: {
      'text:seq': '序号',
      'text:unit': '预算单位',
      'text:functionName': '科目名称',
      total: '合计',
      'specific.subtotal': '年初特定目标 小计',
      'specific.personnel': '人员性项目',
      'specific.general': '一般性项目',
      'specific.livelihood': '民生配套项目',
      'special.subtotal': '上级专项 小计',
      'special.advance': '提前下达专项',
      'special.carryover': '结转项目',
      'special.municipal': '市级专项',
    },
  },
  'state-capital-expenditure': {
    title: '国有资本经营预算支出表',
    codes: 'function',
    columns: { ...SPLIT },
  },
  ...FINAL_TABLE_KINDS,
};

// The code arithmetic lives with the widgets' flags (kind-flags.ts), which the browser bundle needs alone.
export { codeLevel, parentCode } from './kind-flags.js';

/**
 * Stated figure keys of the narrative (Figure.key), so data files and checks agree.
 * `*.change` is this year − last year as the text states it (negative for 减少).
 */
export const FIGURE_KEYS = {
  'income.total': '收入预算总数',
  'income.gpb': '一般公共预算拨款',
  'income.govFund': '政府性基金预算拨款',
  'income.stateCapital': '国有资本经营预算收入',
  'income.business': '事业收入',
  'income.operating': '事业单位经营收入',
  'income.other': '其他收入',
  'income.change': '收入较上年增减',
  'expenditure.total': '支出预算总数',
  'expenditure.change': '支出较上年增减',
  'expenditure.class.<code>': '某功能分类类级支出, e.g. expenditure.class.201',
  'gpb.income': '一般公共预算财政拨款收入',
  'gpb.expenditure': '一般公共预算财政拨款支出',
  'gpb.change': '一般公共预算财政拨款支出较上年增减',
  'basic.total': '基本支出',
  'basic.change': '基本支出较上年增减',
  'project.total': '项目支出',
  'project.change': '项目支出较上年增减',
  'sangong.total': '“三公”经费预算',
  'sangong.change': '“三公”经费较上年增减',
  'sangong.abroad': '因公出国（境）费用',
  'sangong.abroad.change': '因公出国（境）费用较上年增减',
  'sangong.vehicle': '公务用车购置及运行费',
  'sangong.vehicle.change': '公务用车购置及运行费较上年增减',
  'sangong.vehiclePurchase': '公务用车购置费',
  'sangong.vehiclePurchase.change': '公务用车购置费较上年增减',
  'sangong.vehicleOps': '公务用车运行维护费',
  'sangong.vehicleOps.change': '公务用车运行维护费较上年增减',
  'sangong.reception': '公务接待费',
  'sangong.reception.change': '公务接待费较上年增减',
  'operating.total': '机关运行经费',
  'operating.change': '机关运行经费较上年增减',
  'procurement.total': '政府采购预算总额',
  'procurement.goods': '政府采购货物预算',
  'procurement.works': '政府采购工程预算',
  'procurement.services': '政府采购服务预算',
  'procurement.gpb.total': '一般公共预算拨款政府采购',
  'procurement.gpb.goods': '一般公共预算拨款政府采购货物预算',
  'procurement.gpb.works': '一般公共预算拨款政府采购工程预算',
  'procurement.gpb.services': '一般公共预算拨款政府采购服务预算',
  'performance.gpb': '实行绩效目标管理的一般公共预算当年财政拨款',
  'performance.govFund': '实行绩效目标管理的政府性基金预算当年财政拨款',
  'assets.vehicles': '车辆总数 (unit 辆)',
  'assets.officialVehicles': '一般公务用车 (unit 辆)',
  ...FINAL_FIGURE_KEYS,
} as const;
