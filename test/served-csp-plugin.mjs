// A web-test-runner plugin for test/browser/dist-served-csp.test.ts: HTML documents requested with
// `?served-csp` get the strict Content-Security-Policy a government portal sends as a response
// header (no 'unsafe-inline' anywhere, Trusted Types enforced).
//
// Violations are recorded by test/fixtures/dist/csp-watch.js, which this plugin puts first in the
// page's <head> as an external script (the policy allows 'self'), so it listens before anything
// else runs. Chromium's report-uri reports were tried first: headless Chromium here never posts them.

/** The policy sent. */
export const STRICT_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'";

const WATCH = '<script src="/test/fixtures/dist/csp-watch.js"></script>';

export function servedCspPlugin() {
  return {
    name: 'served-csp',
    transform(context) {
      if (!('served-csp' in context.query) || !context.response.is('html')) return undefined;
      context.set('Content-Security-Policy', STRICT_POLICY);
      const body = String(context.body);
      if (!/<head>/i.test(body)) throw new Error(`${context.path}: no <head> to put the CSP watcher in`);
      return { body: body.replace(/<head>/i, (head) => `${head}\n${WATCH}`) };
    },
  };
}
