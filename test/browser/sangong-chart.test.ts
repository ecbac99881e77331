import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/sangong-chart/sangong-chart.js';
import type { SangongChart } from '../../src/elements/sangong-chart/sangong-chart.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { click, hover, loadFixture, loadTongnan } from '../fixtures/charts/browser.js';

let data: BudgetDisclosure;
before(async () => {
  data = (await loadTongnan()).data;
});
afterEach(() => resetMouse());

async function chart(width = 900, lang = 'zh', d: BudgetDisclosure = data, unit?: string): Promise<SangongChart> {
  // The element itself is the fixture root (not a wrapper): open-wc waits for a plain element
  // with requestAnimationFrame, which never runs when the test page is in the background.
  const el = await fixture<SangongChart>(
    html`<sangong-chart style="width:${width}px" lang=${lang} .data=${d} unit=${unit ?? ''}></sangong-chart>`,
  );
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = Element>(el: SangongChart, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = Element>(el: SangongChart, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const mark = (el: SangongChart, id: string) => $<SVGRectElement>(el, `[data-id="${id}"]`);
const labels = (el: SangongChart) => $$(el, 'svg text').map((t) => t.textContent!.trim());
const button = (el: SangongChart, text: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === text)!;
const tooltip = (el: SangongChart) => $<HTMLElement>(el, '[part="tooltip"]');

describe('<sangong-chart>', () => {
  describe('accessibility', () => {
    it('is axe-clean grouped, stacked, with the table open and with a tooltip', async () => {
      const el = await chart();
      await expect(el).to.be.accessible();
      mark(el, 'reception:current').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      button(el, '堆叠').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $<HTMLDetailsElement>(el, 'details').open = true;
      await expect(el).to.be.accessible();
    });

    it('is axe-clean at 375 px, in the error state and when empty', async () => {
      await expect(await chart(375)).to.be.accessible();
      const failed = await fixture<SangongChart>(html`<sangong-chart src="/missing/file.json"></sangong-chart>`);
      await expect(failed).to.be.accessible();
      await expect(await chart(900, 'zh', await loadFixture('no-sangong'))).to.be.accessible();
    });

    it('names every mark and describes the chart with the key figures', async () => {
      const el = await chart();
      const svg = $(el, 'svg.plot');
      expect(svg.getAttribute('aria-describedby')).to.equal('description');
      expect($(el, '#description').textContent).to.equal(
        '2023年“三公”经费预算7.00万元，比2022年减少0.90万元（-11.39%）。其中：因公出国(境)0.00万元，持平；公务用车购置及运行3.50万元（公务用车购置0.00万元，公务用车运行维护3.50万元），减少0.50万元（-12.50%）；公务接待3.50万元，减少0.40万元（-10.26%）。',
      );
      const marks = $$(el, '[role="graphics-symbol"]');
      expect(marks).to.have.length(10);
      expect(mark(el, 'total:current').getAttribute('aria-label')).to.equal('总计，2023年：7.00万元，比2022年减少0.90万元（-11.39%）');
    });
  });

  describe('figures', () => {
    it('shows the exact Tongnan figures and changes', async () => {
      const el = await chart();
      const t = labels(el);
      for (const s of ['7.90', '7.00', '4.00', '3.90', '3.50', '-0.50（-12.50%）', '-0.40（-10.26%）', '-0.90（-11.39%）']) expect(t).to.include(s);
      expect($(el, '.unit').textContent).to.equal('单位：万元');
    });

    it('draws and labels the zero items as 0.00', async () => {
      const el = await chart();
      for (const id of ['abroad:prior', 'abroad:current', 'vehiclePurchase:prior', 'vehiclePurchase:current']) {
        const m = mark(el, id);
        expect(m.getBBox().height, id).to.equal(2);
        expect(m.getAttribute('aria-label')).to.contain('0.00万元');
      }
      // 购置 is a segment of the vehicle bar, labelled by the bar's 小计: two 0.00 labels, for 因公出国(境).
      expect(labels(el).filter((s) => s === '0.00')).to.have.length(2);
      expect(labels(el).filter((s) => s === '无变化')).to.have.length(1);
    });

    it('has the equivalent table one click away', async () => {
      const el = await chart();
      const table = $<HTMLTableElement>(el, 'table');
      expect(table.checkVisibility()).to.equal(false);
      await click($(el, 'summary'));
      expect(table.checkVisibility()).to.equal(true);
      const rows = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
      expect(rows).to.deep.equal([
        ['因公出国(境)', '0.00', '0.00', '0.00', '—'],
        ['公务用车购置及运行', '4.00', '3.50', '-0.50', '-12.50%'],
        ['公务用车购置', '0.00', '0.00', '0.00', '—'],
        ['公务用车运行维护', '4.00', '3.50', '-0.50', '-12.50%'],
        ['公务接待', '3.90', '3.50', '-0.40', '-10.26%'],
        ['总计', '7.90', '7.00', '-0.90', '-11.39%'],
      ]);
      expect($(el, '.note').textContent).to.contain('空白');
      // The vehicle parts are indented under their 小计.
      const heads = [...table.tBodies[0]!.rows].map((r) => r.cells[0]!);
      expect(parseFloat(getComputedStyle(heads[2]!).paddingInlineStart)).to.be.greaterThan(parseFloat(getComputedStyle(heads[1]!).paddingInlineStart));
    });

    it('draws three expenses: the vehicle bar is 购置 below 运行维护, labelled with the published 小计', async () => {
      const el = await chart();
      expect($$(el, 'svg text.category').map((t) => t.textContent)).to.deep.equal(['因公出国(境)', '公务用车购置及运行', '公务接待', '总计']);
      expect($$(el, 'svg text.subtotal').map((t) => t.textContent)).to.deep.equal(['4.00', '3.50']);
      const purchase = mark(el, 'vehiclePurchase:prior').getBBox();
      const ops = mark(el, 'vehicleOps:prior').getBBox();
      expect([purchase.x, purchase.width]).to.deep.equal([ops.x, ops.width]);
      expect(purchase.y + purchase.height).to.equal(ops.y + ops.height); // 购置 is 0: a thin mark at the foot of the bar
      // The 小计 label sits over its bar, centred.
      const sub = $$<SVGTextElement>(el, 'svg text.subtotal')[0]!.getBBox();
      expect(Math.abs(sub.x + sub.width / 2 - (ops.x + ops.width / 2))).to.be.below(1);
      expect(sub.y + sub.height).to.be.at.most(ops.y);
    });
  });

  describe('mode switch and legend', () => {
    it('switches to stacked by mouse and back by keyboard', async () => {
      const el = await chart();
      await click(button(el, '堆叠'));
      await el.updateComplete;
      expect(el.mode).to.equal('stacked');
      expect(button(el, '堆叠').getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '.mark')).to.have.length(8);
      expect(labels(el)).to.include.members(['总计 7.90', '总计 7.00', '公务接待 3.90', '公务用车小计 4.00', '公务用车小计 3.50']);
      button(el, '分组').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.mode).to.equal('grouped');
      expect($$(el, '.mark')).to.have.length(10);
    });

    it('legend buttons toggle a year; the last visible one cannot be hidden', async () => {
      const el = await chart();
      const prior = button(el, '2022年');
      await click(prior);
      await el.updateComplete;
      expect(prior.getAttribute('aria-pressed')).to.equal('false');
      expect($$(el, '.mark').map((m) => m.getAttribute('data-id'))).to.not.include('total:prior');
      const current = button(el, '2023年');
      expect(current.getAttribute('aria-disabled')).to.equal('true');
      current.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(current.getAttribute('aria-pressed')).to.equal('true');
      expect($$(el, '.mark')).to.have.length(5);
      prior.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect($$(el, '.mark')).to.have.length(10);
    });

    it('in stacked mode the legend toggles items, and the total label goes with a hidden item', async () => {
      const el = await chart(900, 'zh', data);
      el.mode = 'stacked';
      await el.updateComplete;
      await click(button(el, '公务接待'));
      await el.updateComplete;
      expect($$(el, '.mark').some((m) => m.getAttribute('data-id')!.startsWith('reception'))).to.equal(false);
      expect(labels(el).some((t) => t.startsWith('总计'))).to.equal(false);
    });
  });

  describe('tooltip and keyboard', () => {
    it('shows the tooltip on focus, moves with arrows (roving tabindex), Escape closes', async () => {
      const el = await chart();
      expect($$(el, '.mark[tabindex="0"]')).to.have.length(1);
      button(el, '2023年').focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('abroad:prior');
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).textContent).to.equal('因公出国(境)，2022年：0.00万元');
      // Through the vehicle bar's two segments, 购置 then 运行维护.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('vehiclePurchase:prior');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tooltip(el).textContent).to.equal('公务用车运行维护，2022年：4.00万元');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('total:current');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('total:prior');
      expect(tooltip(el).textContent).to.equal('总计，2022年：7.90万元');
      expect($$(el, '.mark[tabindex="0"]').map((m) => m.getAttribute('data-id'))).to.deep.equal(['total:prior']);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(true);
    });

    it('shows the tooltip on hover and on tap', async () => {
      const el = await chart();
      await hover(mark(el, 'reception:prior'));
      await el.updateComplete;
      expect(tooltip(el).hidden).to.equal(false);
      expect(tooltip(el).textContent).to.equal('公务接待，2022年：3.90万元');
      await click(mark(el, 'vehicleOps:current'));
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement!.getAttribute('data-id')).to.equal('vehicleOps:current');
      expect(tooltip(el).textContent).to.equal('公务用车运行维护，2023年：3.50万元，比2022年减少0.50万元（-12.50%）');
    });
  });

  describe('units', () => {
    it('picks a unit with the <select>; the unit attribute selects one too', async () => {
      const multi = await loadFixture('multi-unit');
      const el = await chart(900, 'zh', multi);
      const select = $<HTMLSelectElement>(el, 'select');
      expect([...select.options].map((o) => o.text)).to.deep.equal(['合计', '101001 区数据局机关', '101002 区大数据中心']);
      expect($(el, '#description').textContent).to.match(/^2024年“三公”经费预算46.00万元，比2023年增加23.00万元（\+100.00%），主要是信息中心新购置公务用车1辆。/);
      select.focus();
      select.value = '101002';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.unit).to.equal('101002');
      // 购置 is new (0 → 25.00): its bar says so; the vehicle 小计 went from 1.00 to 26.00.
      expect(labels(el)).to.include('+25.00（+2,500.00%）');
      expect(mark(el, 'vehiclePurchase:current').getAttribute('aria-label')).to.equal('公务用车购置，2023年：25.00万元，比2023年新增25.00万元'.replace('2023年：', '2024年：'));
      await expect(el).to.be.accessible();
      const byAttr = await chart(900, 'zh', multi, '区数据局机关');
      expect($(byAttr, '#description').textContent).to.match(/^区数据局机关2024年“三公”经费预算18.00万元/);
    });

    it('names the chart after its unit, so two charts on a page have distinct landmark names', async () => {
      const multi = await loadFixture('multi-unit');
      const page = await fixture<HTMLDivElement>(html`<div style="width:900px" lang="zh">
        <sangong-chart .data=${multi}></sangong-chart><sangong-chart unit="101002" .data=${multi}></sangong-chart>
      </div>`);
      const [total, unit] = [...page.querySelectorAll('sangong-chart')];
      await total!.updateComplete;
      await unit!.updateComplete;
      const names = (sel: string) => [total!, unit!].map((el) => $(el, sel).getAttribute('aria-label'));
      expect(names('section')).to.deep.equal(['“三公”经费预算', '“三公”经费预算 — 区大数据中心']);
      expect(names('svg.plot')).to.deep.equal(['“三公”经费预算图', '“三公”经费预算图 — 区大数据中心']);
      await expect(page).to.be.accessible();
    });

    it('keeps the picker on the unit shown, rewrites it for new data, and sizes it to its longest name', async () => {
      const multi = await loadFixture('multi-unit');
      const el = await chart(900, 'zh', multi, '101002');
      const select = () => $<HTMLSelectElement>(el, 'select');
      expect(select().value).to.equal('101002');
      el.unit = '101001';
      await el.updateComplete;
      expect(select().value).to.equal('101001');
      // New data with a unit more: the options are written again (they are not in the template).
      const more = structuredClone(multi);
      const rows = more.tables['sangong']!.rows;
      rows.push({ ...structuredClone(rows.at(-1)!), code: '101003', name: '区网络安全应急指挥中心（2号楼）' });
      el.data = more;
      await el.updateComplete;
      expect([...select().options].map((o) => o.text)).to.deep.equal(['合计', '101001 区数据局机关', '101002 区大数据中心', '101003 区网络安全应急指挥中心（2号楼）']);
      expect(select().value).to.equal('101001');
      // field-sizing: content with a min-width from the names: not narrower than the browser's own
      // sizing (the widest option), the same width whichever unit is chosen, the chosen one fits.
      const natural = (options: HTMLOptionElement[]) => {
        const probe = document.createElement('select');
        probe.style.cssText = 'field-sizing: fixed; min-width: 0';
        probe.append(...options.map((o) => new Option(o.text)));
        select().after(probe);
        const w = probe.getBoundingClientRect().width;
        probe.remove();
        return w;
      };
      const widest = natural([...select().options]);
      const widths: number[] = [];
      for (const id of ['', '101001', '101002', '101003']) {
        el.unit = id;
        await el.updateComplete;
        widths.push(select().getBoundingClientRect().width);
        expect(widths.at(-1)).to.be.at.least(natural([select().selectedOptions[0]!]));
      }
      expect(new Set(widths).size, widths.join()).to.equal(1);
      expect(widths[0]).to.be.at.least(widest);
    });

    it('shows no picker for one unit plus 合计', async () => {
      expect($(await chart(), 'select')).to.equal(null);
    });
  });

  describe('sizes and languages', () => {
    it('lays out horizontally at 375 px with every label inside the box', async () => {
      const el = await chart(375);
      const svg = $<SVGSVGElement>(el, 'svg.plot');
      expect(svg.width.baseVal.value).to.equal(375);
      const box = svg.getBoundingClientRect();
      for (const t of $$<SVGTextElement>(el, 'svg text')) expect(t.getBoundingClientRect().right, t.textContent!).to.be.at.most(box.right + 1);
      expect(mark(el, 'total:prior').getBBox().x).to.equal(8);
    });

    it('follows the container width', async () => {
      const el = await chart(900);
      el.style.width = '375px';
      // Not a load: a ResizeObserver callback (deferred to a task) re-lays the chart out.
      await waitUntil(() => $<SVGSVGElement>(el, 'svg.plot').width.baseVal.value === 375, 'resized');
      expect(mark(el, 'total:prior').getBBox().x).to.equal(8);
    });

    it('speaks English with lang="en"', async () => {
      const el = await chart(900, 'en');
      expect($(el, 'h2').textContent).to.equal('Budget for the “three public expenses”');
      expect(button(el, 'Stacked')).to.exist;
      expect($(el, '#description').textContent).to.match(/^The 2023 budget .* is 7\.00 10k yuan, down 0\.90 10k yuan \(-11\.39%\) on 2022\./);
    });
  });

  describe('states', () => {
    it('says so when the data has no 三公 table', async () => {
      const el = await chart(900, 'zh', await loadFixture('no-sangong'));
      expect($(el, 'p').textContent).to.equal('数据中没有“三公”经费预算表。');
    });

    it('loads from src', async () => {
      const { url } = await loadTongnan();
      const el = await fixture<SangongChart>(html`<sangong-chart src=${url}></sangong-chart>`);
      expect(await el.loadComplete).to.equal(true);
      expect($(el, '#description').textContent).to.contain('7.00万元');
    });
  });
});
