/**
 * The static fallback where scripts are stripped (issue 11): amounts were left-aligned and the
 * tables had no borders. With dist/budget-static.css (one <link> in the site template) the tables
 * get borders and right-aligned amounts; without it — a CMS that drops the stylesheet — the amounts
 * are still right-aligned by the cells' own dir="rtl", each figure kept left-to-right inside.
 * No element is defined on this page, so the fallback is what readers see.
 */
import { expect } from '@open-wc/testing';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { renderSnippet } from '../../src/static/index.js';

const SHEET = '/src/static/budget-static.css';
let tongnan: BudgetDisclosure;
before(async () => {
  const v = explainDisclosure(await (await fetch('/budget/tongnan-cac-2023.json')).json());
  if (!v.ok) throw new Error('bundled data invalid');
  tongnan = v.data;
});

/** The pre-rendered <budget-table kind="gpb-expenditure"> in the page; the stylesheet linked or not. */
async function article(withSheet: boolean): Promise<HTMLElement> {
  const el = document.createElement('article');
  el.innerHTML = renderSnippet(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure', src: '/budget/tongnan-cac-2023.json' });
  if (withSheet) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: SHEET });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    el.dataset.sheet = '';
  }
  document.body.append(el);
  return el;
}

/** The table row whose 科目名称 is `name`, and its first amount cell. */
function amountCell(root: HTMLElement, name: string): HTMLTableCellElement {
  const tr = [...root.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent === name)!;
  return tr.querySelector('td.num')!;
}

afterEach(() => {
  document.querySelectorAll('article').forEach((a) => a.remove());
  document.querySelectorAll(`link[href="${SHEET}"]`).forEach((l) => l.remove());
});

describe('static fallback: bare HTML without the stylesheet', () => {
  it('amounts are right-aligned by the cell direction, the figure itself left-to-right', async () => {
    const root = await article(false);
    expect(document.querySelector('budget-table')!.matches(':defined')).to.equal(false);
    const cell = amountCell(root, '一般公共服务支出');
    const figure = cell.querySelector('span')!;
    expect(figure.textContent).to.equal('275.34'); // its 2022 column
    expect(cell.getAttribute('dir')).to.equal('rtl');
    expect(figure.getAttribute('dir')).to.equal('ltr');
    // Flush right in its cell: the gap on the left is larger than on the right (a column of figures lines up).
    const c = cell.getBoundingClientRect();
    const f = figure.getBoundingClientRect();
    expect(c.right - f.right).to.be.lessThan(f.left - c.left);
    // A negative figure keeps its minus sign in front of it (not moved to the right by the rtl cell).
    const change = [...root.querySelectorAll('td.num span')].find((s) => s.textContent!.startsWith('-'));
    if (change) {
      const range = document.createRange();
      range.selectNodeContents(change.firstChild!);
      range.setEnd(change.firstChild!, 1);
      expect(range.getBoundingClientRect().left).to.be.closeTo(change.getBoundingClientRect().left, 1);
    }
  });
});

describe('static fallback: with budget-static.css', () => {
  it('borders, right-aligned amounts, headings on a tinted row', async () => {
    const root = await article(true);
    const cell = amountCell(root, '一般公共服务支出');
    const style = getComputedStyle(cell);
    expect(style.textAlign).to.equal('right');
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopWidth).to.equal('1px');
    expect(style.whiteSpace).to.equal('nowrap');
    expect(getComputedStyle(root.querySelector('table')!).borderCollapse).to.equal('collapse');
    expect(getComputedStyle(root.querySelector('thead th')!).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
  });

  it('is CSP-safe and shipped: a plain file (no url(), @import or expressions), served from dist as /budget-kit/budget-static.css', async () => {
    const text = await (await fetch(SHEET)).text();
    expect(text).not.to.match(/url\(|@import|expression\(/);
    const shipped = await fetch('/budget-kit/budget-static.css');
    expect(shipped.status, 'run npm run build first').to.equal(200);
    expect(await shipped.text()).to.equal(text);
  });
});
