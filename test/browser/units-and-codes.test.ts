/**
 * Issue 10, the wrong figures: a table's own unit, codes a file repeats, sums beyond the exact
 * range. Each case is a hostile-corpus file (test/hostile/build-corpus.ts) rendered by the real
 * elements, with the exact figures a reader sees.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/sangong-chart/sangong-chart.js';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/kpi-card/kpi-card.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import { renderFallback } from '../../src/static/index.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { load } from '../fixtures/elements/browser.js';

const CORPUS = '/test/hostile/corpus/';
const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const text = (n: Element | null) => (n?.textContent ?? '').replace(/[▸↕]/g, '').replace(/\s+/g, ' ').trim();
const tile = (el: Element, key: string) => text($(el, `.tile[data-key="${key}"]`));

async function show<T extends BudgetElement>(tag: string, data: BudgetDisclosure, attrs: Record<string, string> = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  el.style.width = '1000px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (el as unknown as { data: BudgetDisclosure }).data = data;
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return el;
}

describe('a table in another unit than the file (issue 10)', () => {
  it('<budget-summary> says 三公 7.00万元 for a 三公 table published in 元 (70000.00)', async () => {
    const el = await show('budget-summary', await load(`${CORPUS}table-unit-sangong-yuan.json`));
    expect(tile(el, 'sangong')).to.equal('“三公”经费 7.00万元 比2022年 -0.90（-11.39%） 来源：一般公共预算支出“三公”经费预算表');
    expect(text($(el, '#description'))).to.contain('“三公”经费7.00万元。');
    await expect(el).to.be.accessible();
  });

  it('with display-unit="元" the summary and the chart agree: 70,000.00元', async () => {
    const data = await load(`${CORPUS}table-unit-sangong-yuan.json`);
    const summary = await show('budget-summary', data, { 'display-unit': '元' });
    expect(tile(summary, 'sangong')).to.contain('“三公”经费 70,000.00元 比2022年 -9,000.00（-11.39%）');
    expect(tile(summary, 'income')).to.contain('收入预算 2,910,000.00元');
    const chart = await show('sangong-chart', data, { 'display-unit': '元' });
    expect(text($(chart, 'caption'))).to.contain('单位：元');
    expect(text($(chart, '#description'))).to.contain('70,000.00');
  });

  it('<budget-summary> says 比2022年减少21.49万元 for a 一般公共预算支出表 published in 元', async () => {
    const el = await show('budget-summary', await load(`${CORPUS}table-unit-gpb-yuan.json`));
    expect(text($(el, '#description'))).to.contain('支出预算291.00万元，比2022年减少21.49万元（-6.88%）');
    // The drill-down reads that table: its figures are shown in the summary's unit, exactly.
    const caption = text($(el, 'details[part="table"] caption'));
    expect(caption).to.contain('单位：万元');
    const cells = [...el.shadowRoot!.querySelectorAll('details[part="table"] tbody tr')].map((tr) => [...(tr as HTMLTableRowElement).cells].map(text).join(' '));
    expect(cells[0]).to.equal('201 一般公共服务支出 275.34 258.24 -17.10 -6.21%');
  });

  it('the static fallback says the same: 7.00 (万元) and 21.49', async () => {
    const sangong = renderFallback(await load(`${CORPUS}table-unit-sangong-yuan.json`), { widget: 'budget-summary' }).value;
    expect(sangong).to.match(/“三公”经费<\/th><td class="num" dir="rtl"><span dir="ltr">7\.00<\/span><\/td>/);
    const gpb = renderFallback(await load(`${CORPUS}table-unit-gpb-yuan.json`), { widget: 'budget-summary' }).value;
    expect(gpb).to.contain('比2022年减少21.49万元');
    expect(gpb).to.match(/一般公共服务支出<\/th><td class="num" dir="rtl"><span dir="ltr">275\.34<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">258\.24<\/span><\/td>/);
  });
});

describe('codes a file repeats (issue 10)', () => {
  it('<kpi-card for> shows the project opened in <project-table>, not the first one with its code', async () => {
    const data = await load(`${CORPUS}duplicate-project-codes.json`);
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:1100px">
      <project-table id="pt" .data=${data}></project-table>
      <kpi-card .data=${data} for="pt"></kpi-card>
    </div>`);
    const table = wrap.querySelector('project-table')!;
    const card = wrap.querySelector('kpi-card')!;
    await table.updateComplete;
    const open = (name: string) =>
      [...table.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody > tr[data-id]')].find((tr) => text(tr.cells[0]!).includes(name))!.querySelector('button')!.click();
    open('2023 网络舆情监测专项');
    await card.updateComplete;
    expect(text($(card, 'h2'))).to.equal('2023 网络舆情监测专项');
    expect(text($(card, '.meta'))).to.contain(data.projects![1]!.amount!);
    open('2023 网络宣传专项');
    await card.updateComplete;
    expect(text($(card, 'h2'))).to.equal('2023 网络宣传专项');
  });
});

describe('sums beyond the exact range (issue 10)', () => {
  it('<project-table> says which table is out of range and fires budget-error, instead of a grey skeleton', async () => {
    const data = await load(`${CORPUS}amounts-sum-overflow.json`);
    const el = document.createElement('project-table') as BudgetElement;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const failed = oneEvent(el, 'budget-error');
    (el as unknown as { data: BudgetDisclosure }).data = data;
    wrap.append(el);
    const e = (await failed) as CustomEvent<{ kind: string; problems: { path: string }[] }>;
    expect(e.detail.kind).to.equal('schema');
    expect(e.detail.problems[0]!.path).to.equal('tables["project-expenditure"]');
    await el.updateComplete;
    expect(text($(el, '.state.error'))).to.contain('超出了本工具能精确计算的范围');
    expect($(el, '[aria-busy="true"]')).to.equal(null);
  });
});
