/**
 * The hand-written content of the FICTIONAL 2024 部门决算 of the example district (重庆市青岚区教育委员会,
 * in 元), the pair of `data/example-district-2024.json`: what each 项 and project actually spent and
 * why it differs from the budget, the carry-overs, 三公, procurement, assets and the self-evaluation.
 * Every total is derived by `make-example-final.ts`; the budget side is read from the budget file's
 * generator, so the two files join exactly. 青岚区 does not exist; every name and number is made up.
 * Proportions follow what Chongqing district education commissions publish: personnel costs a little
 * above budget after the mid-year pay adjustment (调资), projects slightly below (政府采购结余,
 * 按实结算), one information project carried into the next year, 三公 well under budget.
 */

/** Actual basic expenditure (一般公共预算财政拨款) per 项, with the reason the text gives when it differs. */
export const BASIC_ACTUAL: Record<string, { amount: string; reason?: string }> = {
  '2050101': { amount: '6412905.18', reason: '主要是年中调整绩效工资标准，追加人员经费' },
  '2050201': { amount: '4421388.62', reason: '主要是年中新增公办幼儿园教职工，追加人员经费' },
  '2050202': { amount: '18703116.45', reason: '主要是年中调资追加人员经费，营养改善计划按实际就餐人数结算' },
  '2050203': { amount: '11960411.27', reason: '主要是年中调资追加人员经费' },
  '2050204': { amount: '13741537.20', reason: '主要是年中调资追加人员经费，国家助学金按实际受助人数发放' },
  '2050302': { amount: '7982764.91', reason: '主要是年中调资追加人员经费' },
  '2080501': { amount: '1302600.00', reason: '主要是本年新增退休人员' },
  '2080505': { amount: '6436980.48', reason: '主要是调资后缴费基数提高' },
  '2080506': { amount: '3218490.24', reason: '主要是调资后缴费基数提高' },
  '2101101': { amount: '512380.44' },
  '2101102': { amount: '3874116.30', reason: '主要是调资后缴费基数提高' },
  '2101103': { amount: '498600.00' },
  '2210201': { amount: '5752108.80', reason: '主要是调资后缴存基数提高' },
};

/** What each project of the budget spent of the year's money (by project name), with the reason when less. */
export const PROJECT_ACTUAL: Record<string, { amount: string; reason?: string }> = {
  教育工委党建工作经费: { amount: '306480.00', reason: '党建阵地建设政府采购结余' },
  教育督导公务用车购置: { amount: '178600.00', reason: '公务用车购置政府采购结余' },
  教育督导评估经费: { amount: '260000.00' },
  '教育信息化建设（智慧校园）': { amount: '1312600.00', reason: '智慧校园二期部分设备年底前未完成验收，资金结转下年使用' },
  学前教育幼儿资助: { amount: '428600.00' },
  义务教育学生营养改善计划: { amount: '2291562.00', reason: '按实际就餐人数结算' },
  义务教育公用经费保障: { amount: '1562400.00' },
  普通高中国家助学金: { amount: '651700.00', reason: '按实际受助人数发放' },
  中等职业教育免学费补助: { amount: '1245000.00' },
  职业教育实训基地建设: { amount: '974360.00', reason: '实训设备政府采购结余' },
  教师继续教育培训: { amount: '497250.00', reason: '部分线下培训改为线上开展，节约培训经费' },
  校园足球特色学校建设: { amount: '300000.00' },
  农村留守儿童关爱及困难学生资助: { amount: '630000.00', reason: '部分资助资金按学期结转下年发放' },
  校办企业退休人员社会化管理补助: { amount: '186400.00' },
};

/** Money not in the budget: last year's carry-over spent, and a mid-year addition (追加). */
export const CARRYOVER = {
  /** 年初财政拨款结转和结余 (一般公共预算), spent on 智慧校园 (2050199) this year. */
  gpbBegin: { code: '2050199', amount: '412300.00' },
  /** 事业收入 brought forward by the vocational school (2050302). */
  businessBegin: { code: '2050302', amount: '85000.00' },
};
export const ADDED = { code: '2050299', name: '其他普通教育支出', amount: '120000.00', reason: '年中追加：区级教育教学改革试点专项' };

/** 事业收入 and 其他收入 of the year, and what they paid for (basic expenditure, by 项). */
export const BUSINESS = {
  income: { '2050204': '1279820.00', '2050302': '613440.00' } as Record<string, string>,
  other: { code: '2050302', amount: '12530.16', name: '存款利息收入' },
  spent: { '2050204': '1279820.00', '2050302': '613180.00' } as Record<string, string>,
};

/** Public (公用经费) economic rows that differ from the budget; the rest are spent as budgeted. */
export const PUBLIC_ACTUAL: Record<string, string> = {
  '30211': '276418.50',
  '30212': '0.00',
  '30216': '298760.00',
  '30217': '31208.00',
  '30231': '52316.40',
};

/** 三公 of the year (决算数) and of 2023 (上年决算数); the 预算数 is the budget file's. */
export const SANGONG_ACTUAL = { abroad: '0.00', vehiclePurchase: '178600.00', vehicleOps: '52316.40', reception: '31208.00' };
export const SANGONG_PRIOR = { abroad: '32150.00', vehiclePurchase: '0.00', vehicleOps: '58730.60', reception: '45880.00' };
export const SANGONG_REASONS = {
  abroad: '本年原计划的 1 批次教师出国（境）交流项目取消',
  vehiclePurchase: '按规定更新 1 辆教育督导执法执勤用车，政府采购结余',
  vehicleOps: '严格执行公务用车使用管理规定，压减用车频次',
  reception: '严格执行公务接待标准，减少接待批次',
};

/** 政府采购 actuals. */
export const PROCUREMENT_ACTUAL = { goods: '1538420.00', works: '758400.00', services: '750000.00', sme: '2468930.00' };

/** 国有资产占用 at 31 December. */
export const ASSETS = { vehicles: 6, officialVehicles: 2, equipment: 3, specialEquipment: 0 };

/** The department's self-evaluation indicators: [二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因]. */
export const DEPT_INDICATORS: Array<[string, string, string, string, string, string, string?]> = [
  ['数量指标', '保障中小学校、幼儿园正常运转', '46 所', '46 所', '15', '15'],
  ['数量指标', '在校学生人数', '≥21500 人', '21836 人', '10', '10'],
  ['质量指标', '义务教育巩固率', '≥99%', '99.6%', '15', '15'],
  ['质量指标', '高中阶段毛入学率', '≥95%', '94.2%', '10', '9', '外出务工家庭子女随迁就读增加；下年加强控辍保学和招生宣传'],
  ['成本指标', '“三公”经费控制数', '≤340000 元', '262124.40 元', '10', '10'],
  ['社会效益指标', '学前三年毛入园率', '≥92%', '93.1%', '10', '10'],
  ['服务对象满意度指标', '群众对教育工作满意度', '≥90%', '93.5%', '20', '20'],
];
