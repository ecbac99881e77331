/**
 * Enumerated attributes (mode, theme, display-unit): an unknown value falls back to the element's
 * default and is reported once per page in the console, with the values allowed — never silently
 * taken for another value (mode="__proto__" drew stacked bars).
 */
const reported = new Set<string>();

/** Whether `value` is unset or one of `allowed`; an unknown value is reported (once per element name, attribute and value). */
export function knownChoice(el: Element, name: string, value: string | null | undefined, allowed: readonly string[]): boolean {
  if (!value || allowed.includes(value)) return true;
  const key = `${el.localName} ${name} ${value}`;
  if (!reported.has(key)) {
    reported.add(key);
    console.warn(`[budget-widgets] <${el.localName} ${name}="${value}">: not one of ${allowed.join(', ')}; the default is used.`);
  }
  return false;
}
