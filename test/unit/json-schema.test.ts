/**
 * The committed JSON Schema is what editors (VS Code) use through a data file's "$schema". These
 * tests prove it is current (identical to a fresh `npm run schema`), that a real draft-2020-12
 * validator (ajv) accepts every bundled data file with it, and that it rejects what the zod
 * schema rejects, so an editor's red squiggles and `budget-kit validate` agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv07 from 'ajv';
import { BudgetDisclosure } from '../../src/model/schema.js';
import { generateJsonSchema, SCHEMA_FILE } from '../../src/tools/gen-json-schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const committed = readFileSync(root + SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed) as Record<string, unknown>;
const dataFiles = readdirSync(root + 'data').filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));
const readData = (f: string): Record<string, unknown> => JSON.parse(readFileSync(`${root}data/${f}`, 'utf8'));

// strict: unknown keywords or ambiguous schemas are errors, as they would be silently ignored by editors.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

test('the committed schema is identical to a freshly generated one (run `npm run schema`)', () => {
  assert.equal(committed, generateJsonSchema());
});

test('the schema is a draft 2020-12 schema that ajv compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(ajv.validateSchema(schema), true, JSON.stringify(ajv.errors));
  assert.match(String(schema.title), /format version 1/);
});

test('the schema uses only keywords draft-07 validators also know (older editors read it as draft-07)', () => {
  // Strict draft-07 ajv rejects unknown keywords, so 2020-only ones (prefixItems, $defs with
  // $dynamicRef, unevaluatedProperties) would fail here.
  const { $schema: _, ...rest } = schema;
  const v07 = new Ajv07({ allErrors: true, strict: true }).compile(rest);
  for (const file of dataFiles) assert.equal(v07(readData(file)), true, `${file}: ${JSON.stringify(v07.errors?.slice(0, 3))}`);
});

test('the bundled data files include the Tongnan and the example district data', () => {
  assert.ok(dataFiles.includes('tongnan-cac-2023.json'), `data/ holds ${dataFiles.join(', ')}`);
  assert.ok(dataFiles.includes('example-district-2024.json'), `data/ holds ${dataFiles.join(', ')}`);
});

for (const file of dataFiles) {
  test(`ajv (draft 2020-12) accepts data/${file}`, () => {
    const ok = validate(readData(file));
    assert.equal(ok, true, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  });

  test(`data/${file} points editors at the schema with "$schema"`, () => {
    assert.equal(readData(file).$schema, './budget-disclosure.schema.json');
  });
}

/** A valid base document to mutate: the smallest file the format allows. */
const minimal = () => ({
  $schema: './budget-disclosure.schema.json',
  schemaVersion: 1,
  department: { name: '某部门', region: '重庆市某区', fiscalYear: 2024, kind: 'budget', unit: '元' },
  tables: {
    'gpb-expenditure': {
      title: '一般公共预算财政拨款支出预算表',
      columns: [{ key: 'code', label: '科目编码', type: 'code' }, { key: 'name', label: '科目名称', type: 'name' }, { key: 'total', label: '总计' }],
      rows: [{ code: '201', name: '一般公共服务支出', values: { total: '291.00' } }],
    },
  },
});
type Doc = ReturnType<typeof minimal> & Record<string, unknown>;
const cell = (d: Doc, v: unknown) => {
  (d.tables['gpb-expenditure'].rows[0]!.values as Record<string, unknown>).total = v;
  return d;
};

const accepted: Array<[string, (d: Doc) => unknown]> = [
  ['the minimal file', (d) => d],
  ['any "$schema" string (a URL or another relative path)', (d) => ({ ...d, $schema: 'https://example.gov.cn/budget-disclosure.schema.json' })],
  ['a file without "$schema"', ({ $schema: _, ...d }) => d],
  ['an empty cell as null', (d) => cell(d, null)],
  ['a published mark "."', (d) => cell(d, '.')],
  ['an amount with one decimal or none', (d) => cell(d, '3')],
  ['a negative amount', (d) => cell(d, '-21.49')],
  ['an unknown kebab-case table kind', (d) => ({ ...d, tables: { ...d.tables, 'my-local-table': d.tables['gpb-expenditure'] } })],
];

const rejected: Array<[string, (d: Doc) => unknown]> = [
  ['an amount as a JSON number', (d) => cell(d, 291)],
  ['an amount with thousands separators', (d) => cell(d, '1,291.00')],
  ['an amount with three decimals', (d) => cell(d, '291.005')],
  ['an amount with its unit', (d) => cell(d, '291万元')],
  ['a missing schemaVersion', ({ schemaVersion: _, ...d }) => d],
  ['another schemaVersion', (d) => ({ ...d, schemaVersion: 2 })],
  ['an unknown top-level property (a typo)', (d) => ({ ...d, table: {} })],
  ['an unknown department unit', (d) => ({ ...d, department: { ...d.department, unit: '千元' } })],
  ['a fractional fiscal year', (d) => ({ ...d, department: { ...d.department, fiscalYear: 2024.5 } })],
  ['a table kind that is not kebab-case', (d) => ({ ...d, tables: { GPB: d.tables['gpb-expenditure'] } })],
  ['a row without a name', (d) => ({ ...d, tables: { x: { ...d.tables['gpb-expenditure'], rows: [{ values: {} }] } } })],
  ['an unknown operator', (d) => ({ ...d, projects: [{ name: 'p', indicators: [{ name: 'i', operator: '>=', value: '1' }] }] })],
];

for (const [what, mutate] of accepted) {
  test(`ajv and zod both accept ${what}`, () => {
    const doc = mutate(minimal() as Doc);
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
    assert.equal(BudgetDisclosure.safeParse(doc).success, true);
  });
}

for (const [what, mutate] of rejected) {
  test(`ajv and zod both reject ${what}`, () => {
    const doc = mutate(minimal() as Doc);
    assert.equal(validate(doc), false, 'ajv accepted it');
    assert.equal(BudgetDisclosure.safeParse(doc).success, false, 'zod accepted it');
  });
}
