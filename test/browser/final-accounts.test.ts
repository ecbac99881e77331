/**
 * A 部门决算 read as a 决算 (issue 13): every 决算 table kind in <budget-table> with its published
 * headings and 行次, table 6 as its two halves, and the 决算 words of <budget-summary> and
 * <sangong-chart>, on the fictional 决算 (data/example-district-2024-final.json). Its budget
 * (data/example-district-2024.json) keeps the budget's words: the same elements, the other kind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/budget-table/budget-table.js';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/sangong-chart/sangong-chart.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { DISTRICT_URL, load } from '../fixtures/elements/browser.js';

const FINAL_URL = '/data/example-district-2024-final.json';
let final: BudgetDisclosure;
let budget: BudgetDisclosure;
before(async () => {
  [final, budget] = await Promise.all([load(FINAL_URL), load(DISTRICT_URL)]);
});

const text = (n: Element) => n.textContent!.replace(/▸/g, '').replace(/\s+/g, ' ').trim();
const shadow = (el: Element) => [...el.shadowRoot!.children].filter((c) => c.localName !== 'style').map(text).join(' ');
/** An element on `data`, after its update (a 决算's words arrive before its first one). */
async function show<T extends HTMLElement>(tag: 'budget-table' | 'budget-summary' | 'sangong-chart', data: BudgetDisclosure, kind?: string): Promise<T> {
  const el = await fixture<T>(
    tag === 'budget-table'
      ? html`<budget-table kind=${kind!} .data=${data}></budget-table>`
      : tag === 'budget-summary'
        ? html`<budget-summary .data=${data}></budget-summary>`
        : html`<sangong-chart .data=${data}></sangong-chart>`,
  );
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // Data given as a property is read during the first update; its 决算 words then bring a second.
  await new Promise((r) => setTimeout(r));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}
const rows = (el: Element, part = 0) => [...el.shadowRoot!.querySelectorAll('table')[part]!.querySelectorAll('tbody tr')].map((tr) => [...(tr as HTMLTableRowElement).cells].map(text));
const headings = (el: Element, part = 0) => [...el.shadowRoot!.querySelectorAll('table')[part]!.querySelectorAll('thead th')].map(text);
const captions = (el: Element) => [...el.shadowRoot!.querySelectorAll('caption .title')].map(text);

describe('a 决算 in the widgets', () => {
  it('<budget-table> shows 收入支出决算总表 as its 收入 and 支出 sides, 行次 included, figures as published', async () => {
    const el = await show('budget-table', final, 'final-summary');
    await expect(el).shadowDom.to.be.accessible();
    expect(captions(el)).to.deep.equal(['附件1 收入支出决算总表（收入）', '附件1 收入支出决算总表（支出）']);
    expect(headings(el, 0)).to.deep.equal(['收入 项目', '行次', '决算数']);
    expect(rows(el, 0)[0]).to.deep.equal(['一、一般公共预算财政拨款收入', '1', '95,183,351.89']);
    expect(rows(el, 0).find((r) => r[0] === '本年收入合计')).to.deep.equal(['本年收入合计', '9', '98,225,542.05']);
    expect(rows(el, 1).at(-1)).to.deep.equal(['总计', '39', '98,722,842.05']);
  });

  it('<budget-table> shows 财政拨款收入支出决算总表 with its fund columns under 决算数', async () => {
    const el = await show('budget-table', final, 'final-fiscal-summary');
    expect(headings(el, 1)).to.deep.equal(['支出 项目', '行次', '决算数', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
    expect(rows(el, 1).find((r) => r[0] === '年末财政拨款结转和结余')).to.deep.equal(['年末财政拨款结转和结余', '37', '557,400.00', '537,400.00', '20,000.00', '0.00']);
  });

  it('<budget-table> shows 基本支出决算表 as its 人员经费 and 公用经费 halves', async () => {
    const el = await show('budget-table', final, 'final-gpb-basic-expenditure');
    expect(captions(el)).to.deep.equal(['附件6 一般公共预算财政拨款基本支出决算表（人员经费）', '附件6 一般公共预算财政拨款基本支出决算表（公用经费）']);
    expect(rows(el, 0).at(-1)).to.deep.equal(['', '人员经费合计', '15', '80,614,474.28']);
    expect(rows(el, 1)[0]).to.deep.equal(['302', '商品和服务支出', '16', '4,202,925.61']);
    expect(rows(el, 1).at(-1)).to.deep.equal(['', '人员经费和公用经费总计', '35', '84,817,399.89']);
  });

  it('<budget-table> shows every 决算 kind with its published headings', async () => {
    const expected: Record<string, string[]> = {
      'final-income': ['科目编码', '科目名称', '行次', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
      'final-expenditure': ['科目编码', '科目名称', '行次', '本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
      'final-gpb-expenditure': ['科目编码', '科目名称', '行次', '本年支出', '合计', '基本支出', '项目支出'],
      'final-gov-fund': ['科目编码', '科目名称', '行次', '年初结转和结余', '本年收入', '本年支出', '年末结转和结余', '小计', '基本支出', '项目支出'],
      'final-state-capital': ['科目编码', '科目名称', '行次', '本年支出', '合计', '基本支出', '项目支出'],
    };
    for (const [kind, heads] of Object.entries(expected)) {
      const el = await show('budget-table', final, kind);
      expect(headings(el), kind).to.deep.equal(heads);
    }
    const five = await show('budget-table', final, 'final-gpb-expenditure');
    expect(rows(five)[0]).to.deep.equal(['', '合计', '1', '95,058,251.89', '84,817,399.89', '10,240,852.00']);
    const seven = await show('budget-table', final, 'final-sangong');
    expect(rows(seven)[0]!.slice(0, 7)).to.deep.equal(['合计', '340,000.00', '40,000.00', '240,000.00', '180,000.00', '60,000.00', '60,000.00']);
    expect(rows(seven)[0]!.slice(7, 13)).to.deep.equal(['262,124.40', '0.00', '230,916.40', '178,600.00', '52,316.40', '31,208.00']);
  });

  it('<budget-table> shows the self-evaluation tables with 分值, 得分 and 执行率', async () => {
    const el = await show('budget-table', final, 'project-self-evaluation');
    const first = rows(el)[0]!;
    expect(first.slice(0, 7)).to.deep.equal(['教育工委党建工作经费', '—', '—', '年度资金总额', '320,000.00', '320,000.00', '306,480.00']);
    expect(first.slice(9, 12)).to.deep.equal(['10', '95.78%', '9.58']);
  });

  it('<budget-summary> says 部门决算概览 and 收入决算 / 支出决算 on a 决算, 部门预算概览 on its budget', async () => {
    const el = await show('budget-summary', final);
    await expect(el).shadowDom.to.be.accessible();
    const words = shadow(el);
    expect(words).to.contain('部门决算概览').and.contain('收入决算').and.contain('支出决算').and.contain('98,225,542.05').and.contain('2024 年部门决算');
    expect(words).not.to.contain('部门预算概览');
    const other = shadow(await show('budget-summary', budget));
    expect(other).to.contain('部门预算概览').and.contain('收入预算');
    expect(other).not.to.contain('决算');
  });

  it('<sangong-chart> says “三公”经费决算 over table 7’s 决算数, against last year’s 决算', async () => {
    const el = await show('sangong-chart', final);
    await expect(el).shadowDom.to.be.accessible();
    const words = shadow(el);
    expect(words).to.contain('“三公”经费决算').and.contain('262,124.40').and.contain('136,760.60');
    expect(words).not.to.contain('经费预算');
    expect(shadow(await show('sangong-chart', budget))).to.contain('“三公”经费预算');
  });
});
