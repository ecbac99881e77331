/**
 * JSON.parse in slices (src/model/parse-in-slices.ts, issue 15): JSON.parse's value for every
 * valid text it accepts — the same values, key order, prototypes and property attributes, a
 * "__proto__" key an own property — and undefined (the caller's old path) for every invalid
 * one. Small slice sizes make it descend into every container and parse one element at a time,
 * so short hand-written texts go through every path a 21 MB file does.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInSlices, type SliceSizes } from '../../src/model/parse-in-slices.js';
import { slices } from '../../src/model/read-big.js';
import { benchScale, generateDisclosure } from '../bench/generate.js';
import { otherTasksDuring } from './other-tasks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const never = { pause: () => undefined };

/** The default sizes, then smaller and smaller ones (1: every container descended into, every element parsed alone). */
const SIZES: (SliceSizes | undefined)[] = [undefined, { big: 64, batch: 32, step: 100 }, { big: 8, batch: 16, step: 7 }, { big: 2, batch: 3, step: 5 }, { big: 1, batch: 1, step: 1 }];

/** Holds `actual` to `expected` as JSON.parse makes values: types, -0, prototypes, own keys in order, attributes. */
function same(actual: unknown, expected: unknown, path = '$'): void {
  if (expected === null || typeof expected !== 'object') {
    assert.ok(Object.is(actual, expected), `${path}: ${String(actual)} is not ${String(expected)}`);
    return;
  }
  assert.ok(actual !== null && typeof actual === 'object', `${path}: not an object`);
  assert.equal(Array.isArray(actual), Array.isArray(expected), `${path}: array or not`);
  assert.equal(Object.getPrototypeOf(actual), Object.getPrototypeOf(expected), `${path}: prototype`);
  const keys = Reflect.ownKeys(expected);
  assert.deepEqual(Reflect.ownKeys(actual), keys, `${path}: own keys in order`);
  for (const k of keys) {
    const a: PropertyDescriptor = Object.getOwnPropertyDescriptor(actual, k)!;
    const e: PropertyDescriptor = Object.getOwnPropertyDescriptor(expected, k)!;
    assert.deepEqual([a.writable, a.enumerable, a.configurable, 'get' in a], [e.writable, e.enumerable, e.configurable, 'get' in e], `${path}.${String(k)}: attributes`);
    if (k !== 'length' || !Array.isArray(expected)) same(a.value, e.value, `${path}.${String(k)}`);
  }
}

async function assertParsedAsJson(text: string, what: string, sizes = SIZES): Promise<void> {
  const expected: unknown = JSON.parse(text);
  for (const s of sizes) same(await parseInSlices(text, never, s), expected, `${what} (${JSON.stringify(s ?? 'default')})`);
}

async function assertGivesUp(text: string, what: string): Promise<void> {
  for (const s of SIZES) assert.equal(await parseInSlices(text, never, s), undefined, `${what} (${JSON.stringify(s ?? 'default')})`);
}

/** Valid JSON that a careless scanner would misread. */
export const TRICKY: [string, string][] = [
  ['escaped quotes and backslashes', String.raw`{"a\"b":"c\\","d\\\"":["\"","\\\\",  "\\\"\\"],"e":"\\"}`],
  ['strings holding brackets, commas, braces, colons', `{"[":"]","{":"}","a":[",", "]", "[", "{", "}", ":", "\\",]"],"b":{"c":"},{"}}`],
  ['unicode escapes and surrogate pairs', String.raw`{"\u005f\u005fproto\u005f\u005f":1,"é\u00e9":"\uD83D\uDE00😀","\ud800":"\udfff","x":["\u0022","\u005c",  "\u005b"]}`],
  ['empty containers everywhere', '{"a":[],"b":{},"c":[[],{},[[]],[{}]],"d":[{"e":[]},{}],"":""}'],
  ['nested big arrays', JSON.stringify({ a: Array.from({ length: 50 }, (_, i) => Array.from({ length: i }, (_, j) => ({ i, j, s: `${i},${j}]` }))) })],
  ['numbers', '[0,-0,1,-1,1.5,-1.5e-7,1E+300,2e-400,1e400,-0.0,123456789012345678901234567890,0.1e1,5E0,9007199254740993]'],
  ['literals', '[true,false,null,{"t":true,"f":false,"n":null}]'],
  ['whitespace everywhere', ' \n\t\r{ \n"a" \r: \t[ 1 , \n2 ,\t{ "b" : [ ] , "c" : { } } ] ,\r\n "d"\n:\n"e" \t} \n\r\t '],
  ['duplicate keys (last wins, first place)', '{"a":1,"b":[2],"a":{"x":[1,2,3]},"c":3,"b":null,"a":[4,5]}'],
  ['duplicate keys across big members', `{"a":[${'1,'.repeat(40)}1],"b":2,"a":{"c":[${'2,'.repeat(40)}2]},"b":[3]}`],
  ['__proto__ keys', '{"__proto__":{"polluted":true},"a":{"__proto__":[1,2]},"b":[{"__proto__":null}],"__proto__":[3]}'],
  ['__proto__ with a big value', `{"x":1,"__proto__":[${'{"a":1},'.repeat(30)}{}],"y":{"__proto__":{"__proto__":{"z":[${'0,'.repeat(30)}0]}}}}`],
  ['integer-like keys (ordered first, ascending)', '{"b":1,"2":2,"a":3,"1":4,"10":5,"01":6,"-1":7,"4294967295":8,"4294967294":9,"1":10}'],
  ['a top-level array', JSON.stringify(Array.from({ length: 200 }, (_, i) => (i % 3 ? `s${i}` : { i })))],
  ['control escapes', String.raw`["\b\f\n\r\t\/","\u0000","\u001f"]`],
  ['long strings', JSON.stringify({ a: 'x'.repeat(5000), b: ['"'.repeat(3000), '\\'.repeat(3001)], c: '预算'.repeat(2000) })],
];

/** Invalid JSON: JSON.parse throws on each, so the sliced parse must give up. */
export const INVALID: [string, string][] = [
  ['a trailing comma in an array', '{"a":[1,2,],"b":1}'],
  ['a trailing comma in an object', '{"a":[1,2],"b":1,}'],
  ['a leading comma', '{"a":[,1]}'],
  ['two commas', '{"a":[1,,2]}'],
  ['a comma alone', '[,]'],
  ['a missing comma', '{"a":[1 2]}'],
  ['a missing comma between containers', '{"a":[[1][2]]}'],
  ['a missing colon', '{"a" [1]}'],
  ['a colon between big elements', '[[1,2,3,4,5,6,7,8,9,10]:[1,2,3,4,5,6,7,8,9,10]]'],
  ['a missing comma after a big member', '{"a":[1,2,3,4,5,6,7,8,9,10] "b":[1,2,3,4,5,6,7,8,9,10]}'],
  ['a big member without its key', '{"a":1,[1,2,3,4,5,6,7,8,9,10]}'],
  ['a big member with two colons', '{"a"::[1,2,3,4,5,6,7,8,9,10]}'],
  ['a missing value', '{"a":}'],
  ['a key that is not a string', '{a:[1]}'],
  ['a number key', '{1:[1]}'],
  ['an unclosed array', '{"a":[1,2}'],
  ['an unclosed object', '[{"a":1]'],
  ['an extra closing bracket', '{"a":[1]]}'],
  ['an extra closing brace at the end', '{"a":[1]}}'],
  ['truncated', '{"a":[1,2,{"b":'],
  ['truncated in a string', '{"a":["abc'],
  ['truncated after an escape', '{"a":["abc\\'],
  ['a bad escape', '{"a":["\\x41"]}'],
  ['a short unicode escape', '{"a":["\\u12"]}'],
  ['a raw newline in a string', '{"a":["a\nb"]}'],
  ['a raw tab in a string', '{"a":["a\tb"]}'],
  ['a backslash outside a string', '{"a":[\\"x"]}'],
  ['single quotes', "{'a':[1]}"],
  ['a leading zero', '{"a":[01]}'],
  ['a plus sign', '{"a":[+1]}'],
  ['NaN', '{"a":[NaN]}'],
  ['a dangling exponent', '{"a":[1e]}'],
  ['a comment', '{"a":[1] /* x */}'],
  ['garbage after the value', '{"a":[1]} x'],
  ['two values', '{"a":[1]}{"b":2}'],
  ['a no-break space before the value', '\u00a0{"a":[1]}'],
  ['a no-break space inside', '{"a":[1,\u00a02]}'],
  ['a BOM left in', '\uFEFF{"a":[1]}'],
  ['a vertical tab', '{"a":\v[1]}'],
  ['TRUE', '{"a":[TRUE]}'],
  ['an undefined', '{"a":[undefined]}'],
  ['mismatched brackets', '{"a":[1}]'],
  ['mismatched at the root', '{"a":[1]]'],
  ['an empty text', ''],
  ['spaces only', '   '],
  ['HTML', '<!doctype html><p>x</p>'],
];

/** Valid JSON it leaves to JSON.parse: not an array or object at the top. */
const NOT_CONTAINERS = ['"a string"', ' 1', 'null', 'true', '"[1,2]"', '-0'];

describe('parseInSlices gives JSON.parse\'s value', () => {
  for (const [what, text] of TRICKY) test(what, () => assertParsedAsJson(text, what));

  test('every file in data/', async () => {
    const files = readdirSync(`${root}data`).filter((n) => n.endsWith('.json'));
    assert.ok(files.length >= 3);
    for (const f of files) {
      const text = readFileSync(`${root}data/${f}`, 'utf8').replace(/^\uFEFF/, '');
      await assertParsedAsJson(text, f, SIZES.slice(0, 3));
      // Pretty-printed: whitespace between every token.
      await assertParsedAsJson(JSON.stringify(JSON.parse(text), null, 2), `${f}, indented`, SIZES.slice(0, 2));
    }
  });

  test('the bench generator\'s file at a few sizes', async () => {
    for (const projects of [10, 300, 3000]) {
      const text = JSON.stringify(generateDisclosure(benchScale(projects)));
      await assertParsedAsJson(text, `${projects} projects`, projects > 300 ? SIZES.slice(0, 2) : SIZES.slice(0, 3));
    }
  });

  test('a big array of small values and a big object of many keys (batches meet the whole)', async () => {
    const text = JSON.stringify({ numbers: Array.from({ length: 100_000 }, (_, i) => i * 1.5), keys: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, [i]])) });
    await assertParsedAsJson(text, 'big', SIZES.slice(0, 2));
  });

  test('mutations of valid texts: JSON.parse\'s value when it parses, undefined when it throws', async () => {
    const base = TRICKY.map(([, t]) => t).filter((t) => t.length < 400);
    const inserts = [',', ']', '[', '}', '{', '"', '\\', ':', ' ', '1', '\u00a0', 'e'];
    let random = 12345;
    const next = (n: number) => ((random = (random * 1103515245 + 12345) % 2 ** 31), random % n);
    let valid = 0;
    let invalid = 0;
    for (let k = 0; k < 3000; k++) {
      const t = base[next(base.length)]!;
      const at = next(t.length + 1);
      const op = next(3);
      const ch = inserts[next(inserts.length)]!;
      const text = op === 0 ? t.slice(0, at) + t.slice(at + 1) : op === 1 ? t.slice(0, at) + ch + t.slice(at) : t.slice(0, at) + ch + t.slice(at + 1);
      let expected: unknown;
      try {
        expected = JSON.parse(text);
      } catch {
        invalid++;
        await assertGivesUp(text, `mutation ${k}: ${JSON.stringify(text)}`);
        continue;
      }
      if (expected === null || typeof expected !== 'object') continue;
      valid++;
      await assertParsedAsJson(text, `mutation ${k}: ${JSON.stringify(text)}`);
    }
    assert.ok(valid > 200 && invalid > 1000, `${valid} valid, ${invalid} invalid mutations`);
  });
});

describe('parseInSlices gives up on what it must leave to JSON.parse', () => {
  for (const [what, text] of INVALID) {
    test(what, async () => {
      assert.throws(() => JSON.parse(text), SyntaxError);
      await assertGivesUp(text, what);
    });
  }

  test('valid JSON that is not an array or an object at the top', async () => {
    for (const text of NOT_CONTAINERS) await assertGivesUp(text, text);
  });

  test('big containers nested deeper than it descends (the old path then names the depth)', async () => {
    const deep = `${'['.repeat(40)}${'1,'.repeat(200)}1${']'.repeat(40)}`;
    assert.equal(await parseInSlices(deep, never, { big: 8, batch: 8, step: 8 }), undefined);
    // Nested as deep, but small enough to be parsed whole: the same value as JSON.parse.
    await assertParsedAsJson(deep, 'deep', [undefined]);
  });
});

describe('parseInSlices yields', () => {
  test('a big text is parsed across many tasks, other tasks running between', async () => {
    const text = JSON.stringify(generateDisclosure(benchScale(3000)));
    const { value, ticks } = await otherTasksDuring(() => parseInSlices(text, slices(1)));
    same(value, JSON.parse(text));
    assert.ok(ticks > 10, `only ${ticks} other tasks ran meanwhile`);
  });
});
