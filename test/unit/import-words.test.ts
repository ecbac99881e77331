/**
 * The words the importer recognises: titles (department name, 附件/表 numbers, years, spaces,
 * 续), heading wording variants → column keys, codes in every layout, row roles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTitle } from '../../src/import/title.js';
import { roleOf } from '../../src/import/column-keys.js';
import { SplitCodes, splitJoined, codeText } from '../../src/import/codes.js';
import { rolesOf } from '../../src/import/roles.js';

const kindOf = (s: string, dept?: string) => {
  const t = readTitle(s, dept);
  return t && (t.what.type === 'table' ? t.what.kind : t.what.type);
};

test('titles: found by their words, with or without department, attachment, year, spaces, 续', () => {
  assert.equal(kindOf('附件 3  一般公共预算财政拨款基本支出预算表'), 'gpb-basic-expenditure');
  assert.equal(kindOf('表3 一般公共预算基本支出表'), 'gpb-basic-expenditure');
  assert.equal(kindOf('中共重庆市潼南区委网络安全和信息化委员会办公室 2023年 部门 收支 总表'), 'dept-summary');
  assert.equal(kindOf('重庆市青岚区教育委员会2024年财政拨款收支总表', '重庆市青岚区教育委员会'), 'fiscal-summary');
  assert.equal(kindOf('一般公共预算支出“三公”经费预算表'), 'sangong');
  assert.equal(kindOf('2023年度一般公共预算财政拨款“三公”经费支出决算表'), 'final-sangong');
  assert.equal(kindOf('财政拨款收入支出决算总表'), 'final-fiscal-summary');
  assert.equal(kindOf('2023 年预算项目绩效目标表-2'), 'project-performance');
  assert.equal(kindOf('部门人员情况表'), '');
  assert.equal(readTitle('本表反映当年一般公共预算财政拨款支出情况。'), undefined);
  assert.equal(readTitle('合计'), undefined);
  const t = readTitle('附件6 部门收支总表（续）')!;
  assert.deepEqual([t.title, t.attachment, t.continued], ['部门收支总表', '6', true]);
  assert.equal(readTitle('2023 年预算项目绩效目标表-2')!.sequence, '2');
});

test('headings: wording variants give the kind\'s keys; other columns keep their letter', () => {
  const key = (kind: string, label: string, groups: string[] = [], fiscalYear = 2024) => {
    const r = roleOf(kind, { index: 7, label, groups }, { fiscalYear, hasProjectName: false });
    return r.type === 'amount' || r.type === 'text' ? r.key : r.type;
  };
  assert.equal(key('dept-income', '一般公共预算拨款收入'), 'gpb');
  assert.equal(key('dept-income', '一般公共预算财政拨款收入'), 'gpb');
  assert.equal(key('dept-income', '上年结转结余资金'), 'carryover', '上年结转 is a source, not last year');
  assert.equal(key('dept-income', '事业单位经营收入'), 'operating');
  assert.equal(key('sangong', '因公出国（境）费'), 'abroad');
  assert.equal(key('sangong', '因公出国(境)费用', ['2023年预算数']), 'prior.abroad');
  assert.equal(key('sangong', '公务用车运行费', ['上年预算数', '公务用车购置及运行费']), 'prior.vehicleOps');
  assert.equal(key('sangong', '小计', ['2024 年预算数', '公务用车购置及运行维护费']), 'vehicle');
  assert.equal(key('gpb-expenditure', '2023 年预算数'), 'prior.total');
  assert.equal(key('gpb-expenditure', '基本支出', ['2024年预算数']), 'basic');
  assert.equal(key('gpb-basic-expenditure', '公用经费'), 'public');
  assert.equal(key('gpb-expenditure', '调整数'), 'col.H');
  assert.equal(key('gpb-expenditure', '科目编码'), 'code');
  assert.equal(key('gpb-expenditure', '款'), 'code-part');
  assert.equal(key('final-summary', '行次'), 'line');
});

test('codes: one column, split 类/款/项 (blank = as above), joined with the name; a year is not a code', () => {
  assert.equal(codeText('2013701'), '2013701');
  assert.equal(codeText('[2013701]'), '2013701');
  assert.equal(codeText('合计'), undefined);
  assert.deepEqual(splitJoined('[2013701]行政运行'), { code: '2013701', name: '行政运行' });
  assert.deepEqual(splitJoined('20137 网信事务'), { code: '20137', name: '网信事务' });
  assert.deepEqual(splitJoined('30101-基本工资'), { code: '30101', name: '基本工资' });
  assert.equal(splitJoined('2023 网络宣传专项'), undefined);
  const s = new SplitCodes();
  assert.deepEqual([s.join(['201', '', '']), s.join(['201', '37', '']), s.join(['', '', '01']), s.join(['', '', '99']), s.join(['', '50', '']), s.join(['', '', '01'])], ['201', '20137', '2013701', '2013799', '20150', '2015001']);
  assert.equal(s.join(['合计', '', '']), undefined);
});

test('roles: 合计/总计/小计 and headed groups, as the format marks them', () => {
  assert.deepEqual(rolesOf(['合计', '一般公共服务支出']), ['total', undefined]);
  assert.deepEqual(rolesOf(['本年收入合计', '上年结转', '收入总计']), ['subtotal', undefined, 'total']);
  assert.deepEqual(rolesOf(['一、本年收入', '(一) 一般公共预算拨款', '二、上年结转', '收入合计']), ['subtotal', undefined, undefined, 'total']);
  assert.deepEqual(rolesOf(['一、本年收入', '（一）一般公共预算拨款']), ['subtotal', undefined]);
  assert.deepEqual(rolesOf(['公务用车小计']), ['subtotal']);
});
