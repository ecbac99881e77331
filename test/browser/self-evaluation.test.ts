/**
 * A 决算's 绩效自评 in <kpi-card> and <project-table> (issue 13), on the fictional 决算
 * (data/example-district-2024-final.json): the department's and each project's score, funding
 * line, targets against what was achieved, lost points and deviation reasons; the project list
 * with 年初预算 / 全年预算 / 执行数 / 执行率 / 得分, sorted by 执行率 with the mouse and the keyboard,
 * a project opened, a card following the list; axe in every state. The budget file keeps its
 * performance targets (the same elements, the other kind).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/project-table/project-table.js';
import type { KpiCard } from '../../src/elements/kpi-card/kpi-card.js';
import type { ProjectTable } from '../../src/elements/project-table/project-table.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { DISTRICT_URL, load } from '../fixtures/elements/browser.js';

const FINAL_URL = '/data/example-district-2024-final.json';
let final: BudgetDisclosure;
let budget: BudgetDisclosure;
before(async () => {
  [final, budget] = await Promise.all([load(FINAL_URL), load(DISTRICT_URL)]);
});

const text = (n: Element | null | undefined) => n?.textContent?.replace(/▸/g, '').replace(/\s+/g, ' ').trim() ?? '';
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

async function card(attrs: { project?: string; indicator?: string; mode?: string; lang?: string } = {}, data = final): Promise<KpiCard> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px" lang=${attrs.lang ?? 'zh'}><kpi-card .data=${data}></kpi-card></div>`);
  const el = wrap.querySelector('kpi-card')!;
  for (const [k, v] of Object.entries(attrs)) if (k !== 'lang' && v) el.setAttribute(k, v);
  expect(await el.loadComplete).to.equal(true);
  await el.updateComplete;
  return el;
}

async function table(data = final): Promise<ProjectTable> {
  const el = await fixture<ProjectTable>(html`<project-table .data=${data}></project-table>`);
  expect(await el.loadComplete).to.equal(true);
  await el.updateComplete;
  return el;
}

/** Indicator rows as [name, target, actual, points, score]. */
const indicatorRows = (root: Element) => $$(root, 'table.eval tbody tr:not(.l1):not(.l2):not(.why)').map((r) => [...r.children].map(text));
/** The funding line as "label value" pairs. */
const funds = (root: Element | null) => [...(root?.querySelectorAll('.funds > div') ?? [])].map((d) => `${text(d.querySelector('dt'))} ${text(d.querySelector('dd'))}`);
const projectRows = (el: Element) => $$(el, 'tbody tr[data-id]').map((r) => [...r.children].map(text));

describe('<kpi-card> on a 决算: the 绩效自评', () => {
  it('shows the department’s score, funding line and every indicator against its target, as published', async () => {
    const el = await card();
    expect(text($(el, '.eyebrow'))).to.equal('部门整体支出绩效自评');
    expect(text($(el, 'h2'))).to.equal('重庆市青岚区教育委员会');
    expect(funds(el.shadowRoot!.querySelector('.base'))).to.deep.equal(['年初预算数 97,579,235.48 元', '全年预算数 98,225,542.05 元', '全年执行数 98,067,651.89 元', '执行率 99.84%']);
    expect(text($(el, '.score'))).to.equal('自评得分98.98/ 100 分');
    expect(text($(el, '.hint'))).to.equal('资金执行得分 9.98 / 10 分');
    expect(indicatorRows(el)).to.have.length(7);
    expect(indicatorRows(el)[0]).to.deep.equal(['保障中小学校、幼儿园正常运转', '46 所', '46 所', '15', '15']);
    expect(indicatorRows(el)[3]).to.deep.equal(['高中阶段毛入学率', '≥95%', '94.2%', '10', '9扣 1 分']);
    expect(text($(el, 'tr.why'))).to.equal('偏差原因及改进措施：外出务工家庭子女随迁就读增加；下年加强控辍保学和招生宣传');
    expect(text($(el, '.summary'))).to.equal('7 项指标中 1 项扣分：高中阶段毛入学率（扣 1 分）。');
    expect($$(el, 'tr.l1 th').map(text)).to.deep.equal(['产出指标', '效益指标', '满意度指标']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows one project’s evaluation by name, with its lost points in words', async () => {
    const el = await card({ project: '教育信息化建设（智慧校园）' });
    expect(text($(el, '.eyebrow'))).to.equal('项目支出绩效自评');
    expect(text($(el, 'h2'))).to.equal('教育信息化建设（智慧校园）');
    expect(text($(el, '.score .value'))).to.equal('93.05');
    expect(funds(el.shadowRoot!.querySelector('.base'))).to.include('执行率 70.95%');
    expect(text($(el, '.hint'))).to.equal('资金执行得分 7.10 / 10 分');
    // Every "扣 N 分" is 分值 − 得分 of its row, exact.
    for (const r of indicatorRows(el).filter((r) => r[4]!.includes('扣'))) {
      const lost = Math.round((Number(r[3]) - Number.parseFloat(r[4]!)) * 100) / 100;
      expect(r[4]).to.equal(`${Number.parseFloat(r[4]!)}扣 ${lost} 分`);
    }
    expect($$(el, 'tr.why').length).to.be.greaterThan(0);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('says which projects there are when the one asked for has no evaluation', async () => {
    const el = await card({ project: '不存在的项目' });
    expect(text($(el, '.notice'))).to.equal('未找到项目“不存在的项目”的绩效自评。');
    expect($$(el, '.options li')).to.have.length(14);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows one indicator large: what was achieved against the target, its score and reason', async () => {
    const el = await card({ indicator: '高中阶段毛入学率' });
    expect(text($(el, '.big-label'))).to.equal('高中阶段毛入学率');
    expect(text($(el, '.big-value'))).to.equal('94.2%');
    expect($$(el, '.levels').map(text)).to.deep.equal(['目标 ≥95% · 产出指标 · 质量指标', '得分 9扣 1 分 / 10 分', '偏差原因及改进措施：外出务工家庭子女随迁就读增加；下年加强控辍保学和招生宣传']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('reads English with the data as published', async () => {
    const el = await card({ lang: 'en' });
    expect(text($(el, '.eyebrow'))).to.equal('Department performance self-evaluation');
    expect(text($(el, '.summary'))).to.equal('1 of 7 indicators lost points: 高中阶段毛入学率 (−1 pts).');
  });

  it('still shows a budget’s performance targets', async () => {
    const el = await card({}, budget);
    expect($(el, 'table.eval')).to.equal(null);
    expect(text($(el, 'h2'))).to.equal('部门整体绩效目标');
  });
});

describe('<project-table> on a 决算: the projects’ 绩效自评', () => {
  it('lists every project with 年初预算, 全年预算, 执行数, 执行率 and 得分, and totals the money only', async () => {
    const el = await table();
    expect($$(el, 'thead th').map(text)).to.deep.equal(['项目名称 ↕', '项目资金（元） 年初预算数 ↕', '项目资金（元） 全年预算数 ↕', '项目资金（元） 全年执行数 ↕', '执行率 ↕', '总分 得分 ↕']);
    const rows = projectRows(el);
    expect(rows).to.have.length(14);
    expect(rows[0]).to.deep.equal(['教育工委党建工作经费', '320,000.00', '320,000.00', '306,480.00', '95.78%', '99.58']);
    expect([...$$(el, 'tfoot tr.total')[0]!.children].map(text)).to.deep.equal(['合计', '11,552,400.00', '11,552,400.00', '10,824,952.00', '']);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('sorts by 执行率 with a click and with the keyboard', async () => {
    const el = await table();
    const rateButton = () => $$(el, 'thead th')[4]!.querySelector('button')!;
    rateButton().click();
    await el.updateComplete;
    expect($$(el, 'thead th')[4]!.getAttribute('aria-sort')).to.equal('ascending');
    const rates = projectRows(el).map((r) => r[4]);
    expect(rates[0]).to.equal('70.95%');
    expect(rates.map((r) => Number.parseFloat(r!))).to.deep.equal([...rates.map((r) => Number.parseFloat(r!))].sort((a, b) => a - b));
    rateButton().focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[4]!.getAttribute('aria-sort')).to.equal('descending');
    expect(projectRows(el).at(-1)![4]).to.equal('70.95%');
  });

  it('opens a project’s indicators and tells a linked card, which shows its evaluation', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <project-table id="list" .data=${final}></project-table>
      <kpi-card for="list" .data=${final}></kpi-card>
    </div>`);
    const list = wrap.querySelector('project-table')!;
    const kpi = wrap.querySelector('kpi-card')!;
    await Promise.all([list.loadComplete, kpi.loadComplete]);
    // Until a project is opened, the card invites the choice (it does not repeat the department's evaluation).
    expect(text($(kpi, 'h2'))).to.equal('项目支出绩效自评');
    expect(text($(kpi, '.hint'))).to.equal('在项目表中展开项目，此处显示其绩效自评。');
    const button = $$(list, 'tbody tr[data-id] button.toggle').find((b) => text(b) === '教育信息化建设（智慧校园）')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = $(list, 'tr.detail')!;
    expect(funds(detail)).to.deep.equal(['年初预算数 1,850,000.00 元', '全年预算数 1,850,000.00 元', '全年执行数 1,312,600.00 元', '执行率 70.95%']);
    expect(detail.querySelectorAll('table.eval tbody tr:not(.l1):not(.l2):not(.why)').length).to.equal(12);
    await kpi.updateComplete;
    expect(text($(kpi, 'h2'))).to.equal('教育信息化建设（智慧校园）');
    expect(text($(kpi, '.score .value'))).to.equal('93.05');
    expect(text($(kpi, '[role=status]'))).to.equal('已显示“教育信息化建设（智慧校园）”的绩效自评');
    await expect(list).shadowDom.to.be.accessible();
    await expect(kpi).shadowDom.to.be.accessible();
  });

  it('still lists a budget’s 项目支出明细表', async () => {
    const el = await table(budget);
    expect($$(el, 'thead th').map(text).at(-1)).to.equal('占合计比例');
  });
});
