/**
 * The README's "Plain HTML" snippet, pasted as written into a page of a site laid out as the README
 * says (the kit's dist/ at /budget-kit/, the data at /budget/; the test server serves both): it
 * runs without an error and the widget shows the bundled figures. A new user's review found the
 * snippet fetching a file that does not exist, without checking the answer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { recordUncaught } from '../hostile/browser.js';

/** The first ```html block after the "Plain HTML" heading of README.md. */
async function plainHtmlSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const from = readme.indexOf('**Plain HTML, Vue, React.**');
  expect(from, 'the README has its Plain HTML section').to.be.greaterThan(0);
  const block = /```html\n([\s\S]*?)```/.exec(readme.slice(from));
  expect(block, 'an html block follows it').to.not.equal(null);
  return block![1]!;
}

describe('the README’s Plain HTML snippet, pasted as written', () => {
  const uncaught = recordUncaught();
  after(() => uncaught.stop());

  it('runs without an error and shows the published figures', async () => {
    const snippet = await plainHtmlSnippet();
    const host = document.createElement('div');
    // The markup as pasted; its module script is made again, since one parsed by innerHTML never runs.
    host.innerHTML = snippet.replace(/<script type="module">[\s\S]*<\/script>/, '');
    document.body.append(host);
    const code = /<script type="module">([\s\S]*)<\/script>/.exec(snippet)![1]!;
    const failed = new Promise<string>((resolve) => addEventListener('error', (e) => resolve(String(e.message)), { once: true }));
    const script = Object.assign(document.createElement('script'), { type: 'module', textContent: code });
    document.body.append(script);
    const el = host.querySelector('budget-summary') as HTMLElement & { loadComplete?: Promise<boolean>; shadowRoot: ShadowRoot };
    expect(el, 'the snippet holds a <budget-summary>').to.not.equal(null);
    const shown = waitUntil(() => customElements.get('budget-summary') && el.loadComplete, 'the kit defines the element', { timeout: 8000 }).then(() => el.loadComplete);
    const outcome = await Promise.race([shown.then((ok) => (ok ? 'shown' : 'failure shown')), failed]);
    expect(outcome).to.equal('shown');
    expect(el.shadowRoot.textContent).to.include('291.00');
    expect(uncaught.errors).to.deep.equal([]);
  });
});
