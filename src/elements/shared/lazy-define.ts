/**
 * Defines an element on demand: its module is imported only once a tag of it is in the document —
 * at once if the page already has one, else when one is inserted later (a MutationObserver on the
 * whole document, disconnected as soon as the tag is seen). A page without the tag never downloads
 * the element's code, so a rarer widget does not weigh on every reader's first download.
 *
 * Limits, on purpose: a tag inside another component's shadow root is not seen (the page can
 * import `budget-widgets/elements/<tag>.js` itself), and an element created but not yet inserted
 * upgrades when it is (custom elements upgrade on definition; Lit keeps properties set before).
 * If the module cannot be loaded (offline, a policy), the tag stays unknown and the static
 * fallback inside it stays readable; the console says why.
 */
export function defineLazily(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag)) return;
  const observer = new MutationObserver(() => check());
  const check = (): void => {
    if (!document.querySelector(tag)) return;
    observer.disconnect();
    load().catch((e: unknown) => console.error(`[budget-widgets] <${tag}> could not be loaded:`, e));
  };
  observer.observe(document, { childList: true, subtree: true });
  check();
}
