/**
 * src/model/encoding.ts: what bytes that are not a UTF-8 text look like (issue 10). The corpus
 * (test/hostile/corpus/encoding-*.json, gzip-bytes.json) holds whole files; these are the edges.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notUtf8, readBytes } from '../../src/model/encoding.js';
import { LoadError } from '../../src/model/load-errors.js';
import { decodeFile } from '../../src/cli/validate-command.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

test('UTF-8 text, with or without a byte order mark, is UTF-8', () => {
  assert.equal(notUtf8(utf8('{"name": "潼南区委网信办 👨‍👩‍👧"}')), undefined);
  assert.equal(notUtf8(bytes([0xef, 0xbb, 0xbf], '{"a": "网信"}')), undefined);
  assert.equal(notUtf8(new Uint8Array()), undefined);
});

test('a character cut off at the very end is a truncation (the JSON check places it), not an encoding', () => {
  assert.equal(notUtf8(utf8('{"a": "网').subarray(0, 9)), undefined);
});

test('gzip, UTF-16 with and without a byte order mark', () => {
  assert.deepEqual(notUtf8(Uint8Array.of(0x1f, 0x8b, 8, 0)), { kind: 'compressed' });
  const le = Buffer.from('{"schemaVersion": 1}', 'utf16le');
  assert.deepEqual(notUtf8(Buffer.concat([Buffer.from([0xff, 0xfe]), le])), { kind: 'encoding', encoding: 'UTF-16', line: 1 });
  assert.deepEqual(notUtf8(le), { kind: 'encoding', encoding: 'UTF-16', line: 1 });
  assert.deepEqual(notUtf8(Buffer.from(le).swap16()), { kind: 'encoding', encoding: 'UTF-16', line: 1 });
  // A NUL in UTF-8 text is a JSON error, not UTF-16.
  assert.equal(notUtf8(utf8('{"schemaVersion": 1,\n "x": "a\u0000b"}')), undefined);
});

test('GBK is recognised; one stray byte in UTF-8 text is placed by its line', () => {
  // 潼南 in GBK: E4 FC C4 CF.
  assert.deepEqual(notUtf8(bytes('{"name": "', [0xe4, 0xfc, 0xc4, 0xcf], '"}')), { kind: 'encoding', encoding: 'GBK', line: 1 });
  assert.deepEqual(notUtf8(bytes('{\n  "name": "网信办', [0x96], '",\n  "region": "潼南区"\n}')), { kind: 'encoding', line: 2 });
  // Overlong forms and surrogates are not UTF-8 either.
  assert.equal(notUtf8(Uint8Array.of(0xc0, 0xaf))?.kind, 'encoding');
  assert.equal(notUtf8(Uint8Array.of(0xed, 0xa0, 0x80))?.kind, 'encoding');
});

test('readBytes: an HTML page in GBK is an HTML failure; gzip wins over an html type', () => {
  const page = bytes('<!doctype html><title>', [0xd5, 0xd2, 0xb2, 0xbb, 0xb5, 0xbd], '</title>');
  assert.throws(() => readBytes(page, { url: 'x', contentType: 'text/html; charset=gbk' }), (e: LoadError) => e.kind === 'html');
  assert.throws(() => readBytes(Uint8Array.of(0x1f, 0x8b, 8), { contentType: 'text/html' }), (e: LoadError) => e.kind === 'compressed');
  assert.throws(() => readBytes(bytes('{"a": "', [0x96], '"}'), {}), (e: LoadError) => e.kind === 'encoding' && e.line === 1 && e.encoding === undefined);
});

test('the CLI decodes strictly: a string is text, bytes are checked', () => {
  assert.equal(decodeFile('a.json', '{"a": 1}'), '{"a": 1}');
  assert.equal(decodeFile('a.json', bytes([0xef, 0xbb, 0xbf], '{}')), '{}', 'the byte order mark is dropped');
  const r = decodeFile('a.json', bytes('{"a": "', [0xe4, 0xfc, 0xc4, 0xcf], '"}'));
  assert.ok(typeof r !== 'string' && r.status === 'unreadable');
  if (typeof r !== 'string' && r.status === 'unreadable') {
    assert.equal(r.error.zh, '文件不是 UTF-8 编码（看起来是 GBK）：请用文本编辑器另存为 UTF-8。');
    assert.equal(r.reason, 'encoding');
    assert.equal(r.encoding, 'GBK');
  }
});
