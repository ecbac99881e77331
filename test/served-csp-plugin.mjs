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

/**
 * Issue 10, Trusted Types policy lists (`?served-csp=ID`): the header the README documents (the
 * kit's one policy name, lit-html, with 'allow-duplicates' so the kit may load twice), and a
 * list that forbids it. Without an ID the strict policy above (any policy name allowed).
 */
export const TRUSTED_TYPES_POLICIES = {
  documented: `${STRICT_POLICY}; trusted-types lit-html 'allow-duplicates'`,
  'no-duplicates': `${STRICT_POLICY}; trusted-types lit-html`,
  forbidding: `${STRICT_POLICY}; trusted-types foo`,
};

const WATCH = '<script src="/test/fixtures/dist/csp-watch.js"></script>';

export function servedCspPlugin() {
  return {
    name: 'served-csp',
    transform(context) {
      if (!('served-csp' in context.query) || !context.response.is('html')) return undefined;
      const id = context.query['served-csp'];
      context.set('Content-Security-Policy', Object.hasOwn(TRUSTED_TYPES_POLICIES, id) ? TRUSTED_TYPES_POLICIES[id] : STRICT_POLICY);
      const body = String(context.body);
      if (!/<head>/i.test(body)) throw new Error(`${context.path}: no <head> to put the CSP watcher in`);
      return { body: body.replace(/<head>/i, (head) => `${head}\n${WATCH}`) };
    },
  };
}
