/**
 * Text that is not JSON for a reason people can act on, told apart before JSON.parse: nothing at
 * all, or a web page (an error page, or the page itself saved instead of the data file). The
 * widget, `budget-kit` and the snippet builder ask the same question, so a file gets the same
 * diagnosis everywhere rather than "expected a value, found the end of the file". The widget asks
 * it inline in load.ts's readDisclosure (two regular expressions; importing this module cost the
 * first download 34 bytes): test/unit/not-json.test.ts holds the two to the same answers.
 */
export type NotJson = 'empty' | 'html';

/** Why `text` is not JSON, for the two reasons above; undefined for any other text. A BOM is ignored. */
export function notJson(text: string): NotJson | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*</.test(body)) return 'html';
  if (!body.trim()) return 'empty';
  return undefined;
}

/** The words for a file on disk (the CLI, the builder); the widget words it for an address (failure-words.ts). */
export const NOT_JSON_FILE: Readonly<Record<NotJson, { zh: string; en: string }>> = {
  empty: { zh: '文件是空的，没有 JSON 内容：请确认保存的是数据文件本身。', en: 'The file is empty, with no JSON in it: check that the data file itself was saved.' },
  html: {
    zh: '这是网页（HTML），不是 JSON 数据文件：保存的可能是错误页面或网页本身，请保存数据文件。',
    en: 'This is a web page (HTML), not a JSON data file: an error page or the page itself may have been saved instead of the data file.',
  },
};
