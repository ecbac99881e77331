/**
 * What a data file that is not UTF-8 text looks like — gzip bytes, UTF-16, GBK, or stray invalid
 * bytes — so the message can say so instead of “56 format problems” or a silent U+FFFD in a name.
 * Pure and small; the widgets load it only when the strict UTF-8 decoding of a file fails (see
 * load.ts), the CLI and the snippet builder use it on every file they read.
 */
import type { BudgetDisclosure } from './schema.js';
import { LoadError } from './load-errors.js';
import { readDisclosure } from './load.js';

/** Why bytes are not a UTF-8 text. */
export type NotUtf8 =
  /** gzip's magic bytes 1f 8b: a compressed file, or a server that compressed it without saying so. */
  | { kind: 'compressed' }
  /** Another encoding: `encoding` when it is recognised, `line` (1-based) of the first invalid byte. */
  | { kind: 'encoding'; encoding?: 'GBK' | 'UTF-16'; line: number };

/**
 * Why `bytes` are not a UTF-8 text, or undefined when they are one. A UTF-8 byte order mark is
 * fine, and so is a character cut off at the very end (a truncated file: the JSON check places it).
 */
export function notUtf8(bytes: Uint8Array): NotUtf8 | undefined {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { kind: 'compressed' };
  if (looksUtf16(bytes)) return { kind: 'encoding', encoding: 'UTF-16', line: 1 };
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid < 0) return undefined;
  let line = 1;
  for (let i = 0; i < scan.firstInvalid; i++) if (bytes[i] === 0x0a) line++;
  // Chinese text in GBK is mostly invalid as UTF-8; a UTF-8 file with one stray byte is mostly valid.
  const gbk = scan.invalid > scan.multibyte && decodes(bytes, 'gbk');
  return { kind: 'encoding', ...(gbk ? { encoding: 'GBK' as const } : {}), line };
}

/** The widget's path for bytes that failed strict UTF-8 decoding (or hold NULs): the failure that names the encoding, else the usual reading. */
export function readBytes(bytes: Uint8Array, from: { url?: string; contentType?: string }): BudgetDisclosure | Promise<never> {
  const text = new TextDecoder().decode(bytes);
  const why = notUtf8(bytes);
  // A portal's error page in GBK is still an error page: the HTML failure says more.
  const html = /\bhtml\b/i.test(from.contentType ?? '') || /^\s*</.test(text);
  if (why && (why.kind === 'compressed' || !html)) {
    throw Object.assign(new LoadError(why.kind, { url: from.url }), why.kind === 'encoding' ? { encoding: why.encoding, line: why.line } : {});
  }
  return readDisclosure(text, from);
}

/** A byte order mark, or NUL in every other byte of the start (JSON is mostly ASCII). */
function looksUtf16(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  const n = Math.min(b.length, 512) & ~1;
  let pairs = 0;
  for (let i = 0; i < n; i += 2) if ((b[i] === 0) !== (b[i + 1] === 0)) pairs++;
  return n >= 4 && pairs * 2 >= n / 2;
}

function decodes(bytes: Uint8Array, label: string): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Walks the bytes as UTF-8 (the well-formed sequences of Unicode table 3-7): where the first
 * invalid sequence starts (-1 if none), and how many invalid and valid multi-byte sequences there are.
 */
function scanUtf8(b: Uint8Array): { firstInvalid: number; invalid: number; multibyte: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // Length of the sequence and the range of its second byte.
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    let ok = n > 0;
    let k = 1;
    for (; ok && k < n && i + k < b.length; k++) {
      const t = b[i + k]!;
      ok = k === 1 ? t >= lo && t <= hi : t >= 0x80 && t <= 0xbf;
    }
    // A sequence cut off by the end of the file is a truncation, not an encoding.
    if (ok && i + k >= b.length && k < n) break;
    if (ok) {
      multibyte++;
      i += n;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { firstInvalid, invalid, multibyte };
}
