/**
 * The snippet builder's "project table with its targets card" (issue 11): the three snippets it
 * offers are pasted into a page as an editor would — the tags, the static fallback, the iframe —
 * and in each a click on a project in the table makes the card show that project's targets.
 * The iframe loads the built embed page (/budget-kit/ = dist/): run `npm run build` first.
 */
import { expect, waitUntil } from '@open-wc/testing';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const code = (id: string) => $<HTMLTextAreaElement>(`code-${id}`).value;
const PROJECT = '2023 网络舆情监测专项';
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

before(async () => {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
  document.documentElement.lang = 'zh-CN';
  document.body.replaceChildren(...[...page.body.children].map((n) => document.importNode(n, true)));
  await import('../../demo/builder/builder.js');
  await window.budgetBuilder!.loaded();
  document.querySelector<HTMLInputElement>('input[name=widget][value="project-table"]')!.click();
  $<HTMLInputElement>('opt-linked').click();
});

/** Opens PROJECT in the table under `root` (once its rows are there) and waits for the card to show it. */
async function openAndFollow(root: ParentNode): Promise<void> {
  const table = root.querySelector('project-table')!;
  const card = root.querySelector('kpi-card')!;
  expect(table.id).to.equal('projects');
  expect(card.getAttribute('for')).to.equal('projects');
  const toggle = () =>
    [...(table.shadowRoot?.querySelectorAll<HTMLButtonElement>('tbody th button.toggle') ?? [])].find((b) => squash(b.textContent).includes(PROJECT));
  await waitUntil(toggle, 'the table shows its projects', { timeout: 8000 });
  await waitUntil(() => card.shadowRoot?.querySelector('h2'), 'the card is drawn', { timeout: 8000 });
  expect(squash(card.shadowRoot!.querySelector('h2')!.textContent)).not.to.equal(PROJECT);
  toggle()!.click();
  await waitUntil(() => squash(card.shadowRoot!.querySelector('h2')?.textContent) === PROJECT, 'the card follows the table');
}

describe('builder: project table with its targets card', () => {
  it('offers the linked pair in all three ways in, with one id and its for', () => {
    expect(code('script')).to.equal(
      '<link rel="preload" href="/budget/tongnan-cac-2023.json" as="fetch" crossorigin>\n' +
        '<script type="module" src="/budget-kit/budget-widgets.js"></script>\n' +
        '<project-table id="projects" src="/budget/tongnan-cac-2023.json"></project-table>\n' +
        '<kpi-card src="/budget/tongnan-cac-2023.json" for="projects"></kpi-card>\n',
    );
    expect(code('iframe')).to.equal(
      '<iframe class="budget-frame" src="/budget-kit/embed.html?widget=project-table&amp;src=%2Fbudget%2Ftongnan-cac-2023.json&amp;with=kpi-card&amp;frame=budget-project-table" title="项目支出明细及绩效目标" width="100%" height="600" loading="lazy"></iframe>\n',
    );
    expect(code('static')).to.match(/^<project-table id="projects" src="\/budget\/tongnan-cac-2023\.json">\n<div class="budget-static">/);
    expect(code('static')).to.contain('</project-table>\n<kpi-card src="/budget/tongnan-cac-2023.json" for="projects">\n<div class="budget-static">');
    // The preview links too, under an id of its own.
    expect([...$('preview').children].map((e) => `${e.localName}#${e.id}[${e.getAttribute('for') ?? ''}]`)).to.deep.equal(['project-table#preview-projects[]', 'kpi-card#[preview-projects]']);
  });

  it('the tags, pasted into a page: a click on a project and the card follows', async () => {
    const article = document.createElement('article');
    // The preload and script lines are the site template's; the kit is already loaded on this page.
    article.innerHTML = code('script').replace(/^(<link[^\n]*\n)*<script[^\n]*\n/, '');
    document.body.append(article);
    try {
      await openAndFollow(article);
    } finally {
      article.remove();
    }
  });

  it('the static fallback, pasted: the tables are there before the script, and once upgraded the card follows', async () => {
    const article = document.createElement('article');
    article.innerHTML = code('static');
    expect(article.querySelectorAll('.budget-static table').length).to.be.greaterThan(1);
    document.body.append(article);
    try {
      await openAndFollow(article);
    } finally {
      article.remove();
    }
  });

  it('the iframe, pasted: one embed page holds both, and the card follows the table', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = code('iframe');
    const frame = holder.querySelector('iframe')!;
    frame.removeAttribute('loading');
    document.body.append(holder);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('kpi-card'), 'the embed page builds both widgets', { timeout: 8000 });
      await openAndFollow(frame.contentDocument!);
    } finally {
      holder.remove();
    }
  });
});
