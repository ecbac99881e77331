/**
 * The elements under a strict Content-Security-Policy with Trusted Types enforced, imported by
 * test/browser/hostile-csp.test.html (which sets the policy in a <meta> before anything loads and
 * records every `securitypolicyviolation` into `window.__cspViolations`).
 *
 * The compromise, documented: web-test-runner starts the page with inline module scripts, so
 * `script-src` needs 'unsafe-inline' here (a real portal would use 'self' or a nonce). Everything
 * else is what a strict government site would send: default-src 'self', no inline styles
 * (style-src 'self' forbids style="" attributes), no data: images, no eval, no plugins, and
 * require-trusted-types-for 'script' (any string assigned to innerHTML or a script sink throws).
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/budget-summary/budget-summary.js';
import '../../src/elements/budget-table/budget-table.js';
import '../../src/elements/kpi-card/kpi-card.js';
import '../../src/elements/project-table/project-table.js';
import '../../src/elements/sangong-chart/sangong-chart.js';
import { alertText, deepText, ELEMENTS, label, make, recordUncaught, stable, TONGNAN_URL, whenSettled } from './browser.js';

const violations = () => (window as unknown as { __cspViolations: string[] }).__cspViolations;

describe('a page with a strict CSP and Trusted Types', () => {
  it('enforces the policy (the test would be vacuous otherwise)', async () => {
    // Trusted Types are enforced: a plain string into innerHTML throws and is reported.
    const reported = oneEvent(document, 'securitypolicyviolation') as unknown as Promise<SecurityPolicyViolationEvent>;
    const div = document.createElement('div');
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    expect((await reported).violatedDirective).to.equal('require-trusted-types-for');
    // Inline style attributes are blocked too (style-src 'self').
    const blocked = oneEvent(document, 'securitypolicyviolation') as unknown as Promise<SecurityPolicyViolationEvent>;
    const span = document.createElement('span');
    document.body.append(span);
    span.setAttribute('style', 'color: red');
    expect((await blocked).violatedDirective).to.equal('style-src-attr');
    span.remove();
    violations().length = 0;
  });

  it('every element loads the data by src, renders it, and no securitypolicyviolation fires', async function () {
    this.timeout(20000);
    const uncaught = recordUncaught();
    const page = document.createElement('div');
    page.className = 'page';
    document.body.append(page);
    const problems: string[] = [];
    for (const spec of ELEMENTS) {
      const el = make(spec.tag, { ...spec.attrs, src: TONGNAN_URL });
      page.append(el);
      await whenSettled(el);
      await stable(el);
      if (alertText(el) !== null) problems.push(`${label(spec)}: ${alertText(el)}`);
      if (!deepText(el).trim()) problems.push(`${label(spec)}: rendered nothing`);
    }
    expect(deepText(page.querySelector('budget-table')!)).to.include('291.00');
    uncaught.stop();
    expect(problems, problems.join('\n')).to.deep.equal([]);
    // Each violation as "directive … @ element › node": an inline style="" (Lit's styleMap also
    // writes one on first render) is blocked by style-src 'self'; CSSOM (el.style.setProperty)
    // and adopted stylesheets are not.
    expect([...new Set(violations())], 'CSP violations').to.deep.equal([]);
    expect(uncaught.errors).to.deep.equal([]);
  });
});
