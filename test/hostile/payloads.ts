/**
 * Injection payloads for the hostile corpus, shared by the corpus builder (Node) and the
 * browser tests (which install the `window.__pwned` trap they would trip). Pure: no Node or
 * DOM imports.
 *
 * Every payload that could run code sets `window.__pwned`; the browser tests define that
 * property with a setter that records the attempt, so a payload that runs is caught even if it
 * runs late (an <img> error event, an iframe load).
 */

export const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `"><svg onload="window.__pwned='svg'">`,
  `'><iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
  `<a href="javascript:window.__pwned='a'">链接</a>`,
  `<style>*{display:none!important}</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `{{constructor.constructor('window.__pwned="template"')()}}`,
  `\${window.__pwned='literal'}`,
  `javascript:window.__pwned='text-url'`,
] as const;

/** What source.url becomes: a link a careless renderer would put in an href. */
export const URL_PAYLOAD = ` JaVaScRiPt:window.__pwned='url'`;

/** Strings that, found as elements or attributes in a rendered widget, mean markup was parsed. */
export const DANGEROUS_SELECTORS = ['script', 'iframe', 'img[src="x"]', '[onerror]', '[onload]', 'style:not([data-lit])', 'mglyph'];

/** Every payload in turn: what names, titles and labels (the most visible texts) get. */
export const ALL_PAYLOADS = PAYLOADS.join(' ');

/**
 * The payload for a field: all of them for names, titles and labels, two (chosen by the key)
 * elsewhere. It depends on the key only, so texts the checks match across tables (a 类 name in
 * Tables 1 and 2, a project name in Table 10 and its target table) still match.
 */
export function payloadFor(key: string): string {
  if (key === 'name' || key === 'title' || key === 'label') return ALL_PAYLOADS;
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return `${PAYLOADS[h % PAYLOADS.length]!}${PAYLOADS[(h + 1) % PAYLOADS.length]!}`;
}

// Keys whose strings are not free text: identifiers, enums, amounts, codes the checks match on.
const NOT_TEXT = new Set([
  '$schema', 'key', 'type', 'side', 'role', 'kind', 'operator', 'weightUnit', 'direction',
  'published', 'amount', 'code', 'functionCode', 'section', 'values', 'value',
]);

type Node = Record<string, unknown> | unknown[];

/**
 * Appends a payload to every free-text string of a disclosure, in place: names, titles,
 * headings, notes, paragraphs, goals, units of indicators, department, contacts. Amounts,
 * codes, keys and enums are left alone so the file stays valid and its checks unchanged;
 * a qualitative (定性) indicator's value is text, so it gets one too. source.url becomes
 * URL_PAYLOAD.
 */
export function injectEverywhere(data: Record<string, unknown>): void {
  const walk = (node: Node, parentKey: string | undefined) => {
    const isIndicator = !Array.isArray(node) && 'operator' in node;
    for (const [k, v] of Object.entries(node)) {
      const key = Array.isArray(node) ? parentKey! : k;
      if (typeof v === 'string') {
        const free =
          parentKey === 'text' || // text cells of a row, whatever their column key
          !NOT_TEXT.has(key) ||
          (key === 'value' && isIndicator && (node as { operator?: string }).operator === '定性');
        // `unit` is an enum on department and tables, free text on indicators and staffing.
        const enumUnit = key === 'unit' && !isIndicator && parentKey !== 'staffing' && parentKey !== 'text';
        if (free && !enumUnit) (node as Record<string, unknown>)[k] = `${v}${payloadFor(key)}`;
      } else if (v && typeof v === 'object' && key !== 'values') walk(v as Node, key);
    }
  };
  walk(data, undefined);
  const source = (data.department as { source?: { url?: string } }).source;
  if (source) source.url = URL_PAYLOAD;
}
