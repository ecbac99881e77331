/**
 * The first module of every entry, evaluated before lit. lit creates the Trusted Types policy
 * "lit-html" (its only policy, and the kit's only one) as it loads; on a page whose
 * Content-Security-Policy names other policies only (`trusted-types foo`) that throws, lit never
 * loads and no element is defined — every widget would stay blank without a word. The browser
 * reports the refused policy as a violation: this hears it and loads the notice that says which
 * name to allow (./trusted-types-notice.ts, its own chunk, needing nothing from the kit).
 */
addEventListener('securitypolicyviolation', (e) => {
  if (e.sample === 'lit-html') void import('./trusted-types-notice.js').then((m) => m.notice(e.violatedDirective));
});
