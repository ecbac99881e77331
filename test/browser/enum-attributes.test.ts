/**
 * Issue 10: enumerated attributes (mode, theme, display-unit) with a value the element does not
 * know fall back to the default — never another value (mode="__proto__" drew stacked bars) — and
 * the value is reported once per page in the console, with the values allowed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/sangong-chart/sangong-chart.js';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/budget-table/budget-table.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { deepText, whenSettled } from '../hostile/browser.js';

const tongnan = (await (await fetch('/data/tongnan-cac-2023.json')).json()) as BudgetDisclosure;

let warned: string[];
const realWarn = console.warn;
beforeEach(() => {
  warned = [];
  console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
});
afterEach(() => {
  console.warn = realWarn;
});

type Widget = HTMLElement & { data?: BudgetDisclosure; updateComplete: Promise<unknown> };

async function mount(tag: string, attrs: Record<string, string>): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = structuredClone(tongnan);
  (await fixture<HTMLElement>(html`<div style="width: 900px"></div>`)).append(el);
  await whenSettled(el);
  await el.updateComplete;
  return el;
}

const pressed = (el: Element) => [...el.shadowRoot!.querySelectorAll('.group button[aria-pressed="true"]')].map((b) => b.textContent!.trim());
const reports = (fragment: string) => warned.filter((w) => w.includes('[budget-widgets]') && w.includes(fragment));

describe('unknown values of enumerated attributes', () => {
  for (const mode of ['__proto__', 'constructor', 'STACKED', 'pie']) {
    it(`<sangong-chart mode="${mode}"> draws grouped bars (the default) and says so once`, async () => {
      const el = await mount('sangong-chart', { mode });
      expect(el.shadowRoot!.querySelectorAll('.mark'), 'grouped: 5 groups × 2 years').to.have.length(10);
      expect(pressed(el)).to.include('分组');
      expect(pressed(el)).to.not.include('堆叠');
      // Updates and a second element with the same value do not repeat the report.
      el.setAttribute('unit', '');
      await el.updateComplete;
      await mount('sangong-chart', { mode });
      expect(reports(`mode="${mode}"`)).to.deep.equal([`[budget-widgets] <sangong-chart mode="${mode}">: not one of grouped, stacked; the default is used.`]);
    });
  }

  it('<sangong-chart mode="stacked"> is not reported, and its buttons still switch', async () => {
    const el = await mount('sangong-chart', { mode: 'stacked' });
    expect(el.shadowRoot!.querySelectorAll('.mark')).to.have.length(8);
    expect(warned).to.deep.equal([]);
  });

  it('<kpi-card mode="big"> shows every indicator (the default "full") and says so', async () => {
    const el = await mount('kpi-card', { mode: 'big', project: '50015223T000003492534' });
    expect(el.shadowRoot!.querySelectorAll('.single, [part~="single"]')).to.have.length(0);
    expect(deepText(el)).to.contain('承办网络宣传活动场次');
    expect(reports('mode="big"')).to.deep.equal(['[budget-widgets] <kpi-card mode="big">: not one of full, single; the default is used.']);
  });

  it('theme="purple" and display-unit="千元": the default look and the published unit, each reported', async () => {
    const el = await mount('budget-table', { kind: 'sangong', theme: 'purple', 'display-unit': '千元' });
    expect(deepText(el)).to.contain('单位：万元');
    expect(deepText(el)).to.contain('7.00');
    expect(reports('theme="purple"')).to.deep.equal(['[budget-widgets] <budget-table theme="purple">: not one of default, dark, auto, gov-red, high-contrast; the default is used.']);
    expect(reports('display-unit="千元"')).to.deep.equal(['[budget-widgets] <budget-table display-unit="千元">: not one of 元, 万元, 亿元; the default is used.']);
  });
});
