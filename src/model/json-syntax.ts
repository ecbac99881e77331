/**
 * Where a JSON text breaks, as line and column, in plain words. JSON.parse's own messages
 * differ between Node versions and sometimes carry no position at all, so a small scanner
 * walks the text (only when parsing has already failed) and stops at the first fault.
 *
 * The scanner recurses once per level of nesting, so it stops at the kit's depth limit (a
 * fault of its own, at the bracket that goes too deep) rather than overflowing the stack on a
 * text nested 100,000 levels deep: such a file would be refused for its depth anyway.
 */
import { MAX_DEPTH } from './depth.js';

export interface JsonSyntaxError {
  /** 1-based line and column (columns count UTF-16 code units, as editors mostly do). */
  line: number;
  column: number;
  offset: number;
  message: { zh: string; en: string };
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly words: { zh: string; en: string },
  ) {
    super(words.en);
  }
}

/** Returns the first syntax error of `text` (or the place it nests deeper than MAX_DEPTH), or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const found = () =>
    i >= text.length ? { zh: '文件结束', en: 'the end of the file' } : { zh: `“${text[i]}”`, en: `“${text[i]}”` };
  const expect = (what: { zh: string; en: string }): never => {
    const f = found();
    throw new Fault(i, { zh: `此处应为${what.zh}，却是${f.zh}`, en: `expected ${what.en} but found ${f.en}` });
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) throw new Fault(i, { zh: '字符串中不能直接换行或含控制字符（可能少了右引号）', en: 'a string cannot contain a raw line break or control character (a closing quote may be missing)' });
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Fault(i, { zh: '\\u 后应有 4 位十六进制数字', en: '\\u must be followed by 4 hex digits' });
          i += 6;
          continue;
        }
        if (!e || !'"\\/bfnrt'.includes(e)) throw new Fault(i, { zh: `无效的转义“\\${e ?? ''}”`, en: `invalid escape “\\${e ?? ''}”` });
        i += 2;
        continue;
      }
      i++;
    }
    if (i >= text.length) throw new Fault(start, { zh: '字符串没有右引号', en: 'this string is never closed' });
    i++;
  };
  let depth = 0;
  const deeper = () => {
    if (++depth > MAX_DEPTH) {
      throw new Fault(i, {
        zh: `嵌套层级过深：第 ${depth} 层仍有对象或数组（最多允许 ${MAX_DEPTH} 层）`,
        en: `nested too deep: level ${depth} still opens an object or array (at most ${MAX_DEPTH} levels are read)`,
      });
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') deeper();
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void (i++, depth--);
      for (;;) {
        ws();
        if (text[i] !== '"') expect({ zh: '用双引号括起的字段名（可能多了一个逗号）', en: 'a double-quoted key (perhaps a trailing comma)' });
        string();
        ws();
        if (text[i] !== ':') expect({ zh: '冒号“:”', en: 'a colon “:”' });
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void (i++, depth--);
        expect({ zh: '逗号“,”或右花括号“}”（可能少了逗号）', en: 'a comma “,” or “}” (perhaps a missing comma)' });
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void (i++, depth--);
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') return void (i++, depth--);
        expect({ zh: '逗号“,”或右方括号“]”', en: 'a comma “,” or “]”' });
      }
    }
    if (c === '"') return string();
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num && num[0] !== '-') return void (i += num[0].length);
    for (const lit of ['true', 'false', 'null']) if (text.startsWith(lit, i)) return void (i += lit.length);
    if (c === "'") throw new Fault(i, { zh: 'JSON 字符串须用双引号，不能用单引号', en: 'JSON strings need double quotes, not single quotes' });
    expect({ zh: '一个值（字符串、数字、对象、数组、true、false 或 null）', en: 'a value (string, number, object, array, true, false or null)' });
  };
  try {
    value();
    ws();
    if (i < text.length) throw new Fault(i, { zh: '数据已结束，后面却还有内容', en: 'the data is complete but more text follows' });
    return null;
  } catch (e) {
    if (!(e instanceof Fault)) throw e;
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    const column = e.offset - before.lastIndexOf('\n');
    return { line, column, offset: e.offset, message: e.words };
  }
}
