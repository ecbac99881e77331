/**
 * Chromium's own accessibility tree of each element on the Tongnan data (axe checks rules; this
 * checks what a screen reader is actually given: roles, names, descriptions and states).
 * The tree comes from the 'ax-tree' server command (test/a11y-tree-plugin.mjs): the stock
 * a11ySnapshot prunes tables and cells and has no sort state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/elements/sangong-chart/sangong-chart.js';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/budget-table/budget-table.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { load, TONGNAN_URL } from '../fixtures/elements/browser.js';

interface AxNode {
  role: string;
  name: string;
  description?: string;
  props: Record<string, string | number | boolean | undefined>;
  children: AxNode[];
}

let data: BudgetDisclosure;
before(async () => {
  data = await load(TONGNAN_URL);
});

const tree = (selector: string) => executeServerCommand<AxNode, { selector: string }>('ax-tree', { selector });
function all(node: AxNode, test: (n: AxNode) => boolean, out: AxNode[] = []): AxNode[] {
  if (test(node)) out.push(node);
  for (const c of node.children) all(c, test, out);
  return out;
}
function one(node: AxNode, role: string, name?: string | RegExp): AxNode {
  const found = all(node, (n) => n.role === role && (name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name))));
  expect(found, `${role} ${String(name ?? '')}`).to.have.length(1);
  return found[0]!;
}
const names = (node: AxNode, role: string) => all(node, (n) => n.role === role).map((n) => n.name);
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
/** The button whose visible text (icons and arrows left out) is `text`. */
function buttonByText(el: Element, text: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.replace(/[▸▲▼↕]/g, '').replace(/\s+/g, ' ').trim() === text);
  expect(found, `button ${text}`).to.have.length(1);
  return found[0]!;
}
async function press(el: BudgetElement, button: HTMLElement): Promise<void> {
  button.click();
  await el.updateComplete;
}

describe('accessibility tree (Chromium)', () => {
  it('sangong-chart: a described chart, named marks with figures, pressed toggles', async () => {
    const el = await fixture<BudgetElement>(html`<sangong-chart style="width:900px" .data=${data}></sangong-chart>`);
    await el.updateComplete;
    let ax = await tree('sangong-chart');
    const region = one(ax, 'region', '“三公”经费预算');
    expect(one(region, 'heading', '“三公”经费预算').props.level).to.equal(2);
    const chart = one(ax, 'graphics-document', '“三公”经费预算图');
    expect(chart.description).to.match(/^2023年“三公”经费预算7\.00万元，比2022年减少0\.90万元（-11\.39%）。/);
    const marks = all(chart, (n) => n.role === 'graphics-symbol');
    expect(marks).to.have.length(10);
    expect(marks.map((m) => m.name)).to.include.members([
      '总计，2023年：7.00万元，比2022年减少0.90万元（-11.39%）',
      '公务接待，2022年：3.90万元',
      '公务用车运行维护，2023年：3.50万元，比2022年减少0.50万元（-12.50%）',
    ]);
    expect(marks.every((m) => m.props.focusable === true)).to.equal(true);
    const mode = one(ax, 'group', '图表样式');
    expect(one(mode, 'button', '分组').props.pressed).to.equal('true');
    expect(one(mode, 'button', '堆叠').props.pressed).to.equal('false');
    expect(one(one(ax, 'group', '图例'), 'button', '2022年').props.pressed).to.equal('true');
    expect(one(ax, 'DisclosureTriangle', '查看数据表').props.expanded).to.equal(false);

    await press(el, buttonByText(el, '2022年'));
    ax = await tree('sangong-chart');
    expect(one(ax, 'button', '2022年').props.pressed).to.equal('false');
    expect(names(ax, 'graphics-symbol')).to.have.length(5);
    expect(names(ax, 'graphics-symbol').some((n) => n.includes('，2022年：'))).to.equal(false);
    await press(el, buttonByText(el, '堆叠'));
    ax = await tree('sangong-chart');
    expect(one(ax, 'button', '分组').props.pressed).to.equal('false');
    expect(one(ax, 'button', '堆叠').props.pressed).to.equal('true');
  });

  it('budget-summary: breadcrumb navigation and named drill buttons', async () => {
    const el = await fixture<BudgetElement>(html`<budget-summary style="width:900px" .data=${data}></budget-summary>`);
    await el.updateComplete;
    let ax = await tree('budget-summary');
    one(ax, 'region', '部门预算概览');
    expect(names(ax, 'term')).to.deep.equal(['收入预算', '支出预算', '基本支出与项目支出', '“三公”经费', '机关运行经费', '政府采购预算']);
    let nav = one(ax, 'navigation', '科目层级');
    expect(all(nav, (n) => n.role === 'listitem')).to.have.length(1);
    const bars = one(ax, 'graphics-document', '按功能分类的支出条形图');
    expect(bars.description).to.match(/支出预算291\.00万元/);
    expect(names(bars, 'button')).to.deep.equal([
      '201 一般公共服务支出，2023年 258.24万元，2022年 275.34万元，增减 -17.10（-6.21%）（按回车键查看下级科目）',
      '208 社会保障和就业支出，2023年 15.17万元，2022年 17.86万元，增减 -2.69（-15.06%）（按回车键查看下级科目）',
      '210 卫生健康支出，2023年 8.88万元，2022年 10.37万元，增减 -1.49（-14.37%）（按回车键查看下级科目）',
      '221 住房保障支出，2023年 8.72万元，2022年 8.93万元，增减 -0.21（-2.35%）（按回车键查看下级科目）',
    ]);
    expect(one(ax, 'status').props.live).to.equal('polite');

    // drill into 201: the breadcrumb gains a level and offers a button back to the top
    const bar = [...el.shadowRoot!.querySelectorAll<SVGElement>('[role="button"], button')].find((b) => (b.getAttribute('aria-label') ?? '').startsWith('201 '))!;
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    ax = await tree('budget-summary');
    nav = one(ax, 'navigation', '科目层级');
    expect(all(nav, (n) => n.role === 'listitem')).to.have.length(2);
    expect(one(nav, 'button', '全部类级科目').props.focusable).to.equal(true);
    expect(names(one(ax, 'graphics-document', /条形图$/), 'button')[0]).to.match(/^20137 网信事务，2023年 258\.24万元/);
  });

  it('project-table: captioned table, sortable column headers, expandable rows', async () => {
    const el = await fixture<BudgetElement>(html`<project-table .data=${data}></project-table>`);
    await el.updateComplete;
    let ax = await tree('project-table');
    one(ax, 'searchbox', '筛选项目');
    const table = one(ax, 'table', /^附件10 项目支出明细表 .*单位：万元$/);
    expect(names(table, 'columnheader')).to.deep.equal(['项目名称', '功能分类科目', '预算单位', '合计', '年初特定目标 小计', '年初特定目标 一般性项目', '占合计比例']);
    // Chromium's DevTools protocol does not expose aria-sort (no such AX property): the sort
    // state is checked on the header cells the tree reports, which carry it for platform APIs.
    const sortState = () => [...$(el, 'thead').querySelectorAll('th')].map((th) => th.getAttribute('aria-sort'));
    expect(sortState().every((s) => s === null)).to.equal(true);
    expect(names(table, 'rowheader')).to.deep.equal(['2023 网络宣传专项', '2023 网络舆情监测专项', '2023 网络安全维护专项', '2023 网络信息化建设专项', '合计']);
    expect(one(one(table, 'rowheader', '2023 网络宣传专项'), 'button').props.expanded).to.equal(false);

    await press(el, buttonByText(el, '合计'));
    await press(el, buttonByText(el, '2023 网络宣传专项'));
    ax = await tree('project-table');
    one(ax, 'columnheader', '合计');
    expect(sortState()).to.deep.equal([null, null, null, 'ascending', null, null, null]);
    expect(one(one(ax, 'rowheader', '2023 网络宣传专项'), 'button').props.expanded).to.equal(true);
  });

  it('kpi-card: headings, the weight list and the indicator table', async () => {
    const el = await fixture<BudgetElement>(html`<kpi-card .data=${data}></kpi-card>`);
    await el.updateComplete;
    const ax = await tree('kpi-card');
    const region = one(ax, 'region', '部门整体绩效目标');
    expect(all(region, (n) => n.role === 'heading').map((h) => [h.name, h.props.level])).to.deep.equal([
      ['部门整体绩效目标', 2],
      ['年度绩效目标', 3],
      ['权重分布', 3],
    ]);
    expect(one(region, 'term', '部门支出预算数')).to.exist;
    expect(all(one(region, 'list', '权重分布'), (n) => n.role === 'listitem')).to.have.length(10);
    const table = one(region, 'table', '绩效指标');
    expect(names(table, 'columnheader')).to.deep.equal(['指标', '指标值', '权重']);
    const rows = names(table, 'rowheader');
    expect(rows).to.have.length(10);
    expect(rows.slice(0, 3)).to.deep.equal(['区委网信专网、中央网信专网、视频会议专网正常运行天数', '监测方案数', '监测关键词字']);
  });

  it('budget-table: a scroll region, caption with unit, row headers and tree toggles', async () => {
    const el = await fixture<BudgetElement>(html`<budget-table kind="gpb-expenditure" .data=${data}></budget-table>`);
    await el.updateComplete;
    let ax = await tree('budget-table');
    expect(one(ax, 'region', '附件2 一般公共预算财政拨款支出预算表（可横向滚动）').props.focusable).to.equal(true);
    const table = one(ax, 'table', '附件2 一般公共预算财政拨款支出预算表 中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：万元');
    expect(names(table, 'columnheader')).to.deep.equal(['功能分类科目', '2022 年预算数', '2023 年预算数', '科目编码', '科目名称', '总计', '基本支出', '项目支出']);
    expect(names(table, 'rowheader').slice(0, 4)).to.deep.equal(['合计', '一般公共服务支出', '网信事务', '行政运行']);
    const toggle = one(one(table, 'rowheader', '一般公共服务支出'), 'button', '一般公共服务支出');
    expect(toggle.props.expanded).to.equal(true);
    expect(toggle.props.controls).to.equal('row-2');

    await press(el, buttonByText(el, '一般公共服务支出'));
    ax = await tree('budget-table');
    expect(one(ax, 'button', '一般公共服务支出').props.expanded).to.equal(false);
    // the collapsed children leave the tree
    expect(names(ax, 'rowheader')).to.not.include('网信事务');

    // the unit read out with the caption follows display-unit
    el.setAttribute('display-unit', '元');
    await el.updateComplete;
    one(await tree('budget-table'), 'table', /单位：元$/);
  });
});
