/**
 * The browser decides whether a file fits the format with json-schema-subset.ts and the generated
 * disclosure-shape.ts, not with zod. These tests prove the reader does what each keyword says,
 * that the shape is current, and that its verdict equals zod's on the bundled data, the hostile
 * corpus and every mutation of the real data below: a file zod refuses is never shown, and a file
 * zod accepts is never refused (except an own "__proto__" key in a record, which zod drops
 * without a word and the kit reports).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { conforms, type SchemaNode } from '../../src/model/json-schema-subset.js';
import { DISCLOSURE_SHAPE } from '../../src/model/disclosure-shape.js';
import { acceptDisclosure } from '../../src/model/validate-core.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { BudgetDisclosure } from '../../src/model/schema.js';
import { generateShapeModule, SHAPE_FILE } from '../../src/tools/gen-json-schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const zodAccepts = (json: unknown): boolean => BudgetDisclosure.safeParse(json).success;

describe('conforms() reads each keyword as JSON Schema (and zod) do', () => {
  const cases: [string, SchemaNode, unknown[], unknown[]][] = [
    ['type string + pattern', { type: 'string', pattern: '^\\d{2}$' }, ['12'], ['123', 12, null, undefined, '1']],
    ['type number', { type: 'number' }, [0, -1.5, 1e300], ['1', NaN, Infinity, -Infinity, null, true]],
    ['type integer + bounds', { type: 'integer', minimum: 0, maximum: 10 }, [0, 10, 3], [-1, 11, 2.5, NaN, '3']],
    ['minimum alone', { type: 'number', minimum: 0 }, [0, 0.1], [-0.01]],
    ['type null', { type: 'null' }, [null], [undefined, 0, '']],
    ['enum', { type: 'string', enum: ['元', '万元'] }, ['元', '万元'], ['亿元', '', 1]],
    ['const', { type: 'number', const: 1 }, [1], [2, '1', true]],
    ['anyOf', { anyOf: [{ type: 'string' }, { type: 'null' }] }, ['a', null], [1, undefined, {}]],
    ['array + items', { type: 'array', items: { type: 'string' } }, [[], ['a', 'b']], [['a', 1], {}, 'a', [undefined], { length: 0 }]],
    [
      'strict object',
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } }, required: ['a'], additionalProperties: false },
      [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: undefined }],
      [{}, { b: 1 }, { a: undefined }, { a: 'x', c: 1 }, { a: 1 }, null, [], 'a', JSON.parse('{"a":"x","__proto__":1}')],
    ],
    [
      'record with propertyNames',
      { type: 'object', propertyNames: { type: 'string', pattern: '^[a-z]+$' }, additionalProperties: { type: 'string' } },
      [{}, { ab: 'x' }],
      [{ Ab: 'x' }, { ab: 1 }, { ab: undefined }, JSON.parse('{"__proto__":"x"}'), [], null],
    ],
    ['unknown type', { type: 'boolean' as SchemaNode['type'] }, [], [true, false]],
  ];
  for (const [name, schema, good, bad] of cases) {
    test(name, () => {
      for (const v of good) assert.equal(conforms(v, schema), true, `should accept ${String(JSON.stringify(v))}`);
      for (const v of bad) assert.equal(conforms(v, schema), false, `should refuse ${String(JSON.stringify(v))}`);
    });
  }

  test('a property name of Object.prototype is not a declared property', () => {
    const schema: SchemaNode = { type: 'object', properties: {}, additionalProperties: false };
    for (const key of ['constructor', 'toString', 'hasOwnProperty']) assert.equal(conforms({ [key]: 'x' }, schema), false, key);
  });
});

test(`${SHAPE_FILE} is current (run \`npm run schema\`)`, () => {
  assert.equal(readFileSync(root + SHAPE_FILE, 'utf8'), generateShapeModule());
});

/** Every JSON file the tests know: the bundled data and the parseable hostile corpus. */
function knownFiles(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const f of readdirSync(root + 'data').filter((n) => n.endsWith('.json'))) out.push([`data/${f}`, JSON.parse(readFileSync(`${root}data/${f}`, 'utf8'))]);
  const corpus = `${root}test/hostile/corpus/`;
  for (const f of readdirSync(corpus).filter((n) => n.endsWith('.json'))) {
    try {
      out.push([`corpus/${f}`, JSON.parse(readFileSync(corpus + f, 'utf8').replace(/^\uFEFF/, ''))]);
    } catch {
      // The parse-* files are not JSON; json-syntax.ts handles them before any schema.
    }
  }
  return out;
}

/** Whether the value holds an own "__proto__" key anywhere (zod drops those in records). */
function hasProtoKey(v: unknown): boolean {
  // A stack: the corpus nests 10,000 arrays deep.
  for (const stack = [v]; stack.length; ) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (!Array.isArray(node) && Object.hasOwn(node, '__proto__')) return true;
    stack.push(...Object.values(node));
  }
  return false;
}

/** The verdicts agree, or the file holds a "__proto__" key that is refused and reported. */
function assertSameVerdict(json: unknown, what: string): void {
  const ours = conforms(json, DISCLOSURE_SHAPE);
  const zods = zodAccepts(json);
  if (hasProtoKey(json) && zods) {
    assert.equal(ours, false, `${what}: a "__proto__" key must be refused`);
    const r = explainDisclosure(json);
    assert.ok(!r.ok && r.problems.some((p) => p.path.endsWith('["__proto__"]')), `${what}: the "__proto__" key is reported`);
    return;
  }
  assert.equal(ours, zods, `${what}: zod ${zods ? 'accepts' : 'refuses'}, conforms() ${ours ? 'accepts' : 'refuses'}`);
}

describe('the verdict equals zod\'s', () => {
  for (const [name, json] of knownFiles()) test(name, () => assertSameVerdict(json, name));

  test('the bundled data files are accepted and returned as they are', () => {
    const json = JSON.parse(readFileSync(`${root}data/tongnan-cac-2023.json`, 'utf8'));
    assert.equal(acceptDisclosure(json), json);
  });

  test('a "__proto__" key in a row\'s values is refused and reported with its place', () => {
    const json = JSON.parse(readFileSync(`${root}data/tongnan-cac-2023.json`, 'utf8'));
    const values = json.tables['gpb-expenditure'].rows[0].values;
    Object.defineProperty(values, '__proto__', { value: '1.00', enumerable: true, configurable: true, writable: true });
    assert.equal(zodAccepts(json), true, 'zod drops it without a word: the case this guards');
    assert.equal(acceptDisclosure(json), undefined);
    const r = explainDisclosure(json);
    assert.ok(!r.ok);
    assert.deepEqual(r.ok ? [] : r.problems.map((p) => p.path), ['tables["gpb-expenditure"].rows[0].values["__proto__"]']);
  });
});

/**
 * Replacements tried at each place of the data. The `data` property can carry what JSON cannot
 * (undefined, NaN, Infinity), so those are tried too.
 */
const REPLACEMENTS: unknown[] = [
  null, undefined, 0, 1, -1, 2.5, 2 ** 53, NaN, Infinity, true, '', 'x', '291.00', '291.001', '1,000.00', '7', '.', '2023-01-01', [], {}, ['x'], [{}],
];

/**
 * Every place of the data once per schema position (array items and record values count once),
 * as [parent, key] pairs, so mutations touch each field the format has without repeating the
 * 3,000 near-identical cells.
 */
function places(json: unknown): [Record<string | number, unknown>, string | number, string][] {
  const out: [Record<string | number, unknown>, string | number, string][] = [];
  const seen = new Set<string>();
  const visit = (node: unknown, signature: string, inRecord: boolean): void => {
    if (node === null || typeof node !== 'object') return;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      const sig = `${signature}/${typeof key === 'number' || inRecord ? '*' : key}`;
      if (seen.has(sig)) continue;
      seen.add(sig);
      out.push([node as Record<string | number, unknown>, key, sig]);
      // Records: tables by kind, a row's values and text.
      const record = !Array.isArray(value) && (key === 'tables' || key === 'values' || key === 'text');
      visit(value, sig, record);
    }
  };
  visit(json, '', false);
  return out;
}

for (const file of ['tongnan-cac-2023.json', 'example-district-2024.json']) {
  test(`every mutation of data/${file} gets zod's verdict`, () => {
    const json = JSON.parse(readFileSync(`${root}data/${file}`, 'utf8')) as Record<string, unknown>;
    const where = places(json);
    assert.ok(where.length > 100, `only ${where.length} places`);
    let refused = 0;
    let tried = 0;
    for (const [parent, key, sig] of where) {
      const original = parent[key];
      const isArray = Array.isArray(parent);
      const trials: [string, () => void][] = REPLACEMENTS.map((r) => [`${sig} = ${String(JSON.stringify(r))}`, () => { parent[key] = r; }]);
      if (!isArray) trials.push([`${sig} deleted`, () => { delete parent[key]; }]);
      if (original !== null && typeof original === 'object' && !Array.isArray(original)) {
        trials.push([`${sig} + unknown key`, () => { parent[key] = { ...original, zz: 'x' }; }]);
        trials.push([`${sig} + key "__proto__"`, () => { parent[key] = JSON.parse(`{${JSON.stringify(original).slice(1, -1)}${Object.keys(original).length ? ',' : ''}"__proto__":"1.00"}`); }]);
      }
      for (const [what, mutate] of trials) {
        mutate();
        tried += 1;
        if (!conforms(json, DISCLOSURE_SHAPE)) refused += 1;
        assertSameVerdict(json, what);
        parent[key] = original;
      }
    }
    assert.equal(conforms(json, DISCLOSURE_SHAPE), true, 'restored');
    assert.ok(refused > tried / 2, `${refused} of ${tried} mutations refused`);
  });
}
