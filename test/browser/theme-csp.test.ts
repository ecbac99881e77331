import { expect, waitUntil } from '@open-wc/testing';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; object-src 'none'";

describe('strict Content-Security-Policy', () => {
  it('every element renders and interacts without a single violation (no inline styles, no eval)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '600px';
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${POLICY}"><script type="module" src="/test/browser/theme-csp-page.ts"></script>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { cspResult?: Promise<string[]> }) | null;
      // waitUntil: the iframe's page module (its own loads await loadComplete), not an element's load.
      await waitUntil(() => win()?.cspResult, 'the page module', { timeout: 8000 });
      const violations = await win()!.cspResult!;
      const doc = frame.contentDocument!;
      // it did render: a chart with marks and a tooltip placed by the element
      const chart = doc.querySelector('sangong-chart')!.shadowRoot!;
      expect(chart.querySelectorAll('.mark').length).to.equal(10);
      expect(chart.querySelector<HTMLElement>('[part="tooltip"]')!.style.left).to.match(/px$/);
      // the element-computed sizes took effect: weight segments in proportion, the split bar
      const seg = doc.querySelector('kpi-card')!.shadowRoot!.querySelector<HTMLElement>('.seg')!;
      expect(getComputedStyle(seg).flexGrow).to.equal('0.1');
      expect(Number(getComputedStyle(doc.querySelector('budget-summary')!.shadowRoot!.querySelector('.split .basic')!).flexGrow)).to.be.above(0);
      // the preset of theme="dark" took effect
      expect(getComputedStyle(doc.querySelector('kpi-card')!).backgroundColor).to.equal('rgb(13, 17, 23)');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
