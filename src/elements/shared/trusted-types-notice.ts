/**
 * What a page sees when its Content-Security-Policy refuses the Trusted Types policy "lit-html"
 * (loaded by ./trusted-types.ts only then): one console error naming the policy to allow, and in
 * each widget that would otherwise stay blank a sentence saying so. A widget holding a static
 * fallback (budget-kit render) keeps showing it. When the elements are defined all the same, the
 * kit was loaded twice and the page's policy lacks 'allow-duplicates': the console says that.
 * Depends on nothing else of the kit (the kit itself failed to load) but the registry's plain data.
 */
import { WIDGET_NAMES } from '../../widgets/registry.js';

const TAGS = WIDGET_NAMES;
const KEY = Symbol.for('budget-widgets.trusted-types-notice');

export function notice(directive: string): void {
  const g = globalThis as { [KEY]?: boolean };
  if (g[KEY]) return;
  g[KEY] = true;
  const defined = TAGS.some((t) => customElements.get(t));
  console.error(
    defined
      ? `[budget-widgets] The kit was loaded twice and this page's Content-Security-Policy (${directive}) allows the Trusted Types policy "lit-html" only once: add 'allow-duplicates' to the trusted-types directive, or load the kit once. The widgets already defined work.`
      : `[budget-widgets] This page's Content-Security-Policy (${directive}) does not allow the Trusted Types policy "lit-html", which the widgets need: no widget can be shown. Add it to the directive, e.g. "trusted-types lit-html 'allow-duplicates'" (with your other policy names; 'allow-duplicates' lets the kit load twice).`,
  );
  if (defined) return;
  for (const el of document.querySelectorAll(TAGS.join(','))) {
    if (el.children.length) continue;
    const en = /^en\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = en
      ? 'The budget widget cannot be shown: this site’s security policy (Trusted Types) does not allow the policy “lit-html”. Site administrators: add lit-html to the trusted-types directive.'
      : '无法显示预算组件：本网站的安全策略（Trusted Types）不允许“lit-html”策略。网站管理员：请在 trusted-types 指令中加入 lit-html。';
    el.append(p);
  }
}
