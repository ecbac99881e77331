/**
 * Our rules on text rather than figures:
 *
 * R21 (`invisible-text`): a name, title, heading or any other text of the file holds a bidi
 * control or a zero-width character (src/model/invisible.ts). U+202E at the end of a name makes
 * every widget's sentence after it read backwards in a careless renderer; a zero-width space makes
 * "行政运行" and "行政运行\u200b" two rows. A joiner inside an emoji sequence (👨‍👩‍👧) is how
 * emoji are written and is not reported. One warning per text, naming its place.
 *
 * R22 (`source-url`): `department.source.url` must be on the site (data/README.md). The checks
 * cannot know the site, so an address with a user name or password, or with a scheme other than
 * http(s), gets a warning (widgets never link to it), and any absolute or `//` address a note
 * (widgets link to it only on the site of the page or the data file).
 *
 * Severity: R21 `warning`; R22 `warning` (credentials, a non-http(s) scheme) or `info` (an absolute address).
 * Source: ours (text safety, src/model/invisible.ts; the footer's link rule, data/README.md).
 */
import type { BudgetDisclosure } from '../schema.js';
import { codePoint, INVISIBLE, showInvisible } from '../invisible.js';
import { formatPath } from '../path.js';
import { finding } from './context.js';
import type { Finding, Place } from './types.js';

/** The text around the first invisible character, with every invisible one written out. */
function excerpt(s: string, at: number): string {
  const from = Math.max(0, at - 30);
  return `${from ? '…' : ''}${showInvisible(s.slice(from, at + 30))}${at + 30 < s.length ? '…' : ''}`;
}

/** A joiner between two pictographs (an emoji sequence), which is no fault. */
function inEmoji(s: string, i: number): boolean {
  if (s[i] !== '\u200d') return false;
  const before = s.slice(Math.max(0, i - 6), i).replace(/[\ufe0f\u{1f3fb}-\u{1f3ff}]+$/u, '');
  return /\p{Extended_Pictographic}$/u.test(before) && /^\p{Extended_Pictographic}/u.test(s.slice(i + 1, i + 3));
}

/** The invisible characters of `s` that are faults, in order, each once. */
function faults(s: string): { chars: string[]; at: number } | null {
  const chars: string[] = [];
  let at = -1;
  for (const m of s.matchAll(INVISIBLE)) {
    if (inEmoji(s, m.index!)) continue;
    if (at < 0) at = m.index!;
    if (!chars.includes(m[0])) chars.push(m[0]);
  }
  return at < 0 ? null : { chars, at };
}

/** Where a text is, for the finding's place: its table and row, or its project, and its path. */
function placeOf(data: BudgetDisclosure, path: PropertyKey[]): Place {
  const place: Place = { path: formatPath(path) };
  if (path[0] === 'tables' && typeof path[1] === 'string') {
    place.table = path[1];
    const row = path[2] === 'rows' && typeof path[3] === 'number' ? data.tables[path[1]]?.rows[path[3]] : undefined;
    if (row) place.row = showInvisible(row.code ?? row.name);
  } else if (path[0] === 'projects' && typeof path[1] === 'number') {
    const p = data.projects?.[path[1]];
    if (p) place.project = showInvisible(p.code ?? p.name);
  }
  return place;
}

export function checkInvisibleText(data: BudgetDisclosure): Finding[] {
  const out: Finding[] = [];
  const report = (s: string, path: PropertyKey[], isKey: boolean) => {
    const f = faults(s);
    if (!f) return;
    const where = formatPath(path);
    const list = f.chars.map((c) => `<${codePoint(c)}>`).join(' ');
    const what = isKey ? { zh: '的键名', en: ' (the key)' } : { zh: '', en: '' };
    out.push(
      finding('R21', 'warning', placeOf(data, path), {
        zh: `${where} ${what.zh}含有看不见的字符 ${list}（双向文字控制符或零宽字符）：“${excerpt(s, f.at)}”。这类字符会使文字显示颠倒或顺序错乱，或使看起来相同的名称并不相同。请删除；若公布的原文确实如此，可忽略本提示。`,
        en: `${where}${what.en} holds invisible characters ${list} (bidirectional controls or zero-width characters): “${excerpt(s, f.at)}”. They make text display reversed or out of order, or make names that look alike differ. Remove them; if the published document really has them, this warning can be ignored.`,
      }, { actual: showInvisible(s.length > 200 ? `${s.slice(0, 200)}…` : s) }),
    );
  };
  // A validated file is at most 6 levels deep (src/model/depth.ts), so the stack stays small.
  const stack: [unknown, PropertyKey[]][] = [[data, []]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [v, path] = next;
    if (typeof v === 'string') report(v, path, false);
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], [...path, i]]);
    else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        report(keys[i]!, [...path, keys[i]!], true);
        stack.push([(v as Record<string, unknown>)[keys[i]!], [...path, keys[i]!]]);
      }
    }
  }
  return out;
}

export function checkSourceUrl(data: BudgetDisclosure): Finding[] {
  const url = data.department.source?.url;
  if (url === undefined) return [];
  const place: Place = { path: 'department.source.url' };
  const shown = `“${showInvisible(url)}”`;
  const warn = (zh: string, en: string) => [
    finding('R22', 'warning', place, {
      zh: `department.source.url ${shown} ${zh}组件不会为它生成链接，只显示文件标题。请改为本网站上的地址（相对地址，或本网站的 http(s) 地址）。`,
      en: `department.source.url ${shown} ${en} Widgets make no link of it and show the document's title only. Use an address on the site (a relative address, or an http(s) address of the site).`,
    }, { actual: showInvisible(url) }),
  ];
  let u: URL;
  try {
    // Resolved against a stand-in for the site: a relative address stays on it.
    u = new URL(url, 'https://site.invalid/data/file.json');
  } catch {
    return warn('不是有效的网址。', 'is not a valid address.');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return warn(`使用的是 ${u.protocol} 协议，不是 http(s)。`, `uses the ${u.protocol} scheme, not http(s).`);
  if (u.username || u.password) {
    return warn(`含有用户名或密码（“@”前的部分），实际指向的网站是 ${u.host}。`, `holds a user name or password (the part before “@”); the site it really points to is ${u.host}.`);
  }
  if (u.host === 'site.invalid') return [];
  return [
    finding('R22', 'info', place, {
      zh: `department.source.url ${shown} 是绝对地址，指向 ${u.host}。组件只在它与显示组件的网页或数据文件位于同一网站时才生成链接，否则只显示文件标题；请确认这是本网站的地址，或改用相对地址。`,
      en: `department.source.url ${shown} is an absolute address on ${u.host}. Widgets link to it only when it is on the site of the page showing them or of the data file, and otherwise show the document's title only; check it is your own site, or use a relative address.`,
    }, { actual: showInvisible(url) }),
  ];
}
