/**
 * <sangong-chart> on a file unlike Tongnan (issue 11): a provincial department in 亿元 whose 三公
 * table prints this year only, the changes stated in the text; and that file shown in 元.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/sangong-chart/sangong-chart.js';
import type { SangongChart } from '../../src/elements/sangong-chart/sangong-chart.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { loadFixture } from '../fixtures/charts/browser.js';

let data: BudgetDisclosure;
before(async () => {
  data = await loadFixture('yiyuan-stated');
});

const $ = <T extends Element = Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = Element>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const rows = (el: Element) => [...$<HTMLTableElement>(el, 'table').tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));

async function chart(width: number, unit = ''): Promise<SangongChart> {
  const el = await fixture<SangongChart>(html`<sangong-chart style="width:${width}px" lang="zh" display-unit=${unit} .data=${data}></sangong-chart>`);
  if (!unit) el.removeAttribute('display-unit');
  await el.updateComplete;
  return el;
}
/** The stated changes load on demand: wait for their column. */
const stated = (el: SangongChart) => waitUntil(() => $$(el, 'thead th').length === 3, 'stated changes shown');

describe('<sangong-chart> with changes stated in the text', () => {
  it('shows each stated change marked 据文字说明, in the chart, the table and the description', async () => {
    const el = await chart(1280);
    await stated(el);
    expect($$(el, 'thead th').map((t) => t.textContent!.trim())).to.deep.equal(['项目', '2025年', '增减']);
    expect(rows(el)).to.deep.equal([
      ['因公出国(境)', '0.12', '较上年-0.02（据文字说明）'],
      ['公务用车购置及运行', '0.86', '较上年+0.07（据文字说明）'],
      ['公务用车购置', '0.40', '较上年+0.10（据文字说明）'],
      ['公务用车运行维护', '0.46', '较上年-0.03（据文字说明）'],
      ['公务接待', '0.30', '较上年-0.01（据文字说明）'],
      ['总计', '1.28', '较上年+0.04（据文字说明）'],
    ]);
    expect($$(el, 'svg text.change').map((t) => t.textContent)).to.deep.equal([
      '较上年-0.02（据文字说明）', '较上年+0.07（据文字说明）', '较上年-0.01（据文字说明）', '较上年+0.04（据文字说明）',
    ]);
    expect($(el, '#description').textContent).to.equal(
      '2025年“三公”经费预算1.28亿元，较上年+0.04亿元（据文字说明），主要是更新执法执勤用车。其中：因公出国(境)0.12亿元，较上年-0.02亿元（据文字说明）；公务用车购置及运行0.86亿元（公务用车购置0.40亿元，公务用车运行维护0.46亿元），较上年+0.07亿元（据文字说明）；公务接待0.30亿元，较上年-0.01亿元（据文字说明）。',
    );
    // One bar per expense (this year only), the vehicle one in two segments with its 小计.
    expect($$(el, '.mark').map((m) => m.getAttribute('data-id'))).to.deep.equal([
      'abroad:current', 'vehiclePurchase:current', 'vehicleOps:current', 'reception:current', 'total:current',
    ]);
    expect($$(el, 'svg text.subtotal').map((t) => t.textContent)).to.deep.equal(['0.86']);
    await expect(el).to.be.accessible();
  });

  it('shows no stated column for a unit row: the text states the department’s changes only', async () => {
    const el = await chart(1280);
    await stated(el);
    el.unit = '002';
    await el.updateComplete;
    // The stated figures belong to the 合计 row; a unit row is shown without them.
    await waitUntil(() => $$(el, 'thead th').length === 2, 'no stated column for a unit');
    expect(rows(el)[0]).to.deep.equal(['因公出国(境)', '0.02']);
  });
});

describe('<sangong-chart display-unit="元"> on 亿元 data', () => {
  it('keeps every y-axis label inside the chart at 1280 px, in both modes', async () => {
    const el = await chart(1280, '元');
    for (const mode of ['grouped', 'stacked'] as const) {
      el.mode = mode;
      await el.updateComplete;
      const ticks = $$<SVGTextElement>(el, 'svg.plot .tick text');
      expect(ticks.map((t) => t.textContent).at(-1)).to.equal('120,000,000');
      const left = $<SVGSVGElement>(el, 'svg.plot').getBoundingClientRect().left;
      for (const t of ticks) expect(t.getBoundingClientRect().left, `${mode} ${t.textContent}`).to.be.at.least(left);
    }
  });

  it('says the unit shown and the published one in the footer, and in the header', async () => {
    const el = await chart(1280, '元');
    expect($(el, '.unit').textContent).to.equal('单位：元');
    expect($(el, 'footer').textContent!.replace(/\s+/g, '')).to.contain('单位：元（原文：亿元）');
    expect($$<SVGTextElement>(el, 'svg text.subtotal').map((t) => t.textContent)).to.deep.equal(['86,000,000.00']);
    const plain = await chart(1280);
    expect($(plain, 'footer').textContent).to.contain('单位：亿元，').and.not.contain('原文');
  });

  it('gives two charts in different units distinct accessible names (axe landmark-unique)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width:1280px" lang="zh">
      <sangong-chart .data=${data}></sangong-chart><sangong-chart display-unit="元" .data=${data}></sangong-chart>
    </div>`);
    const charts = [...page.querySelectorAll('sangong-chart')];
    for (const c of charts) await c.updateComplete;
    expect(charts.map((c) => $(c, 'section').getAttribute('aria-label'))).to.deep.equal(['“三公”经费预算', '“三公”经费预算（元）']);
    expect(charts.map((c) => $(c, 'svg.plot').getAttribute('aria-label'))).to.deep.equal(['“三公”经费预算图', '“三公”经费预算图（元）']);
    await expect(page).to.be.accessible();
  });
});
