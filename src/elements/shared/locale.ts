/**
 * Locale without an i18n framework: the element's own lang, then its ancestors' (crossing
 * shadow roots), then <html lang>, then Chinese. Only 'zh' and 'en' are shipped.
 */
export type Locale = 'zh' | 'en';

export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) {
      return node.getAttribute('lang')!.toLowerCase().startsWith('en') ? 'en' : 'zh';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
