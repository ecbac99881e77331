import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/budget-table/budget-table.js';
import '../../src/elements/sangong-chart/sangong-chart.js';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/kpi-card/kpi-card.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { catchDownload, DISTRICT_URL, load, TONGNAN_URL } from '../fixtures/elements/browser.js';

let tongnan: BudgetDisclosure;
before(async () => {
  tongnan = await load(TONGNAN_URL);
});

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const text = (n: Element) => n.textContent!.replace(/▸/g, '').replace(/\s+/g, ' ').trim();
const row = (el: Element, code: string) => $$<HTMLTableRowElement>(el, 'tbody tr').find((tr) => text(tr.cells[0]!) === code)!;
const cells = (tr: HTMLTableRowElement) => [...tr.cells].map(text);

async function table(unit: string | undefined, data = tongnan, kind = 'gpb-expenditure'): Promise<BudgetElement> {
  const el = await fixture<BudgetElement>(html`<budget-table style="width:1000px" kind=${kind} display-unit=${unit ?? ''} .data=${data}></budget-table>`);
  if (unit === undefined) el.removeAttribute('display-unit');
  await el.updateComplete;
  return el;
}
async function chart(unit?: string): Promise<BudgetElement> {
  const el = await fixture<BudgetElement>(html`<sangong-chart style="width:900px" .data=${tongnan}></sangong-chart>`);
  if (unit) el.setAttribute('display-unit', unit);
  await el.updateComplete;
  return el;
}

describe('display-unit', () => {
  it('budget-table shows 万元 amounts in 元, exactly, and says so in the caption', async () => {
    const el = await table('元');
    expect(cells(row(el, '201'))).to.deep.equal(['201', '一般公共服务支出', '2,753,400.00', '2,582,400.00', '1,562,400.00', '1,020,000.00']);
    expect(text($(el, 'caption .meta'))).to.equal('中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：元');
    await expect(el).to.be.accessible();
  });

  it('without the attribute (or with an unknown unit) amounts are as published', async () => {
    for (const unit of [undefined, '美元']) {
      const el = await table(unit);
      expect(cells(row(el, '201'))).to.deep.equal(['201', '一般公共服务支出', '275.34', '258.24', '156.24', '102.00']);
      expect(text($(el, 'caption .meta'))).to.match(/单位：万元$/);
    }
  });

  it('converts a 元 file to 万元 keeping every digit', async () => {
    const el = await table('万元', await load(DISTRICT_URL));
    expect(text($(el, 'caption .meta'))).to.match(/单位：万元$/);
    // every amount keeps its six decimals' worth of digits: no rounding to two places
    const amounts = $$<HTMLTableCellElement>(el, 'td.num').map(text).filter((s) => /\d/.test(s));
    expect(amounts.length).to.be.greaterThan(5);
    expect(amounts.every((s) => /^-?[\d,]+\.\d{2,6}$/.test(s))).to.equal(true, amounts.join(' '));
    expect(amounts.some((s) => /\.\d{5,6}$/.test(s))).to.equal(true, 'some amounts have more than two decimals in 万元');
  });

  it('re-renders when the attribute changes, and the CSV holds the figures shown with the unit in the headings', async () => {
    const el = await table(undefined);
    el.setAttribute('display-unit', '亿元');
    await el.updateComplete;
    expect(cells(row(el, '201')).slice(2)).to.deep.equal(['0.027534', '0.025824', '0.015624', '0.0102']);
    expect(text($(el, 'caption .meta'))).to.match(/单位：亿元$/);
    const file = await catchDownload(() => $<HTMLButtonElement>(el, 'button.download').click());
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).to.equal('功能分类科目 科目编码,功能分类科目 科目名称,2022 年预算数（亿元）,2023 年预算数 总计（亿元）,2023 年预算数 基本支出（亿元）,2023 年预算数 项目支出（亿元）');
    expect(lines[2]).to.equal('201,一般公共服务支出,0.027534,0.025824,0.015624,0.0102');
    expect(lines).to.include('2013701,行政运行,0.010225,0.008707,0.008707,');
    expect(file.text).to.not.contain('258.24');
    // the source footer names the unit shown and the published document's (issue 11)
    expect(text($(el, '[part~="source"]'))).to.contain('单位：亿元（原文：万元）');
  });

  it('sangong-chart describes, labels and scales in 亿元', async () => {
    const el = await chart('亿元');
    expect($(el, '#description').textContent).to.equal(
      '2023年“三公”经费预算0.0007亿元，比2022年减少0.00009亿元（-11.39%）。其中：因公出国(境)0.00亿元，持平；公务用车购置及运行0.00035亿元（公务用车购置0.00亿元，公务用车运行维护0.00035亿元），减少0.00005亿元（-12.50%）；公务接待0.00035亿元，减少0.00004亿元（-10.26%）。',
    );
    expect($(el, '[data-id="total:current"]').getAttribute('aria-label')).to.equal('总计，2023年：0.0007亿元，比2022年减少0.00009亿元（-11.39%）');
    expect(text($(el, 'header .unit'))).to.equal('单位：亿元');
    // axis ticks: numbers of the unit shown (published 0,2,4,6,8 万元)
    expect($$(el, 'g.tick text').map(text)).to.deep.equal(['0', '0.0002', '0.0004', '0.0006', '0.0008']);
    await expect(el).to.be.accessible();
  });

  it('sangong-chart without the attribute is as published', async () => {
    const el = await chart();
    expect($(el, '#description').textContent).to.match(/^2023年“三公”经费预算7.00万元，比2022年减少0.90万元/);
    expect($$(el, 'g.tick text').map(text)).to.deep.equal(['0', '2', '4', '6', '8']);
  });

  it('budget-summary, project-table and kpi-card convert too', async () => {
    const summary = await fixture<BudgetElement>(html`<budget-summary style="width:900px" display-unit="元" .data=${tongnan}></budget-summary>`);
    await summary.updateComplete;
    expect(text($(summary, 'header .unit'))).to.equal('单位：元');
    expect($(summary, '#description').textContent).to.contain('支出预算2,910,000.00元');
    // the equivalent table is guarded: a change of unit must still reach it
    summary.setAttribute('display-unit', '亿元');
    await summary.updateComplete;
    expect(text($(summary, '[part~="table"] caption'))).to.contain('亿元');
    expect(text($(summary, '[part~="table"] tbody'))).to.contain('201一般公共服务支出 0.027534 0.025824 -0.00171 -6.21%');

    const projects = await fixture<BudgetElement>(html`<project-table display-unit="元" .data=${tongnan}></project-table>`);
    await projects.updateComplete;
    const first = $$<HTMLTableRowElement>(projects, 'tbody tr').find((tr) => text(tr).includes('2023 网络宣传专项'))!;
    expect(text(first)).to.contain('180,000.00').and.not.contain('18.00');
    expect(text($(projects, 'table'))).to.contain('1,020,000.00'); // the published 合计 102.00 万元
    const download = $$<HTMLButtonElement>(projects, 'button').find((b) => text(b) === '下载 CSV')!;
    const csv = (await catchDownload(() => download.click())).text.slice(1).split('\r\n');
    expect(csv[0]).to.equal('序号,项目名称,项目编码,科目编码,科目名称,预算单位,合计（元）,年初特定目标 小计（元）,年初特定目标 一般性项目（元）');
    expect(csv[1]).to.equal('1,2023 网络宣传专项,50015223T000003492534,2013799,其他网信事务支出,中共重庆市潼南区委网络安全和信息化委员会办公室,180000.00,180000.00,180000.00');
    expect(csv[5]).to.equal(',合计,,,,,1020000.00,1020000.00,1020000.00');

    const kpi = await fixture<BudgetElement>(html`<kpi-card display-unit="元" .data=${tongnan}></kpi-card>`);
    await kpi.updateComplete;
    expect(text($(kpi, '.amount'))).to.equal('2,910,000.00 元');
  });
});
