/**
 * A big file read in slices (src/model/read-big.ts, issue 15): the same verdict and the same
 * failures as the synchronous reading every small file gets, and the work really spread over
 * several tasks. Timings are the bench's business (test/bench/cold.ts), not these tests'.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conforms, LATER_ITEMS, type SchemaNode } from '../../src/model/json-schema-subset.js';
import { DISCLOSURE_SHAPE } from '../../src/model/disclosure-shape.js';
import { readable } from '../../src/model/validate-core.js';
import { conformsInSlices, decodeInSlices, readableInSlices, readBig, readBigResponse, slices } from '../../src/model/read-big.js';
import { LoadError, readDisclosure } from '../../src/model/load.js';
import { generateDisclosure } from '../bench/generate.js';
import { otherTasksDuring } from './other-tasks.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** 3,000 projects: every long array of the format (projects, three tables' rows) is longer than LATER_ITEMS. */
const BIG = JSON.stringify(generateDisclosure({ projects: 3000, codeRows: 3000, units: 30 }));
const big = () => JSON.parse(BIG) as Record<string, any>;

/** The sliced verdict, with a clock that yields every millisecond (many more slices than in a page). */
const sliced = (value: unknown, schema: SchemaNode) => conformsInSlices(value, schema, slices(1));

async function assertSame(value: unknown, schema: SchemaNode, what: string): Promise<boolean> {
  const sync = conforms(value, schema);
  assert.equal(await sliced(value, schema), sync, `${what}: conforms() says ${sync}`);
  assert.equal(await conformsInSlices(value, schema), sync, `${what} (default slices)`);
  return sync;
}

describe('conformsInSlices gives conforms()\'s verdict', () => {
  test('the big generated file is accepted, and its long arrays are left for later by conforms(…, later)', async () => {
    const json = big();
    assert.ok(json.projects.length > LATER_ITEMS && json.tables['project-expenditure'].rows.length > LATER_ITEMS);
    const later: [readonly unknown[], SchemaNode][] = [];
    assert.equal(conforms(json, DISCLOSURE_SHAPE, later), true);
    assert.ok(later.some(([a]) => a === json.projects) && later.some(([a]) => a === json.tables['gpb-expenditure'].rows));
    assert.equal(await assertSame(json, DISCLOSURE_SHAPE, 'generated'), true);
  });

  test('every bundled file and every parseable file of the hostile corpus', async () => {
    const files: [string, string][] = readdirSync(`${root}data`).filter((n) => n.endsWith('.json')).map((f) => [`data/${f}`, `${root}data/${f}`]);
    const corpus = `${root}test/hostile/corpus/`;
    files.push(...readdirSync(corpus).filter((n) => n.endsWith('.json')).map((f): [string, string] => [`corpus/${f}`, corpus + f]));
    let n = 0;
    for (const [name, path] of files) {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      await assertSame(json, DISCLOSURE_SHAPE, name);
      n++;
    }
    assert.ok(n > 10, `only ${n} files`);
  });

  // Faults deep in the long arrays, where only the slices look.
  const faults: [string, (j: Record<string, any>) => void][] = [
    ['the last project\'s indicator weight is text', (j) => void (j.projects.at(-1).indicators[3].weight = '10')],
    ['a cell of row 2,500 has three decimals', (j) => void (j.tables['project-expenditure'].rows[2500].values.total = '1.001')],
    ['a row\'s values hold an own "__proto__" key', (j) => {
      Object.defineProperty(j.tables['gpb-expenditure'].rows[2999].values, '__proto__', { value: '1.00', enumerable: true, configurable: true, writable: true });
    }],
    ['a project holds an unknown key', (j) => void (j.projects[1234].zz = 'x')],
    ['a project is a Date', (j) => void (j.projects[2000] = new Date(0))],
    ['a project is a Map', (j) => void (j.projects[2001] = new Map([['name', 'x']]))],
    ['a row is an instance of a class', (j) => void (j.tables['dept-expenditure'].rows[1500] = new (class Row { name = 'x'; values = {}; })())],
    ['a row is null', (j) => void (j.tables['dept-expenditure'].rows[2999] = null)],
    ['a project is undefined', (j) => void (j.projects[2999] = undefined)],
    ['an amount is NaN', (j) => void (j.projects[700].indicators[0].weight = NaN)],
    ['the projects array has a hole (every() skips it: accepted as before)', (j) => void delete j.projects[1500]],
    ['an array of projects is a plain object', (j) => void (j.projects = { ...j.projects })],
    ['the last item of rows is a nested array', (j) => void j.tables['gpb-expenditure'].rows.push([])],
  ];
  for (const [what, mutate] of faults) {
    test(what, async () => {
      const json = big();
      mutate(json);
      await assertSame(json, DISCLOSURE_SHAPE, what);
    });
  }

  test('keywords on long arrays: holes, nested long arrays, anyOf (nothing left for later there)', async () => {
    const strings: SchemaNode = { type: 'array', items: { type: 'string' } };
    const long = () => Array.from({ length: LATER_ITEMS + 100 }, (_, i) => String(i));
    const withNumber = long();
    withNumber[LATER_ITEMS + 99] = 7 as never;
    const holed = long();
    delete holed[3];
    const undef = long();
    undef[3] = undefined as never;
    for (const [what, v] of [['strings', long()], ['a number last', withNumber], ['a hole', holed], ['undefined', undef]] as const) await assertSame(v, strings, what);
    const nested: SchemaNode = { type: 'array', items: strings };
    const grid = Array.from({ length: LATER_ITEMS + 1 }, long);
    assert.equal(await assertSame(grid, nested, 'grid'), true);
    grid.at(-1)!.push(1 as never);
    assert.equal(await assertSame(grid, nested, 'grid with a number in its last row'), false);
    const either: SchemaNode = { anyOf: [strings, { type: 'array', items: { type: 'number' } }] };
    const numbers = Array.from({ length: LATER_ITEMS + 10 }, (_, i) => i);
    assert.equal(await assertSame(numbers, either, 'anyOf: the second option'), true);
    assert.equal(await assertSame([...numbers, 'x'], either, 'anyOf: neither'), false);
    const objects: SchemaNode = { type: 'object', properties: { a: strings }, required: ['a'], additionalProperties: false };
    assert.equal(await assertSame({ a: withNumber }, objects, 'object holding a long array'), false);
    assert.equal(await assertSame({ a: long(), b: 1 }, objects, 'long array, then an unknown key'), false);
  });

  test('it yields: a big input resolves across many tasks, the page\'s other tasks running between', async () => {
    const { value: ok, ticks } = await otherTasksDuring(() => conformsInSlices(big(), DISCLOSURE_SHAPE, slices(1)));
    assert.equal(ok, true);
    assert.ok(ticks > 5, `only ${ticks} other tasks ran meanwhile`);
  });
});

describe('readableInSlices and readBig: readable() and readDisclosure()\'s verdicts and failures', () => {
  test('the big file: the same object comes back', async () => {
    const json = big();
    assert.equal(readable(json), json);
    assert.equal(await readableInSlices(json), json);
  });

  test('amounts beyond the exact range are refused as readable() refuses them', async () => {
    const json = big();
    for (const p of json.projects.slice(0, 2000)) p.amount = '99999999999.99';
    json.department.unit = '亿元';
    assert.equal(conforms(json, DISCLOSURE_SHAPE), true, 'the shape still fits');
    assert.equal(readable(json), undefined);
    assert.equal(await readableInSlices(json), undefined);
  });

  const bytes = (s: string) => new TextEncoder().encode(s);
  const from = { url: 'https://example.org/big.json', contentType: 'application/json' };
  /** readDisclosure's outcome for text, as a value or a failure kind. */
  const outcome = async (run: () => unknown): Promise<unknown> => {
    try {
      return await run();
    } catch (e) {
      assert.ok(e instanceof LoadError, String(e));
      // Everything a page shows of a failure, and what goes to the console.
      const { kind, message, url, status, syntax, problems, encoding, line } = e;
      return { kind, message, url, status, syntax, problems, encoding, line, cause: e.cause === undefined ? undefined : String(e.cause) };
    }
  };

  const texts: [string, string][] = [
    ['valid', BIG],
    ['a BOM first', `\uFEFF${BIG}`],
    ['a schema fault deep in the projects', BIG.replace(/"weight":10\}\]\}\]/, '"weight":"10"}]}]')],
    ['another schema version', BIG.replace('"schemaVersion":1', '"schemaVersion":2')],
    ['a syntax error near the end', `${BIG.slice(0, -20)},${BIG.slice(-20)}`],
    ['an HTML page', `<!doctype html><p>${'x'.repeat(2e6)}</p>`],
    ['only spaces', ' '.repeat(1e6)],
    // The JSON parsed in slices (parse-in-slices.ts) or, when it gives up, whole: the same outcome.
    ['indented, whitespace between every token', JSON.stringify(big(), null, 2)],
    ['CRLF and tabs between tokens', JSON.stringify(big(), null, '\t').replace(/\n/g, '\r\n')],
    ['a duplicate key: the last one wins', BIG.replace('"schemaVersion":1', '"schemaVersion":2,"schemaVersion":1')],
    ['a duplicate key: the last one loses', BIG.replace('"schemaVersion":1', '"schemaVersion":1,"schemaVersion":2')],
    ['a duplicate big array: the last one wins', BIG.replace(/"projects":\[/, '"projects":[{"x":1}],"projects":[')],
    ['an own "__proto__" key in a row deep in the file', BIG.replace(/("rows":\[(?:[^\]]*?\},){2000}\{)/, '$1"__proto__":{"code":"x"},')],
    ['a "__proto__" key at the top', BIG.replace('{', '{"__proto__":{"schemaVersion":1},')],
    ['escapes in the strings', BIG.replace(/"name":"([^"]*)"/g, (_, n: string) => `"name":"\\u005c\\"${n}\\"[,]{}"`)],
    ['nested too deep, inside a project', BIG.replace(/"indicators":\[/, `"deep":${'['.repeat(40)}${']'.repeat(40)},"indicators":[`)],
    ['nested too deep, big', BIG.replace('{', `{"deep":${'['.repeat(40)}${'1,'.repeat(600_000)}1${']'.repeat(40)},`)],
    ['a trailing comma deep in the projects', BIG.replace(/\}\]\}(,\{"code")/, '},]}$1')],
    ['a stray comma in the middle', `${BIG.slice(0, BIG.indexOf('},{', BIG.length / 2) + 2)},${BIG.slice(BIG.indexOf('},{', BIG.length / 2) + 2)}`],
    ['an extra closing bracket in the projects', BIG.replace(/\}\]\}(,\{"code")/, '}]]}$1')],
    ['a missing closing bracket at the end', BIG.slice(0, -1)],
    ['truncated in the middle', BIG.slice(0, BIG.length * 0.7)],
    ['a bad escape deep in the file', `${BIG.slice(0, BIG.indexOf('"name":"', BIG.length / 2) + 8)}\\x${BIG.slice(BIG.indexOf('"name":"', BIG.length / 2) + 8)}`],
    ['a raw newline in a string', BIG.replace(/("name":")/, '$1\n')],
    ['an unterminated string at the end', `${BIG.slice(0, -1)},"x":"abc}`],
    ['garbage after the value', `${BIG} x`],
    ['two values', `${BIG}${BIG}`],
    ['a no-break space first', `\u00a0${BIG}`],
    ['two BOMs first', `\uFEFF\uFEFF${BIG}`],
    ['a string, not an object', JSON.stringify(BIG)],
    ['an array of files', `[${BIG},${BIG}]`],
  ];
  /** A response whose body comes in chunks of `size` bytes (cutting characters in two), erroring after `failAfter` chunks. */
  const streamed = (b: Uint8Array, size = 7777, failAfter = Infinity) => {
    let at = 0;
    let n = 0;
    return new Response(
      new ReadableStream<Uint8Array>({
        pull(c) {
          if (n++ >= failAfter) return c.error(new TypeError('connection reset'));
          if (at >= b.length) return c.close();
          c.enqueue(b.slice(at, (at += size)));
        },
      }),
    );
  };
  for (const [what, text] of texts) {
    test(`readBig and readBigResponse = readDisclosure: ${what}`, async () => {
      // As load.ts reads a small file: its bytes decoded (a BOM dropped), then readDisclosure.
      const expected = await outcome(() => readDisclosure(new TextDecoder().decode(bytes(text)), from));
      assert.deepEqual(await outcome(() => readBig(bytes(text), from)), expected, 'readBig');
      assert.deepEqual(await outcome(() => readBigResponse(streamed(bytes(text)), from)), expected, 'readBigResponse');
      const valid = /^(valid|a BOM first|two BOMs first|indented|CRLF|a duplicate (key|big array): the last one wins|escapes)/.test(what);
      assert.equal(!!(expected && typeof expected === 'object' && 'kind' in expected), !valid, `${what} must ${valid ? 'be read' : 'fail'}`);
    });
  }

  test('a valid big file served as text/html fails as HTML, as a small one does', async () => {
    const html = { ...from, contentType: 'text/html; charset=utf-8' };
    const expected = await outcome(() => readDisclosure(BIG, html));
    assert.equal((expected as { kind: string }).kind, 'html');
    assert.deepEqual(await outcome(() => readBig(bytes(BIG), html)), expected);
  });

  test('the failures above are the ones meant (syntax, depth, schema)', async () => {
    const kinds = new Map(await Promise.all(texts.map(async ([what, text]) => [what, await outcome(() => readDisclosure(text, from))] as const)));
    const failure = (what: string) => kinds.get(what) as { kind: string; syntax?: unknown; problems?: { message: { en: string } }[] };
    for (const what of ['a trailing comma deep in the projects', 'a stray comma in the middle', 'an extra closing bracket in the projects', 'truncated in the middle', 'a bad escape deep in the file', 'two values', 'a no-break space first']) {
      assert.equal(failure(what).kind, 'parse', what);
      assert.ok(failure(what).syntax, `${what}: the syntax error is located`);
    }
    for (const what of ['nested too deep, inside a project', 'nested too deep, big']) assert.match(failure(what).problems![0]!.message.en, /Nested too deep/, what);
    assert.equal(failure('an own "__proto__" key in a row deep in the file').kind, 'schema');
  });

  test('readBigResponse: a body that breaks off is a network failure; an aborted one stays an abort', async () => {
    const failed = (await outcome(() => readBigResponse(streamed(bytes(BIG), 65536, 20), from))) as { kind: string; cause: string };
    assert.deepEqual([failed.kind, failed.cause], ['network', 'TypeError: connection reset']);
    const controller = new AbortController();
    const aborted = new Response(new ReadableStream({ start: (c) => controller.signal.addEventListener('abort', () => c.error(new DOMException('The load was aborted.', 'AbortError'))) }));
    const reading = readBigResponse(aborted, from);
    controller.abort();
    await assert.rejects(reading, (e: Error) => e.name === 'AbortError');
  });

  test('bytes that are not UTF-8, or hold a NUL, fail as a small file\'s do (encoding.ts)', async () => {
    const valid = bytes(BIG);
    const gbk = valid.slice();
    gbk[gbk.length - 200] = 0xd6; // a lead byte of GBK before ASCII: not UTF-8
    const nul = bytes(`${BIG.slice(0, -2)}\0${BIG.slice(-2)}`);
    const cut = valid.slice(0, valid.indexOf(0xe4, valid.length - 100) + 1); // a character cut off at the end
    for (const [what, b] of [['invalid byte', gbk], ['NUL', nul], ['cut off', cut]] as const) {
      const actual = await outcome(() => readBig(b, from));
      assert.ok(actual && typeof actual === 'object' && 'kind' in actual, `${what} must fail`);
      assert.notEqual((actual as { kind: string }).kind, 'schema', what);
      assert.deepEqual(await outcome(() => readBigResponse(streamed(b), from)), actual, `${what}, streamed`);
    }
  });
});

describe('decodeInSlices', () => {
  test('is strict UTF-8 decoding, whatever falls on a slice boundary', async () => {
    // Three- and four-byte characters straddling every 64 KiB boundary.
    const text = '\uFEFF' + '预算𝟘a'.repeat(60_000);
    const b = new TextEncoder().encode(text);
    assert.ok((await decodeInSlices(b, slices(0))) === new TextDecoder('utf-8', { fatal: true }).decode(b), 'the same text, the BOM dropped');
    // Without its last "a" and the last byte of "𝟘".
    assert.ok((await decodeInSlices(b.subarray(0, b.length - 2))) === undefined, 'a character cut off');
    const bad = b.slice();
    bad[65536] = 0xff;
    assert.ok((await decodeInSlices(bad)) === undefined, 'an invalid byte');
    assert.ok((await decodeInSlices(new TextEncoder().encode('a\0b'))) === undefined, 'a NUL');
  });
});
