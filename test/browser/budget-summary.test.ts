import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/budget-summary/budget-summary.js';
import type { BudgetDrillEvent, BudgetSummary } from '../../src/elements/budget-summary/budget-summary.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { click, hover, loadTongnan } from '../fixtures/charts/browser.js';
import { runChecks, SEVERITIES } from '../../src/model/checks/index.js';
import { generateDisclosure } from '../bench/generate.js';

let data: BudgetDisclosure;
before(async () => {
  data = (await loadTongnan()).data;
});
afterEach(() => resetMouse());

async function summary(width = 900, lang = 'zh', showChecks = false): Promise<BudgetSummary> {
  // The element is the fixture root: open-wc waits for a plain wrapper with requestAnimationFrame,
  // which never runs when the test page is in the background.
  const el = await fixture<BudgetSummary>(
    html`<budget-summary style="width:${width}px" lang=${lang} .data=${data} ?show-checks=${showChecks}></budget-summary>`,
  );
  await el.updateComplete;
  if (showChecks) await el.checksComplete;
  return el;
}
const $ = <T extends Element = Element>(el: BudgetSummary, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = Element>(el: BudgetSummary, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const row = (el: BudgetSummary, code: string) => $<SVGRectElement>(el, `.hit[data-code="${code}"]`);
const codes = (el: BudgetSummary) => $$(el, '.hit').map((r) => r.getAttribute('data-code'));
const focused = (el: BudgetSummary) => el.shadowRoot!.activeElement;
const tile = (el: BudgetSummary, key: string) => $(el, `.tile[data-key="${key}"]`).textContent!.replace(/\s+/g, ' ').trim();
const live = (el: BudgetSummary) => $(el, '[aria-live]').textContent!.trim();

describe('<budget-summary>', () => {
  describe('accessibility', () => {
    it('is axe-clean at the 类 level, drilled down, with a tooltip and the table open', async () => {
      const el = await summary();
      await expect(el).to.be.accessible();
      await click(row(el, '201'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $<HTMLDetailsElement>(el, 'details').open = true;
      await expect(el).to.be.accessible();
    });

    it('is axe-clean at 375 px and with the findings shown', async () => {
      await expect(await summary(375)).to.be.accessible();
      await expect(await summary(900, 'zh', true)).to.be.accessible();
    });
  });

  describe('figures', () => {
    it('shows the Tongnan key figures with change and source', async () => {
      const el = await summary();
      expect(tile(el, 'income')).to.equal('收入预算 291.00万元 比2022年 -21.49（-6.88%） 来源：部门收支总表');
      expect(tile(el, 'expenditure')).to.equal('支出预算 291.00万元 比2022年 -21.49（-6.88%） 来源：部门收支总表');
      expect(tile(el, 'split')).to.contain('基本支出 189.00（64.95%）').and.contain('项目支出 102.00（35.05%）');
      expect(tile(el, 'sangong')).to.contain('7.00万元 比2022年 -0.90（-11.39%）');
      expect(tile(el, 'operating')).to.equal('机关运行经费 40.60万元 比2022年 -17.16（-29.71%） 来源：预算情况说明');
      expect(tile(el, 'procurement')).to.contain('政府采购预算 3.50万元');
    });

    it('names each missing tile and the table that would give it, instead of silently showing fewer (issue 11)', async () => {
      // A data author's first file: only 附件 2, no narrative figures.
      const partial: BudgetDisclosure = { ...data, tables: { 'gpb-expenditure': data.tables['gpb-expenditure']! }, narrative: { ...data.narrative!, figures: [] } };
      const el = await fixture<BudgetSummary>(html`<budget-summary style="width:900px" lang="zh" .data=${partial}></budget-summary>`);
      // Not a load wait: the list of missing tiles is loaded on demand after the first render.
      await waitUntil(() => el.shadowRoot!.querySelector('ul.missing'), 'the missing tiles are named');
      expect($$(el, '.tile').map((t) => t.getAttribute('data-key'))).to.deep.equal(['expenditure', 'split']);
      expect($$(el, 'ul.missing li').map((li) => li.textContent)).to.deep.equal([
        '未显示收入总数：它取自部门收支总表（dept-summary）或财政拨款收支总表（fiscal-summary），或文字说明中的数字 “income.total”，本数据都没有。',
        '未显示“三公”经费：它取自"三公"经费预算表（sangong），或文字说明中的数字 “sangong.total”，本数据都没有。',
        '未显示机关运行经费：它取自文字说明中的数字 “operating.total”，本数据都没有。',
        '未显示政府采购：它取自政府采购预算明细表（procurement），或文字说明中的数字 “procurement.total”，本数据都没有。',
      ]);
      await expect(el).to.be.accessible();
      // The complete Tongnan file shows every tile and no such list.
      expect($(await summary(), 'ul.missing')).to.equal(null);
    });

    it('describes the budget in words', async () => {
      const el = await summary();
      expect($(el, '#description').textContent).to.equal(
        '2023年收入预算291.00万元。支出预算291.00万元，比2022年减少21.49万元（-6.88%），主要是公用经费减少。其中基本支出189.00万元（64.95%），项目支出102.00万元（35.05%）。“三公”经费7.00万元。机关运行经费40.60万元。政府采购预算3.50万元。',
      );
      expect($(el, 'svg.plot').getAttribute('aria-describedby')).to.equal('description');
    });

    it('draws the 类 bars with both years and the change', async () => {
      const el = await summary();
      expect(codes(el)).to.deep.equal(['201', '208', '210', '221']);
      const text = $$(el, 'svg text').map((t) => t.textContent!.trim());
      expect(text).to.include.members(['2023年 258.24', '2022年 275.34', '-17.10（-6.21%）', '2023年 8.72', '2022年 8.93']);
      expect(row(el, '201').getAttribute('role')).to.equal('button');
    });

    it('has the whole tree as a table one click away', async () => {
      const el = await summary();
      const table = $<HTMLTableElement>(el, 'table');
      expect(table.checkVisibility()).to.equal(false);
      await click($(el, 'details summary'));
      expect(table.checkVisibility()).to.equal(true);
      const cells = [...table.tBodies[0]!.rows].map((r) => [...r.cells].map((c) => c.textContent!.trim()));
      expect(cells[0]).to.deep.equal(['201', '一般公共服务支出', '275.34', '258.24', '-17.10', '-6.21%']);
      expect(cells[5]).to.deep.equal(['208', '社会保障和就业支出', '17.86', '15.17', '-2.69', '-15.06%']);
      expect(cells).to.have.length(18);
    });
  });

  describe('drill-down', () => {
    it('drills 类 → 款 → 项 by mouse and back with the breadcrumb', async () => {
      const el = await summary();
      setTimeout(() => click(row(el, '201')));
      const ev = (await oneEvent(el, 'budget-drill')) as unknown as BudgetDrillEvent;
      expect(ev.path).to.deep.equal(['201']);
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['20137']);
      expect(live(el)).to.equal('201 一般公共服务支出：1个款级科目');
      await click(row(el, '20137'));
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['2013701', '2013750', '2013799']);
      expect($$(el, 'nav li').map((l) => l.textContent!.trim())).to.deep.equal(['全部类级科目', '201 一般公共服务支出', '20137 网信事务']);
      expect($(el, 'nav li:last-child').getAttribute('aria-current')).to.equal('location');
      expect($$(el, 'svg text').map((t) => t.textContent!.trim())).to.include.members(['2023年 87.07', '2022年 102.25', '2023年 102.00']);
      // A 项 has no lower level: clicking does not drill.
      await click(row(el, '2013701'));
      await el.updateComplete;
      expect(codes(el)).to.have.length(3);
      await click($$<HTMLButtonElement>(el, 'nav button')[0]!);
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['201', '208', '210', '221']);
      expect(focused(el)!.getAttribute('data-code')).to.equal('201');
    });

    it('drills by keyboard, moves focus to the first bar, and goes up with Escape and Backspace', async () => {
      const el = await summary();
      row(el, '201').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focused(el)!.getAttribute('data-code')).to.equal('208');
      expect($(el, '[part="tooltip"]').textContent).to.contain('208 社会保障和就业支出，2023年 15.17万元，2022年 17.86万元');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['20805']);
      expect(focused(el)!.getAttribute('data-code')).to.equal('20805');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['2080505', '2080506']);
      expect(focused(el)!.getAttribute('data-code')).to.equal('2080505');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['20805']);
      expect(focused(el)!.getAttribute('data-code')).to.equal('20805');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['201', '208', '210', '221']);
      expect(focused(el)!.getAttribute('data-code')).to.equal('208');
      expect(live(el)).to.equal('全部类级科目：4个类级科目');
    });

    it('shows the tooltip on hover', async () => {
      const el = await summary();
      await hover(row(el, '221'));
      await el.updateComplete;
      const tip = $<HTMLElement>(el, '[part="tooltip"]');
      expect(tip.hidden).to.equal(false);
      expect(tip.textContent).to.contain('221 住房保障支出，2023年 8.72万元，2022年 8.93万元，增减 -0.21（-2.35%）');
    });
  });

  describe('a large tree (the bench generator: 2,000 function-code rows)', () => {
    // 28 类 (201–228), 8 款 each, 1,753 项: the chart draws one level, the table waits to be opened.
    const large = async (): Promise<BudgetSummary> => {
      const el = await fixture<BudgetSummary>(
        html`<budget-summary style="width:900px" lang="zh" .data=${generateDisclosure({ projects: 1, codeRows: 2000, units: 1 })}></budget-summary>`,
      );
      await el.updateComplete;
      return el;
    };
    const bodyRows = (el: BudgetSummary) => $<HTMLTableElement>(el, 'details table').tBodies[0]!.rows;

    it('draws only the 类 level and drills into a 类', async () => {
      const el = await large();
      expect(codes(el)).to.deep.equal(Array.from({ length: 28 }, (_, i) => String(201 + i)));
      await click(row(el, '201'));
      await el.updateComplete;
      expect(codes(el)).to.deep.equal(['20101', '20102', '20103', '20104', '20105', '20106', '20107', '20108']);
      expect(live(el)).to.equal('201 一般公共服务支出：8个款级科目');
    });

    it('writes the table of the whole tree when it is first opened, and keeps it', async () => {
      const el = await large();
      expect(bodyRows(el)).to.have.length(0);
      const details = $<HTMLDetailsElement>(el, 'details');
      const opened = oneEvent(details, 'toggle');
      await click($(el, 'details summary'));
      await opened;
      await el.updateComplete;
      expect(bodyRows(el)).to.have.length(2000);
      expect([...bodyRows(el)[0]!.cells].map((c) => c.textContent!.trim())).to.deep.equal(['201', '一般公共服务支出', '19,027.57', '8,965.15', '-10,062.42', '-52.88%']);
      await click(row(el, '201'));
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(bodyRows(el)).to.have.length(2000);
    });

    it('a small tree’s table is in the page before it is opened (find-in-page reaches it)', async () => {
      const el = await summary();
      expect(bodyRows(el)).to.have.length(18);
    });
  });

  describe('options and languages', () => {
    it('shows the findings grouped by severity with show-checks only', async () => {
      expect($(await summary(), '.checks')).to.equal(null);
      const el = await summary(900, 'zh', true);
      const checks = $(el, '.checks');
      expect(checks.querySelector('h3')!.textContent).to.equal('一致性检查');
      const findings = runChecks(data);
      const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
      expect([...checks.querySelectorAll('h4')].map((h) => h.className)).to.deep.equal(present.map((s) => `sev-${s}`));
      expect(checks.querySelectorAll('li')).to.have.length(findings.length);
      // The published Tongnan tables carry 0.01 rounding differences: they are listed as 尾差.
      expect(findings.some((f) => f.severity === 'rounding')).to.equal(true);
      expect(checks.querySelector('.sev-rounding')!.textContent).to.equal(`尾差（${findings.filter((f) => f.severity === 'rounding').length}）`);
    });

    it('fits 375 px: every label inside the chart box', async () => {
      const el = await summary(375);
      const box = $(el, 'svg.plot').getBoundingClientRect();
      expect(box.width).to.equal(375);
      for (const t of $$<SVGTextElement>(el, 'svg.plot text')) expect(t.getBoundingClientRect().right, t.textContent!).to.be.at.most(box.right + 1);
    });

    it('speaks English with lang="en"', async () => {
      const el = await summary(900, 'en');
      expect($(el, 'h2').textContent).to.equal('Budget at a glance');
      expect(tile(el, 'income')).to.equal('Income 291.00 10k yuan vs 2022 -21.49 (-6.88%) Source: 部门收支总表');
    });

    it('loads from src', async () => {
      const { url } = await loadTongnan();
      const el = await fixture<BudgetSummary>(html`<budget-summary src=${url}></budget-summary>`);
      expect(await el.loadComplete).to.equal(true);
      expect(tile(el, 'expenditure')).to.contain('291.00');
    });
  });
});
