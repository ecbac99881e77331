/**
 * The hand-written content of the FICTIONAL example data set (重庆市青岚区教育委员会 2024, in 元):
 * leaf amounts, 三公 per unit, projects with their targets, overall targets and the narrative.
 * Totals are not written here: `make-example-district.ts` derives them exactly.
 * 青岚区 does not exist; names, codes, people and phone numbers are made up.
 */
import { centsToString, sumCents, toCents, type Cents } from '../model/money.js';
import type { Department, Figure, Indicator } from '../model/schema.js';

export type Source = 'gpb' | 'govFund' | 'stateCapital' | 'business';

export const DEPARTMENT = {
  name: '重庆市青岚区教育委员会',
  shortName: '区教委',
  code: '125',
  region: '重庆市青岚区',
  fiscalYear: 2024,
  comparisonYear: 2023,
  kind: 'budget',
  unit: '元',
  published: '2024-02-06',
  contact: { name: '李晓明（虚构）', phone: '023-00000000' },
  source: {
    title: '重庆市青岚区教育委员会 2024 年部门预算情况说明（虚构示例数据：青岚区及本文件所有单位、人员、编码和数字均为编造，仅用于演示数据格式）',
  },
  organisation: {
    internalUnits: ['办公室', '人事科', '计划财务科', '基础教育科', '职业教育与成人教育科', '教育督导室'],
    subordinateUnits: ['重庆市青岚区第一中学校', '重庆市青岚区实验小学校', '重庆市青岚区职业教育中心', '重庆市青岚区机关幼儿园'],
    staffing: [
      { label: '行政编制', count: 18, unit: '名' },
      { label: '事业编制', count: 412, unit: '名' },
      { label: '退休人员', count: 57, unit: '人' },
    ],
  },
} satisfies Department;

export const CLASS_NAMES: Record<string, string> = {
  '201': '一般公共服务支出',
  '205': '教育支出',
  '208': '社会保障和就业支出',
  '210': '卫生健康支出',
  '221': '住房保障支出',
  '223': '国有资本经营预算支出',
  '229': '其他支出',
};

/**
 * The fixed list of expenditure classes printed in 附件 1 and 附件 6 (ordinal, name, and the
 * class code when this department has money in it). Empty classes are printed with empty cells.
 */
export const FISCAL_LINES: Array<[string, string, string | undefined]> = [
  ['一', '一般公共服务支出', '201'],
  ['二', '外交支出', undefined],
  ['三', '国防支出', undefined],
  ['四', '公共安全支出', undefined],
  ['五', '教育支出', '205'],
  ['六', '科学技术支出', undefined],
  ['七', '文化旅游体育与传媒支出', undefined],
  ['八', '社会保障和就业支出', '208'],
  ['九', '社会保险基金支出', undefined],
  ['十', '卫生健康支出', '210'],
  ['十一', '节能环保支出', undefined],
  ['十二', '城乡社区支出', undefined],
  ['十三', '农林水支出', undefined],
  ['十四', '交通运输支出', undefined],
  ['十五', '资源勘探工业信息等支出', undefined],
  ['十六', '商业服务业等支出', undefined],
  ['十七', '金融支出', undefined],
  ['十八', '援助其他地区支出', undefined],
  ['十九', '自然资源海洋气象等支出', undefined],
  ['二十', '住房保障支出', '221'],
  ['二十一', '粮油物资储备支出', undefined],
  ['二十二', '国有资本经营预算支出', '223'],
  ['二十三', '灾害防治及应急管理支出', undefined],
  ['二十四', '其他支出', '229'],
  ['二十五', '转移性支出', undefined],
  ['二十六', '债务付息支出', undefined],
  ['二十七', '债务发行费用支出', undefined],
];

export const KUAN_NAMES: Record<string, string> = {
  '20136': '其他共产党事务支出',
  '20501': '教育管理事务',
  '20502': '普通教育',
  '20503': '职业教育',
  '20508': '进修及培训',
  '20805': '行政事业单位养老支出',
  '21011': '行政事业单位医疗',
  '22102': '住房改革支出',
  '22301': '解决历史遗留问题及改革成本支出',
  '22960': '彩票公益金安排的支出',
};

/**
 * 项 leaves: basic expenditure by source, and the prior year's appropriation (gpb) total for
 * 附件 2. Project amounts come from PROJECTS by function code. 2050299 was a 2023 one-off: it
 * has a prior-year figure and nothing this year.
 */
export const LEAVES: Array<{ code: string; name: string; basic?: Partial<Record<Source, string>>; prior?: string }> = [
  { code: '2013602', name: '一般行政管理事务', prior: '300000.00' },
  { code: '2050101', name: '行政运行', basic: { gpb: '6234518.36' }, prior: '6018442.10' },
  { code: '2050102', name: '一般行政管理事务', prior: '230000.00' },
  { code: '2050199', name: '其他教育管理事务支出', prior: '1600000.00' },
  { code: '2050201', name: '学前教育', basic: { gpb: '4382960.15' }, prior: '4512300.60' },
  { code: '2050202', name: '小学教育', basic: { gpb: '18526743.82' }, prior: '20104518.33' },
  { code: '2050203', name: '初中教育', basic: { gpb: '11874205.40' }, prior: '13017652.08' },
  { code: '2050204', name: '高中教育', basic: { gpb: '13658912.77', business: '1286500.00' }, prior: '13942086.51' },
  { code: '2050299', name: '其他普通教育支出', prior: '350000.00' },
  { code: '2050302', name: '中等职业教育', basic: { gpb: '7915336.08', business: '624300.00' }, prior: '9436120.44' },
  { code: '2050803', name: '培训支出', prior: '500000.00' },
  { code: '2080501', name: '行政单位离退休', basic: { gpb: '1286400.00' }, prior: '1204800.00' },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', basic: { gpb: '6418225.92' }, prior: '6233517.28' },
  { code: '2080506', name: '机关事业单位职业年金缴费支出', basic: { gpb: '3209112.96' }, prior: '3116758.64' },
  { code: '2101101', name: '行政单位医疗', basic: { gpb: '512380.44' }, prior: '498215.30' },
  { code: '2101102', name: '事业单位医疗', basic: { gpb: '3861725.18' }, prior: '3702486.92' },
  { code: '2101103', name: '公务员医疗补助', basic: { gpb: '498600.00' }, prior: '486000.00' },
  { code: '2210201', name: '住房公积金', basic: { gpb: '5736914.40' }, prior: '5581620.36' },
  { code: '2230105', name: '国有企业退休人员社会化管理补助支出' },
  { code: '2296003', name: '用于体育事业的彩票公益金支出' },
  { code: '2296004', name: '用于教育事业的彩票公益金支出' },
];

/**
 * 附件 3 economic rows. Social-insurance rows equal their function leaves (30108 = 2080505 …);
 * 30212/30217/30231 equal the 三公 totals; 30107 绩效工资 takes the remainder.
 */
export const ECONOMIC: Record<'personnel' | 'public' | 'transfers', Array<{ code: string; name: string; amount: string }>> = {
  personnel: [
    { code: '30101', name: '基本工资', amount: '19826400.00' },
    { code: '30102', name: '津贴补贴', amount: '12504360.00' },
    { code: '30103', name: '奖金', amount: '2036500.00' },
    { code: '30107', name: '绩效工资', amount: 'remainder' },
    { code: '30108', name: '机关事业单位基本养老保险缴费', amount: '6418225.92' },
    { code: '30109', name: '职业年金缴费', amount: '3209112.96' },
    { code: '30110', name: '职工基本医疗保险缴费', amount: '4374105.62' },
    { code: '30111', name: '公务员医疗补助缴费', amount: '498600.00' },
    { code: '30112', name: '其他社会保障缴费', amount: '402318.60' },
    { code: '30113', name: '住房公积金', amount: '5736914.40' },
  ],
  public: [
    { code: '30201', name: '办公费', amount: '486000.00' },
    { code: '30202', name: '印刷费', amount: '92500.00' },
    { code: '30205', name: '水费', amount: '214300.00' },
    { code: '30206', name: '电费', amount: '538600.00' },
    { code: '30207', name: '邮电费', amount: '76800.00' },
    { code: '30211', name: '差旅费', amount: '312000.00' },
    { code: '30212', name: '因公出国（境）费用', amount: '40000.00' },
    { code: '30213', name: '维修（护）费', amount: '268400.00' },
    { code: '30215', name: '会议费', amount: '45000.00' },
    { code: '30216', name: '培训费', amount: '356000.00' },
    { code: '30217', name: '公务接待费', amount: '60000.00' },
    { code: '30226', name: '劳务费', amount: '182000.00' },
    { code: '30228', name: '工会经费', amount: '624318.52' },
    { code: '30229', name: '福利费', amount: '298000.00' },
    { code: '30231', name: '公务用车运行维护费', amount: '60000.00' },
    { code: '30239', name: '其他交通费用', amount: '412560.00' },
    { code: '30299', name: '其他商品和服务支出', amount: '305744.19' },
  ],
  transfers: [
    { code: '30302', name: '退休费', amount: '1286400.00' },
    { code: '30305', name: '生活补助', amount: '86400.00' },
  ],
};

type SangongYear = Record<'abroad' | 'vehiclePurchase' | 'vehicleOps' | 'reception', string>;
const sg = (abroad: string, vehiclePurchase: string, vehicleOps: string, reception: string): SangongYear => ({ abroad, vehiclePurchase, vehicleOps, reception });

/** The budget units: each a row of the 三公 table and the implementing unit of projects. */
export const SANGONG_UNITS: Array<{ code: string; name: string; fullName: string; prior: SangongYear; current: SangongYear }> = [
  { code: '125001', name: '区教委（本级）', fullName: '重庆市青岚区教育委员会（本级）', prior: sg('0', '0', '40000', '32000'), current: sg('0', '180000', '36000', '28000') },
  { code: '125002', name: '青岚区第一中学校', fullName: '重庆市青岚区第一中学校', prior: sg('35000', '0', '0', '12000'), current: sg('40000', '0', '0', '10000') },
  { code: '125003', name: '青岚区实验小学校', fullName: '重庆市青岚区实验小学校', prior: sg('0', '0', '0', '6000'), current: sg('0', '0', '0', '5000') },
  { code: '125004', name: '青岚区职业教育中心', fullName: '重庆市青岚区职业教育中心', prior: sg('0', '0', '26000', '16000'), current: sg('0', '0', '24000', '15000') },
  { code: '125005', name: '青岚区机关幼儿园', fullName: '重庆市青岚区机关幼儿园', prior: sg('0', '0', '0', '3000'), current: sg('0', '0', '0', '2000') },
];

/** Stated prior-year figures that no table carries (the tables only hold 2023 appropriations by function). */
export const PRIOR = { deptTotal: '94672806.31', gpbProject: '9186500.00', operating: '4493620.37' };

/** 附件 9: procurement by category and funding source. */
export const PROCUREMENT = {
  goods: { label: '货物类', amounts: { gpb: '1520000.00', business: '86000.00' } as Partial<Record<Source, string>> },
  works: { label: '工程类', amounts: { gpb: '760000.00' } as Partial<Record<Source, string>> },
  services: { label: '服务类', amounts: { gpb: '630000.00', govFund: '120000.00' } as Partial<Record<Source, string>> },
};

const LEVEL1: Record<string, string> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
};

/** One indicator; 一级 follows from 二级. */
function ind(level2: string, name: string, operator: Indicator['operator'], value: string, unit: string | undefined, weight: number, direction?: '正向' | '反向'): Indicator {
  return { level1: LEVEL1[level2]!, level2, name, operator, value, ...(unit ? { unit } : {}), weight, ...(direction ? { direction } : {}) };
}
const cost = (name: string, yuan: string, weight: number, operator: Indicator['operator'] = '=') => ind('成本指标', name, operator, yuan, '元', weight);
const sat = (name: string, value: string, weight: number) => ind('服务对象满意度指标', name, '≥', value, '%', weight);

export interface ProjectSpec {
  code: string;
  name: string;
  functionCode: string;
  source: Source;
  /** The 附件 10 funding column. */
  fund: 'specific.personnel' | 'specific.general' | 'specific.livelihood' | 'special.advance' | 'special.municipal';
  unit: string;
  amount: string;
  attribute: string;
  start: string;
  end: string;
  overview: string;
  basis: string;
  goal: string;
  weightUnit?: 'point' | '%';
  indicators: Indicator[];
}

const BASIS_EDU = '《中华人民共和国教育法》《重庆市青岚区教育事业发展“十四五”规划》（青岚府发〔2021〕12 号，虚构）';
const code = (n: number) => `50019924T${String(5012000 + n * 7).padStart(12, '0')}`;

export const PROJECTS: ProjectSpec[] = [
  {
    code: code(1), name: '教育工委党建工作经费', functionCode: '2013602', source: 'gpb', fund: 'specific.general', unit: '125001', amount: '320000.00',
    attribute: '延续', start: '2024 年', end: '长期',
    overview: '开展全区教育系统党组织书记培训、党建阵地建设和党建品牌创建。', basis: '《中国共产党普通高等学校以外学校基层组织工作条例》', goal: '全区学校党组织规范化建设全面达标，党建带团建、队建作用有效发挥。',
    indicators: [
      ind('数量指标', '开展党组织书记培训', '≥', '2', '期', 10),
      ind('数量指标', '覆盖学校党组织', '≥', '46', '个', 10),
      ind('质量指标', '党建工作考核合格率', '=', '100', '%', 10),
      ind('时效指标', '完成时限', '≤', '12', '月', 10),
      cost('党建培训', '180000', 5),
      cost('党建阵地建设', '140000', 5),
      ind('社会效益指标', '基层党组织战斗堡垒作用', '定性', '有效发挥', undefined, 20),
      ind('可持续影响指标', '党建工作长效机制', '定性', '持续完善', undefined, 10),
      sat('参训党员满意度', '90', 10),
    ],
  },
  {
    code: code(2), name: '教育督导公务用车购置', functionCode: '2050102', source: 'gpb', fund: 'specific.general', unit: '125001', amount: '180000.00',
    attribute: '新增', start: '2024 年', end: '2024 年',
    overview: '更新报废的教育督导用车 1 辆，按规定购置新能源车辆。', basis: '《党政机关公务用车管理办法》', goal: '保障责任督学下校督导用车，车辆购置符合编制和标准。',
    indicators: [
      ind('数量指标', '购置公务用车', '=', '1', '辆', 15),
      ind('质量指标', '车辆验收合格率', '=', '100', '%', 10),
      ind('质量指标', '单车百公里电耗', '≤', '15', '千瓦时', 5, '反向'),
      ind('时效指标', '车辆购置完成时间', '≤', '6', '月', 10),
      cost('车辆购置成本（含购置税）', '180000', 10, '≤'),
      ind('社会效益指标', '保障教育督导下校检查用车', '定性', '有效保障', undefined, 15),
      ind('生态效益指标', '新能源车辆占比', '=', '100', '%', 10, '正向'),
      sat('督导人员满意度', '95', 15),
    ],
  },
  {
    code: code(3), name: '教育督导评估经费', functionCode: '2050102', source: 'gpb', fund: 'specific.general', unit: '125001', amount: '260000.00',
    attribute: '延续', start: '2022 年', end: '长期',
    overview: '开展中小学校、幼儿园办学水平督导评估，委托第三方机构开展义务教育质量监测。', basis: '《教育督导条例》', goal: '完成年度督导评估任务，督导问题按期整改。',
    indicators: [
      ind('数量指标', '督导评估学校数', '≥', '46', '所', 15),
      ind('数量指标', '发布督导报告', '≥', '4', '份', 5),
      ind('质量指标', '督导问题整改率', '≥', '95', '%', 10),
      ind('时效指标', '督导报告按时发布率', '=', '100', '%', 10),
      cost('第三方评估服务', '150000', 5),
      cost('督学责任区工作经费', '110000', 5),
      ind('社会效益指标', '办学行为规范程度', '定性', '明显提升', undefined, 20),
      ind('可持续影响指标', '督导结果运用机制', '定性', '长效运行', undefined, 10),
      sat('受评学校满意度', '90', 10),
    ],
  },
  {
    code: code(4), name: '教育信息化建设（智慧校园）', functionCode: '2050199', source: 'gpb', fund: 'specific.general', unit: '125001', amount: '1850000.00',
    attribute: '延续', start: '2023 年', end: '2025 年',
    overview: '建设智慧教室，运维教育城域网和教育资源公共服务平台，开展教师信息化应用能力培训。', basis: '《教育信息化 2.0 行动计划》', goal: '新建智慧教室 40 间，城域网覆盖全区学校，优质数字教育资源覆盖率达 90% 以上。',
    weightUnit: 'point',
    indicators: [
      ind('数量指标', '建成智慧教室', '≥', '40', '间', 15),
      ind('数量指标', '教育城域网接入学校', '=', '46', '所', 10),
      ind('质量指标', '设备验收合格率', '=', '100', '%', 10),
      ind('质量指标', '网络平均可用率', '≥', '99.5', '%', 5),
      ind('时效指标', '项目完工时间', '≤', '10', '月', 10),
      cost('智慧教室设备', '1120000', 5),
      cost('城域网及平台运维服务', '480000', 5),
      cost('教师信息化应用培训', '250000', 5),
      ind('经济效益指标', '节约纸质教辅印制费用', '≥', '200000', '元', 5),
      ind('社会效益指标', '优质数字教育资源覆盖率', '≥', '90', '%', 10),
      ind('可持续影响指标', '平台持续运行年限', '≥', '5', '年', 10),
      sat('师生满意度', '90', 10),
    ],
  },
  {
    code: code(5), name: '学前教育幼儿资助', functionCode: '2050201', source: 'gpb', fund: 'special.municipal', unit: '125005', amount: '428600.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '对家庭经济困难幼儿减免保教费。', basis: '《重庆市学前教育资助管理办法》', goal: '家庭经济困难幼儿应助尽助。',
    indicators: [
      ind('数量指标', '资助家庭经济困难幼儿', '≥', '286', '人', 20),
      ind('质量指标', '资助对象认定准确率', '=', '100', '%', 10),
      ind('时效指标', '资助资金发放及时率', '=', '100', '%', 10),
      cost('资助资金', '428600', 10),
      ind('社会效益指标', '困难家庭幼儿入园率', '≥', '98', '%', 20),
      ind('可持续影响指标', '学前教育资助政策知晓率', '≥', '95', '%', 10),
      sat('受助家庭满意度', '95', 10),
    ],
  },
  {
    code: code(6), name: '义务教育学生营养改善计划', functionCode: '2050202', source: 'gpb', fund: 'special.advance', unit: '125003', amount: '2364000.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '为农村义务教育学生提供营养膳食补助，每生每天 4 元，全年 200 天。', basis: '《农村义务教育学生营养改善计划实施细则》', goal: '受益学生营养健康状况持续改善，食品安全零事故。',
    indicators: [
      ind('数量指标', '受益学生人数', '≥', '2955', '人', 15),
      ind('质量指标', '食品安全事故发生次数', '=', '0', '次', 15, '反向'),
      ind('时效指标', '补助资金拨付及时率', '=', '100', '%', 10),
      cost('营养膳食补助', '2364000', 10),
      ind('社会效益指标', '学生营养健康状况', '定性', '持续改善', undefined, 15),
      ind('可持续影响指标', '营养改善长效机制', '定性', '健全', undefined, 10),
      sat('学生及家长满意度', '90', 15),
    ],
  },
  {
    code: code(7), name: '义务教育公用经费保障', functionCode: '2050203', source: 'gpb', fund: 'special.advance', unit: '125002', amount: '1562400.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '按生均 1200 元标准保障初中学校公用经费。', basis: '《关于进一步完善城乡义务教育经费保障机制的通知》', goal: '保障学校正常运转，义务教育巩固率保持在 99% 以上。',
    indicators: [
      ind('数量指标', '保障初中学生人数', '≥', '1302', '人', 15),
      ind('质量指标', '学校正常运转保障率', '=', '100', '%', 15),
      ind('时效指标', '资金下达时间', '≤', '30', '天', 10),
      cost('初中公用经费补助', '1562400', 10),
      ind('经济效益指标', '减轻家庭教育负担', '定性', '明显', undefined, 10),
      ind('社会效益指标', '义务教育巩固率', '≥', '99', '%', 10),
      sat('学校满意度', '90', 20),
    ],
  },
  {
    code: code(8), name: '普通高中国家助学金', functionCode: '2050204', source: 'gpb', fund: 'special.municipal', unit: '125002', amount: '686000.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '按每生每年 2000 元资助家庭经济困难的普通高中学生。', basis: '《普通高中国家助学金管理办法》', goal: '不让一个学生因家庭经济困难而失学。',
    indicators: [
      ind('数量指标', '资助学生人数', '≥', '343', '人', 20),
      ind('质量指标', '资助对象精准率', '=', '100', '%', 15),
      ind('时效指标', '助学金按学期发放', '=', '2', '次', 10),
      cost('国家助学金', '686000', 10),
      ind('社会效益指标', '因贫辍学学生数', '=', '0', '人', 15, '反向'),
      sat('受助学生满意度', '95', 20),
    ],
  },
  {
    code: code(9), name: '中等职业教育免学费补助', functionCode: '2050302', source: 'gpb', fund: 'special.advance', unit: '125004', amount: '1245000.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '按每生每年 1500 元补助中等职业学校免学费学生。', basis: '《中等职业学校免学费补助资金管理办法》', goal: '免学费政策全面落实，中职毕业生就业率保持在 95% 以上。',
    indicators: [
      ind('数量指标', '免学费学生人数', '≥', '830', '人', 20),
      ind('质量指标', '免学费政策落实率', '=', '100', '%', 10),
      ind('时效指标', '资金拨付时限', '≤', '30', '天', 10),
      cost('免学费补助资金', '1245000', 10),
      ind('经济效益指标', '毕业生就业率', '≥', '95', '%', 15),
      ind('可持续影响指标', '中职教育吸引力', '定性', '持续增强', undefined, 10),
      sat('学生满意度', '90', 15),
    ],
  },
  {
    code: code(10), name: '职业教育实训基地建设', functionCode: '2050302', source: 'gpb', fund: 'specific.general', unit: '125004', amount: '980000.00',
    attribute: '新增', start: '2024 年', end: '2024 年',
    overview: '改造数控、汽修等实训室 6 间并购置实训设备。', basis: '《职业教育提质培优行动计划》', goal: '新增实训工位 180 个，满足校企合作订单培养需要。',
    indicators: [
      ind('数量指标', '改造实训室', '=', '6', '间', 15),
      ind('数量指标', '新增实训工位', '≥', '180', '个', 10),
      ind('质量指标', '工程验收合格率', '=', '100', '%', 10),
      ind('时效指标', '工程完工时间', '≤', '8', '月', 5),
      cost('实训室改造工程', '760000', 5),
      cost('实训设备购置', '220000', 5),
      ind('经济效益指标', '校企合作订单培养人数', '≥', '120', '人', 15),
      ind('生态效益指标', '施工扬尘投诉', '=', '0', '次', 5, '反向'),
      ind('可持续影响指标', '实训基地使用年限', '≥', '10', '年', 10),
      sat('实训学生满意度', '90', 10),
    ],
  },
  {
    code: code(11), name: '教师继续教育培训', functionCode: '2050803', source: 'gpb', fund: 'specific.general', unit: '125001', amount: '540000.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '组织全区中小学、幼儿园教师继续教育和专题培训。', basis: '《中小学教师继续教育规定》', goal: '完成教师培训 1800 人次，教师专业能力有效提升。',
    indicators: [
      ind('数量指标', '培训教师人次', '≥', '1800', '人次', 15),
      ind('数量指标', '举办专题培训班', '≥', '12', '期', 10),
      ind('质量指标', '培训考核合格率', '≥', '95', '%', 10),
      ind('时效指标', '培训完成时间', '≤', '11', '月', 5),
      cost('培训费', '540000', 10),
      ind('社会效益指标', '教师专业能力', '定性', '有效提升', undefined, 20),
      ind('可持续影响指标', '培训成果转化应用', '定性', '持续', undefined, 10),
      sat('参训教师满意度', '90', 10),
    ],
  },
  {
    code: code(12), name: '校园足球特色学校建设', functionCode: '2296003', source: 'govFund', fund: 'specific.general', unit: '125003', amount: '300000.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '以体育彩票公益金扶持校园足球特色学校，举办全区校园足球联赛。', basis: '《彩票公益金管理办法》', goal: '扶持特色学校 10 所，学生体质健康达标率达 92% 以上。',
    indicators: [
      ind('数量指标', '扶持校园足球特色学校', '=', '10', '所', 20),
      ind('数量指标', '开展校园足球联赛', '≥', '1', '届', 10),
      ind('质量指标', '学生体质健康达标率', '≥', '92', '%', 10),
      ind('时效指标', '资金拨付及时率', '=', '100', '%', 10),
      cost('特色学校扶持经费', '180000', 5),
      cost('联赛组织经费', '120000', 5),
      ind('社会效益指标', '学生参与足球运动人数', '≥', '3000', '人', 15),
      sat('学生满意度', '90', 15),
    ],
  },
  {
    code: code(13), name: '农村留守儿童关爱及困难学生资助', functionCode: '2296004', source: 'govFund', fund: 'specific.livelihood', unit: '125001', amount: '650000.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '以教育彩票公益金资助困难学生，建设留守儿童之家。', basis: '《彩票公益金管理办法》', goal: '资助困难学生 520 人，建成留守儿童之家 5 个。',
    indicators: [
      ind('数量指标', '资助困难学生', '≥', '520', '人', 20),
      ind('数量指标', '建设留守儿童之家', '=', '5', '个', 10),
      ind('质量指标', '资助资金发放准确率', '=', '100', '%', 10),
      ind('时效指标', '资金发放及时率', '=', '100', '%', 10),
      cost('困难学生资助', '520000', 5),
      cost('留守儿童之家建设', '130000', 5),
      ind('社会效益指标', '留守儿童心理健康关爱覆盖率', '≥', '95', '%', 15),
      sat('受助学生及家长满意度', '95', 15),
    ],
  },
  {
    code: code(14), name: '校办企业退休人员社会化管理补助', functionCode: '2230105', source: 'stateCapital', fund: 'specific.personnel', unit: '125001', amount: '186400.00',
    attribute: '延续', start: '2024 年', end: '2024 年',
    overview: '以国有资本经营预算资金补助原校办企业退休人员社会化管理，每人每年 800 元。', basis: BASIS_EDU, goal: '原校办企业退休人员全部移交社会化管理。',
    indicators: [
      ind('数量指标', '补助退休人员', '=', '233', '人', 20),
      ind('质量指标', '补助发放准确率', '=', '100', '%', 15),
      ind('时效指标', '按季度发放', '=', '4', '次', 10),
      cost('社会化管理补助', '186400', 10),
      ind('社会效益指标', '退休人员社会化管理移交率', '=', '100', '%', 20),
      sat('退休人员满意度', '90', 15),
    ],
  },
];

/** 附件 11, without the department name and amount (the generator adds them). */
export const OVERALL = {
  goal: '保障全区 46 所中小学校、幼儿园正常运转；巩固义务教育优质均衡发展成果，推进普通高中多样化和中等职业教育提质培优；落实各学段学生资助政策；加强教师队伍建设和教育督导；严控“三公”经费。',
  weightUnit: '%' as const,
  indicators: [
    ind('数量指标', '保障中小学校、幼儿园正常运转', '=', '46', '所', 10),
    ind('数量指标', '在校学生人数', '≥', '21500', '人', 10),
    ind('质量指标', '义务教育巩固率', '≥', '99', '%', 10),
    ind('质量指标', '高中阶段毛入学率', '≥', '95', '%', 10),
    ind('时效指标', '项目资金按时拨付率', '=', '100', '%', 10),
    ind('成本指标', '“三公”经费预算控制数', '≤', '340000', '元', 10, '反向'),
    ind('社会效益指标', '学前三年毛入园率', '≥', '92', '%', 10),
    ind('可持续影响指标', '教育质量', '定性', '稳步提升', undefined, 10),
    ind('服务对象满意度指标', '群众对教育工作满意度', '≥', '90', '%', 20),
  ],
  contact: '李晓明（虚构）',
  phone: '023-00000000',
};

const yuan = (v: Cents) => `${centsToString(v)} 元`;
const change = (v: Cents) => (v >= 0 ? `增加 ${yuan(v)}` : `减少 ${yuan(-v)}`);

interface FigureInput {
  leaves: Array<{ code: string; project: Record<Source, Cents | null> }>;
  gpbTotal: { prior: Cents; total: Cents; basic: Cents; project: Cents };
  deptTotal: Cents;
  income: Record<Source, Cents>;
  classTotals: Record<string, Cents>;
  sangong: { current: Record<string, Cents>; prior: Record<string, Cents> };
  operating: Cents;
  procurement: typeof PROCUREMENT;
  projects: ProjectSpec[];
  prior: typeof PRIOR;
}

/** Stated figures, each derived from the tables so that the narrative agrees with them. */
function figures(f: FigureInput): { list: Figure[]; v: (key: string) => Cents; reason: (key: string) => string } {
  const c = (s: string) => toCents(s)!;
  const priorBasic = f.gpbTotal.prior - c(f.prior.gpbProject);
  const sg = f.sangong;
  const proc = (k: 'goods' | 'works' | 'services', src?: Source) =>
    sumCents(Object.entries(f.procurement[k].amounts).filter(([s]) => !src || s === src).map(([, v]) => c(v)));
  const perf = (src: Source) => sumCents(f.projects.filter((p) => p.source === src).map((p) => c(p.amount)));
  const deptChange = f.deptTotal - c(f.prior.deptTotal);
  const entries: Array<[string, Cents, string, string?]> = [
    ['income.total', f.deptTotal, 'income'],
    ['income.gpb', f.income.gpb, 'income'],
    ['income.govFund', f.income.govFund, 'income'],
    ['income.stateCapital', f.income.stateCapital, 'income'],
    ['income.business', f.income.business, 'income'],
    ['income.operating', 0, 'income'],
    ['income.other', 0, 'income'],
    ['income.change', deptChange, 'income', '主要是教育信息化建设和职业教育实训基地建设支出增加'],
    ['expenditure.total', f.deptTotal, 'expenditure'],
    ...Object.entries(f.classTotals).map(([code, v]): [string, Cents, string] => [`expenditure.class.${code}`, v, 'expenditure']),
    ['expenditure.change', deptChange, 'expenditure', '主要是教育信息化建设和职业教育实训基地建设支出增加'],
    ['gpb.income', f.gpbTotal.total, 'gpb'],
    ['gpb.expenditure', f.gpbTotal.total, 'gpb'],
    ['gpb.change', f.gpbTotal.total - f.gpbTotal.prior, 'gpb'],
    ['basic.total', f.gpbTotal.basic, 'gpb'],
    ['basic.change', f.gpbTotal.basic - priorBasic, 'gpb', '主要原因是调整工资标准和社会保险缴费基数，人员经费增加'],
    ['project.total', f.gpbTotal.project, 'gpb'],
    ['project.change', f.gpbTotal.project - c(f.prior.gpbProject), 'gpb', '主要原因是新增教育督导公务用车购置和职业教育实训基地建设项目'],
    ['sangong.total', sg.current.total!, 'sangong'],
    ['sangong.change', sg.current.total! - sg.prior.total!, 'sangong', '主要是新增教育督导公务用车购置'],
    ['sangong.abroad', sg.current.abroad!, 'sangong'],
    ['sangong.abroad.change', sg.current.abroad! - sg.prior.abroad!, 'sangong', '主要是第一中学校国际友好学校交流团组费用标准调整'],
    ['sangong.vehiclePurchase', sg.current.vehiclePurchase!, 'sangong'],
    ['sangong.vehiclePurchase.change', sg.current.vehiclePurchase! - sg.prior.vehiclePurchase!, 'sangong', '主要是更新报废的教育督导用车 1 辆'],
    ['sangong.vehicleOps', sg.current.vehicleOps!, 'sangong'],
    ['sangong.vehicleOps.change', sg.current.vehicleOps! - sg.prior.vehicleOps!, 'sangong', '主要是新能源车辆运行成本较低'],
    ['sangong.reception', sg.current.reception!, 'sangong'],
    ['sangong.reception.change', sg.current.reception! - sg.prior.reception!, 'sangong', '主要是严格执行公务接待标准'],
    ['operating.total', f.operating, 'operating'],
    ['operating.change', f.operating - c(f.prior.operating), 'operating', '主要是压减一般性支出'],
    ['procurement.total', proc('goods') + proc('works') + proc('services'), 'procurement'],
    ['procurement.goods', proc('goods'), 'procurement'],
    ['procurement.works', proc('works'), 'procurement'],
    ['procurement.services', proc('services'), 'procurement'],
    ['procurement.gpb.total', proc('goods', 'gpb') + proc('works', 'gpb') + proc('services', 'gpb'), 'procurement'],
    ['procurement.gpb.goods', proc('goods', 'gpb'), 'procurement'],
    ['procurement.gpb.works', proc('works', 'gpb'), 'procurement'],
    ['procurement.gpb.services', proc('services', 'gpb'), 'procurement'],
    ['performance.gpb', perf('gpb'), 'performance'],
    ['performance.govFund', perf('govFund'), 'performance'],
  ];
  const list: Figure[] = entries.map(([key, v, section, reason]) => ({ key, value: centsToString(v), ...(reason ? { reason } : {}), section }));
  list.push({ key: 'assets.vehicles', value: '6', unit: '辆', section: 'assets' }, { key: 'assets.officialVehicles', value: '2', unit: '辆', section: 'assets' });
  const byKey = new Map(entries.map(([k, v]) => [k, v]));
  const reasons = new Map(entries.map(([k, , , r]) => [k, r ?? '']));
  return { list, v: (key) => byKey.get(key)!, reason: (key) => reasons.get(key)! };
}

/** The explanatory sections, written from the figures so text and figures cannot disagree. */
function sections(f: { v: (key: string) => Cents; reason: (key: string) => string }) {
  const v = (k: string) => yuan(f.v(k));
  const ch = (k: string) => change(f.v(k));
  /** The change with the reason the figure carries, as the text states it. */
  const reason = (k: string) => `${ch(k)}，${f.reason(k)}`;
  return [
    { key: 'basic', heading: '一、单位基本情况', paragraphs: [] },
    { key: 'functions', heading: '（一）职能职责', paragraphs: ['1. 贯彻执行国家和市教育工作方针、政策和法律法规，拟订全区教育发展规划并组织实施。2. 统筹管理全区学前教育、义务教育、普通高中教育和职业教育。3. 负责全区教育经费的统筹管理和学生资助工作。4. 负责全区教师队伍建设和教育督导评估工作。'] },
    { key: 'composition', heading: '（二）单位构成', paragraphs: ['区教委是区政府工作部门，内设办公室、人事科、计划财务科、基础教育科、职业教育与成人教育科、教育督导室 6 个科室；纳入本部门预算编制范围的单位共 5 个：区教委本级及青岚区第一中学校、青岚区实验小学校、青岚区职业教育中心、青岚区机关幼儿园。行政编制 18 名，事业编制 412 名。'] },
    { key: 'overview', heading: '二、部门收支总体情况', paragraphs: [] },
    {
      key: 'income', heading: '（一）收入预算',
      paragraphs: [`2024 年年初预算数 ${v('income.total')}，其中：一般公共预算拨款 ${v('income.gpb')}，政府性基金预算拨款 ${v('income.govFund')}，国有资本经营预算收入 ${v('income.stateCapital')}，事业收入 ${v('income.business')}，事业单位经营收入 ${v('income.operating')}，其他收入 ${v('income.other')}。收入较去年${reason('income.change')}。`],
    },
    {
      key: 'expenditure', heading: '（二）支出预算',
      paragraphs: [`2024 年年初预算数 ${v('expenditure.total')}，其中：一般公共服务支出 ${v('expenditure.class.201')}，教育支出 ${v('expenditure.class.205')}，社会保障和就业支出 ${v('expenditure.class.208')}，卫生健康支出 ${v('expenditure.class.210')}，住房保障支出 ${v('expenditure.class.221')}，国有资本经营预算支出 ${v('expenditure.class.223')}，其他支出 ${v('expenditure.class.229')}。支出较去年${reason('expenditure.change')}。`],
    },
    {
      key: 'gpb', heading: '三、部门预算情况说明',
      paragraphs: [
        `2024 年一般公共预算财政拨款收入 ${v('gpb.income')}，一般公共预算财政拨款支出 ${v('gpb.expenditure')}，比 2023 年${ch('gpb.change')}。其中：基本支出 ${v('basic.total')}，比 2023 年${reason('basic.change')}；项目支出 ${v('project.total')}，比 2023 年${reason('project.change')}。`,
        `区教委 2024 年政府性基金预算拨款安排的支出 ${v('income.govFund')}，全部为彩票公益金安排的项目支出，用于校园足球特色学校建设和农村留守儿童关爱及困难学生资助。国有资本经营预算拨款安排的支出 ${v('income.stateCapital')}，用于原校办企业退休人员社会化管理补助。`,
      ],
    },
    {
      key: 'sangong', heading: '四、“三公”经费情况说明',
      paragraphs: [`2024 年“三公”经费预算 ${v('sangong.total')}，比 2023 年${reason('sangong.change')}。其中：因公出国（境）费用 ${v('sangong.abroad')}，比 2023 年${reason('sangong.abroad.change')}；公务用车购置费 ${v('sangong.vehiclePurchase')}，比 2023 年${reason('sangong.vehiclePurchase.change')}；公务用车运行维护费 ${v('sangong.vehicleOps')}，比 2023 年${reason('sangong.vehicleOps.change')}；公务接待费 ${v('sangong.reception')}，比 2023 年${reason('sangong.reception.change')}。`],
    },
    { key: 'other', heading: '五、其他重要事项的情况说明', paragraphs: [] },
    { key: 'operating', heading: '1、机关运行经费', paragraphs: [`2024 年一般公共预算财政拨款运行经费 ${v('operating.total')}，比上年${reason('operating.change')}。`] },
    {
      key: 'procurement', heading: '2、政府采购情况',
      paragraphs: [`所属各预算单位政府采购预算总额 ${v('procurement.total')}：政府采购货物预算 ${v('procurement.goods')}、政府采购工程预算 ${v('procurement.works')}、政府采购服务预算 ${v('procurement.services')}；其中一般公共预算拨款政府采购 ${v('procurement.gpb.total')}：政府采购货物预算 ${v('procurement.gpb.goods')}、政府采购工程预算 ${v('procurement.gpb.works')}、政府采购服务预算 ${v('procurement.gpb.services')}。`],
    },
    {
      key: 'performance', heading: '3、绩效目标设置情况',
      paragraphs: [`2024 年实行绩效目标管理的项目 ${PROJECTS.length} 个，涉及一般公共预算当年财政拨款 ${v('performance.gpb')}，涉及政府性基金预算当年财政拨款 ${v('performance.govFund')}。`],
    },
    { key: 'assets', heading: '4、国有资产占有使用情况', paragraphs: ['截止 2023 年 12 月，所属各预算单位共有车辆 6 辆，其中一般公务用车 2 辆、其他用车（校车）4 辆。'] },
    { key: 'glossary', heading: '六、专业性名词解释', paragraphs: [] },
  ];
}

export const narrative = {
  figures,
  sections,
  glossary: [
    { term: '财政拨款收入', definition: '指本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。' },
    { term: '事业收入', definition: '指事业单位开展专业业务活动及辅助活动取得的收入，本部门主要为普通高中和中等职业学校按规定收取的学费、住宿费。' },
    { term: '彩票公益金', definition: '指按规定从彩票销售额中提取、专项用于社会福利、体育等社会公益事业的资金，纳入政府性基金预算管理。' },
    { term: '基本支出', definition: '指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。' },
    { term: '项目支出', definition: '指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。' },
    { term: '“三公”经费', definition: '指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费。' },
    { term: '机关运行经费', definition: '指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。' },
  ],
};
