/**
 * The 部门决算 (final accounts) kinds with their usual headings, and the figure keys of the 决算
 * text (domain.md §7). Merged into TABLE_KINDS and FIGURE_KEYS by table-kinds.ts; apart so the
 * budget kinds stay readable and the 决算 template has one place.
 *
 * Headings are those of the national template as Chongqing districts print it. The attachment
 * numbers are the template's table numbers (a district may number them differently; the data's
 * own `attachment` wins where it is given).
 */
import type { SangongKey } from './columns.js';
import type { FinalKindColumns } from './columns-final.js';
import type { KindSpec } from './table-kinds.js';

type FinalKind = keyof FinalKindColumns;

const LINE = { 'text:line': '行次' } as const;

/** The 三公 items as the 决算 table heads them. */
const SANGONG: Record<SangongKey, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行费 小计',
  vehiclePurchase: '公务用车购置费',
  vehicleOps: '公务用车运行费',
  reception: '公务接待费',
};

const withPrefix = <P extends string>(prefix: P, heading: string) =>
  Object.fromEntries(Object.entries(SANGONG).map(([k, v]) => [`${prefix}.${k}`, `${heading} ${v}`])) as Record<`${P}.${SangongKey}`, string>;

/** The 绩效自评 columns, shared by the department's table and the projects'. */
const SELF_EVALUATION = {
  'text:level1': '一级指标',
  'text:level2': '二级指标',
  'text:target': '年度指标值',
  'text:actual': '实际完成值',
  'text:points': '分值',
  'text:score': '得分',
  'text:rate': '执行率',
  'text:deviation': '偏差原因分析及改进措施',
  initialBudget: '年初预算数',
  fullBudget: '全年预算数',
  executed: '全年执行数',
} as const;

export const FINAL_TABLE_KINDS: { readonly [K in FinalKind]: KindSpec<K> } = {
  'final-summary': {
    attachment: 1,
    title: '收入支出决算总表',
    twoSided: true,
    columns: { 'income:text:line': '行次', 'income:amount': '决算数', 'expenditure:text:line': '行次', 'expenditure:amount': '决算数' },
  },
  'final-income': {
    attachment: 2,
    title: '收入决算表',
    codes: 'function',
    columns: {
      ...LINE,
      total: '本年收入合计',
      appropriation: '财政拨款收入',
      superior: '上级补助收入',
      business: '事业收入',
      operating: '经营收入',
      subordinate: '附属单位上缴收入',
      other: '其他收入',
    },
  },
  'final-expenditure': {
    attachment: 3,
    title: '支出决算表',
    codes: 'function',
    columns: { ...LINE, total: '本年支出合计', basic: '基本支出', project: '项目支出', toSuperior: '上缴上级支出', operating: '经营支出', toSubordinate: '对附属单位补助支出' },
  },
  'final-fiscal-summary': {
    attachment: 4,
    title: '财政拨款收入支出决算总表',
    twoSided: true,
    columns: {
      'income:text:line': '行次',
      'income:amount': '决算数',
      'expenditure:text:line': '行次',
      'expenditure:total': '合计',
      'expenditure:gpb': '一般公共预算财政拨款',
      'expenditure:govFund': '政府性基金预算财政拨款',
      'expenditure:stateCapital': '国有资本经营预算财政拨款',
    },
  },
  'final-gpb-expenditure': {
    attachment: 5,
    title: '一般公共预算财政拨款支出决算表',
    codes: 'function',
    columns: { ...LINE, total: '本年支出 合计', basic: '基本支出', project: '项目支出', carryoverBegin: '年初结转和结余', income: '本年收入', carryoverEnd: '年末结转和结余' },
  },
  'final-gpb-basic-expenditure': {
    attachment: 6,
    title: '一般公共预算财政拨款基本支出决算表',
    codes: 'economic',
    halves: true,
    columns: { ...LINE, amount: '决算数' },
  },
  'final-sangong': {
    attachment: 7,
    title: '一般公共预算财政拨款“三公”经费支出决算表',
    columns: { ...withPrefix('budget', '预算数'), ...SANGONG, ...withPrefix('prior', '上年决算数') },
  },
  'final-gov-fund': {
    attachment: 8,
    title: '政府性基金预算财政拨款收入支出决算表',
    codes: 'function',
    columns: { ...LINE, carryoverBegin: '年初结转和结余', income: '本年收入', total: '本年支出 小计', basic: '基本支出', project: '项目支出', carryoverEnd: '年末结转和结余' },
  },
  'final-state-capital': {
    attachment: 9,
    title: '国有资本经营预算财政拨款支出决算表',
    codes: 'function',
    columns: { ...LINE, total: '本年支出 合计', basic: '基本支出', project: '项目支出' },
  },
  'dept-self-evaluation': {
    title: '部门整体支出绩效自评表',
    columns: { ...SELF_EVALUATION },
  },
  'project-self-evaluation': {
    title: '项目支出绩效自评表',
    columns: { 'text:project': '项目名称', ...SELF_EVALUATION },
  },
};

/**
 * Figure keys of the 决算 text. On a 决算 the plain keys of FIGURE_KEYS (income.total,
 * sangong.abroad, operating.total, procurement.goods …) are the actual figures; these add the
 * planned figures and the rates the text states beside them. Rates are percentages
 * (`"unit": "%"`), never trusted: the checks recompute them (R28).
 */
export const FINAL_FIGURE_KEYS = {
  'income.carryoverBegin': '年初结转和结余',
  'expenditure.carryoverEnd': '年末结转和结余',
  'expenditure.budget': '年初预算数（支出）',
  'expenditure.rate': '支出完成年初预算的百分比 (unit %)',
  'gpb.item.<code>.budget': '某项（7 位功能分类）年初预算数, e.g. gpb.item.2013701.budget',
  'gpb.item.<code>.final': '某项支出决算数 (reason: 决算数与年初预算不同的原因)',
  'gpb.item.<code>.rate': '某项完成年初预算的百分比 (unit %)',
  'sangong.budget': '“三公”经费预算数',
  'sangong.rate': '“三公”经费完成预算的百分比 (unit %)',
  'sangong.<item>.budget': '某项“三公”经费预算数 (item: abroad, vehicle, vehiclePurchase, vehicleOps, reception)',
  'sangong.<item>.rate': '某项“三公”经费完成预算的百分比 (unit %)',
  'operating.budget': '机关运行经费预算数',
  'procurement.sme': '授予中小企业合同金额',
  'procurement.sme.share': '授予中小企业合同金额占政府采购支出的百分比 (unit %)',
  'assets.equipment': '单价 50 万元以上通用设备 (unit 台)',
  'assets.specialEquipment': '单价 100 万元以上专用设备 (unit 台)',
  'assets.land': '土地面积 (unit 平方米)',
} as const;

/**
 * How the text of a 决算 names the plain figure keys: the actual figure, where FIGURE_KEYS names
 * the planned one ("收入预算总数" → "本年收入合计"). Checks word their messages with these on a 决算.
 */
export const FINAL_FIGURE_WORDS: Readonly<Record<string, string>> = {
  'income.total': '本年收入决算数',
  'income.change': '收入决算较上年决算增减',
  'expenditure.total': '本年支出决算数',
  'expenditure.change': '支出决算较上年决算增减',
  'gpb.income': '一般公共预算财政拨款收入决算数',
  'gpb.expenditure': '一般公共预算财政拨款支出决算数',
  'gpb.change': '一般公共预算财政拨款支出决算较上年决算增减',
  'basic.total': '基本支出决算数',
  'project.total': '项目支出决算数',
  'sangong.total': '“三公”经费决算数',
  'sangong.change': '“三公”经费决算较上年决算增减',
  'operating.total': '机关运行经费决算数',
  'procurement.total': '政府采购支出总额',
  'procurement.goods': '政府采购货物支出',
  'procurement.works': '政府采购工程支出',
  'procurement.services': '政府采购服务支出',
};
