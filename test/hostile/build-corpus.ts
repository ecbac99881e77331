/**
 * The hostile-data corpus (issue 6): every bad or hostile file with the behaviour it must get,
 * written to test/hostile/corpus/ and test/hostile/manifest.json.
 *
 *   node --import tsx test/hostile/build-corpus.ts
 *
 * The files are committed (their exact bytes are the point: a BOM, a cut-off UTF-8 sequence,
 * duplicate keys) and this script is how they were made, so each mutation can be read here.
 * `test/unit/hostile.test.ts` rebuilds the corpus in memory and fails when the committed copy
 * drifts (e.g. after the bundled data changed: rerun this script).
 *
 * The expectations are the contract, stated by hand from the issues, data/README.md and the checks' rule headers (src/model/checks/), never read
 * back from the code under test. The big files (50 MB, 100,000-character names, 10,000
 * problems) are made at test time by big.ts.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { ManifestEntry } from './manifest-types.js';
import { PAYLOADS, URL_PAYLOAD, injectEverywhere } from './payloads.js';
import { deepUnknownKey, longRuns, suffixEverywhere } from './attack.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const TONGNAN_TEXT = readFileSync(here('../../data/tongnan-cac-2023.json'), 'utf8');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Rows = any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
const tongnan = (): Json => JSON.parse(TONGNAN_TEXT);

/** The smallest valid file reaching every level (table, row, project, indicator), for schema errors. */
export function mini(): Json {
  return {
    schemaVersion: 1,
    department: { name: '测试部门', region: '测试区', fiscalYear: 2023, kind: 'budget', unit: '万元' },
    tables: {
      'gpb-expenditure': {
        title: '一般公共预算财政拨款支出预算表',
        columns: [
          { key: 'code', label: '科目编码', type: 'code' },
          { key: 'name', label: '科目名称', type: 'name' },
          { key: 'total', label: '总计' },
        ],
        rows: [
          { name: '合计', role: 'total', values: { total: '258.24' } },
          { code: '201', name: '一般公共服务支出', values: { total: '258.24' } },
        ],
      },
    },
    projects: [
      {
        name: '网络宣传专项',
        amount: '18.00',
        indicators: [{ level1: '产出指标', level2: '数量指标', name: '培训场次', operator: '≥', value: '2', unit: '场次', weight: 90 }],
      },
    ],
  };
}

const pretty = (j: unknown) => `${JSON.stringify(j, null, 2)}\n`;
const compact = (j: unknown) => `${JSON.stringify(j)}\n`;

/** A corpus file: its bytes and its manifest entry. */
export interface Built {
  entry: ManifestEntry;
  bytes: Buffer;
}

const cell = (j: Json, kind: string, row: number, key: string, v: unknown) => {
  j.tables[kind].rows[row].values[key] = v;
  return j;
};
const gpbRow = (j: Json, code: string) => (j.tables['gpb-expenditure'].rows as Rows).findIndex((r) => r.code === code);

/** Every corpus file, in manifest order. */
export function buildCorpus(): Built[] {
  const out: Built[] = [];
  const add = (entry: ManifestEntry, content: string | Buffer) =>
    out.push({ entry, bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content });

  // ——— not JSON: the CLI exits 2 with line and column; the widget says the file is not valid JSON ———
  add({ file: 'parse-missing-comma.json', what: 'A comma missing between two keys (hand-edited file).', expect: 'parse-error', exit: 2, at: { line: 3, column: 3 }, says: ['comma'] },
    '{\n  "schemaVersion": 1\n  "department": {}\n}\n');
  const truncated = Buffer.from(TONGNAN_TEXT, 'utf8').subarray(0, 4097); // ends inside a 3-byte character
  add({ file: 'parse-truncated.json', what: 'The bundled file cut off after 4097 bytes, in the middle of a UTF-8 character (an interrupted upload).', expect: 'parse-error', exit: 2, at: { line: truncated.toString('utf8').split('\n').length } }, truncated);
  add({ file: 'parse-empty.json', what: 'A file of zero bytes.', expect: 'parse-error', exit: 2, at: { line: 1, column: 1 }, says: ['The file is empty'] }, '');
  add({ file: 'parse-whitespace.json', what: 'Only blank lines.', expect: 'parse-error', exit: 2, at: { line: 4, column: 1 }, says: ['The file is empty'] }, '\n\n  \n');
  add({ file: 'parse-trailing-comma.json', what: 'A trailing comma before the closing brace.', expect: 'parse-error', exit: 2, at: { line: 3, column: 1 }, says: ['trailing comma'] },
    '{\n  "schemaVersion": 1,\n}\n');
  add({ file: 'parse-single-quotes.json', what: 'A JavaScript object literal: single-quoted strings.', expect: 'parse-error', exit: 2, at: { line: 1, column: 59 }, says: ['double quotes'] },
    `{"schemaVersion": 1, "tables": {}, "department": {"name": '网信办'}}\n`);
  add({ file: 'parse-html-page.json', what: 'An HTML error page saved under a .json name (a CMS 404 page); it carries a script that must never run.', expect: 'parse-error', exit: 2, at: { line: 1, column: 1 }, says: ['a web page (HTML)'] },
    '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>404</h1><script>window.__pwned = "html-page"</script><img src=x onerror="window.__pwned=\'html-img\'"></body></html>\n');
  add({ file: 'parse-nan-literal.json', what: 'A bare NaN (what JavaScript, not JSON, writes).', expect: 'parse-error', exit: 2, at: { line: 1, column: 27 } },
    '{"schemaVersion": 1, "x": NaN}\n');
  add({ file: 'parse-comment.json', what: 'A // comment on the first line.', expect: 'parse-error', exit: 2, at: { line: 1, column: 1 } },
    `// 潼南区委网信办 2023\n${pretty(mini())}`);
  add({ file: 'parse-two-documents.json', what: 'Two JSON documents one after the other.', expect: 'parse-error', exit: 2, at: { line: 2, column: 1 }, says: ['more text follows'] },
    `${compact(mini())}${compact(mini())}`);
  add({ file: 'parse-bad-escape.json', what: 'A Windows path with an invalid escape "\\d".', expect: 'parse-error', exit: 2, at: { line: 1, column: 72 }, says: ['invalid escape'] },
    '{"schemaVersion": 1, "department": {"source": {"title": "t", "url": "C:\\data\\x.pdf"}}}\n');
  add({ file: 'parse-raw-newline.json', what: 'A line break inside a string (a name pasted from a PDF).', expect: 'parse-error', exit: 2, at: { line: 1, column: 55 }, says: ['line break'] },
    '{"schemaVersion": 1, "department": {"name": "中共重庆市潼南区委\n网信办"}}\n');

  // ——— JSON, but not a disclosure: exit 1, a problem at each listed path ———
  add({ file: 'root-null.json', what: 'JSON null.', expect: 'schema-error', exit: 1, problems: [{ path: '(root)', en: 'found null' }] }, 'null\n');
  add({ file: 'root-array.json', what: 'The disclosure wrapped in an array.', expect: 'schema-error', exit: 1, problems: [{ path: '(root)', en: 'an array of 1' }] }, pretty([mini()]));
  add({ file: 'root-string.json', what: 'A JSON string (a file name) instead of the data.', expect: 'schema-error', exit: 1, problems: [{ path: '(root)', en: '"tongnan-cac-2023.json"' }] }, '"tongnan-cac-2023.json"\n');
  add({ file: 'version-2.json', what: 'schemaVersion 2: a future format.', expect: 'schema-error', exit: 1, problems: [{ path: 'schemaVersion', en: 'version 2' }] }, pretty({ ...mini(), schemaVersion: 2 }));
  add({ file: 'version-string.json', what: 'schemaVersion "1" as a string.', expect: 'schema-error', exit: 1, problems: [{ path: 'schemaVersion', en: '"1"' }] }, pretty({ ...mini(), schemaVersion: '1' }));
  {
    const j = mini();
    delete j.schemaVersion;
    add({ file: 'version-missing.json', what: 'No schemaVersion at all.', expect: 'schema-error', exit: 1, problems: [{ path: 'schemaVersion', en: '"schemaVersion"' }] }, pretty(j));
  }
  {
    const j = mini();
    delete j.department;
    add({ file: 'missing-department.json', what: 'No department block.', expect: 'schema-error', exit: 1, problems: [{ path: 'department', en: 'required key "department"' }] }, pretty(j));
  }
  {
    const j = mini();
    delete j.tables;
    add({ file: 'missing-tables.json', what: 'No tables registry.', expect: 'schema-error', exit: 1, problems: [{ path: 'tables', en: 'required key "tables"' }] }, pretty(j));
  }
  {
    const j = mini();
    j.tables = [j.tables['gpb-expenditure']];
    add({ file: 'tables-as-array.json', what: 'tables as an array of tables instead of an object keyed by kind.', expect: 'schema-error', exit: 1, problems: [{ path: 'tables', en: 'an array of 1' }] }, pretty(j));
  }
  {
    const j = mini();
    j.tabels = j.tables;
    delete j.tables;
    add({ file: 'typo-tabels.json', what: 'The top-level key misspelt "tabels".', expect: 'schema-error', exit: 1, problems: [{ path: 'tabels', en: 'Did you mean "tables"' }, { path: 'tables' }] }, pretty(j));
  }
  {
    const j = mini();
    j.tables[`附件2 <script>window.__pwned='kind'</script>`] = j.tables['gpb-expenditure'];
    add({ file: 'kind-odd-characters.json', what: 'A table kind with Chinese, spaces and a <script> tag (shown in the message, never run).', expect: 'schema-error', exit: 1,
      problems: [{ path: `tables["附件2 <script>window.__pwned='kind'</script>"]`, en: 'kebab-case' }] }, pretty(j));
  }
  {
    const j = mini();
    const text = pretty(j).replace('"tables": {', `"tables": {\n    "__proto__": ${JSON.stringify(j.tables['gpb-expenditure'])},`);
    add({ file: 'kind-proto.json', what: 'A table kind "__proto__" (an own key after JSON.parse).', expect: 'schema-error', exit: 1, problems: [{ path: 'tables["__proto__"]', en: 'kebab-case' }], pollutes: false }, text);
  }
  {
    const text = pretty(mini()).replace('{\n', `{\n  "__proto__": { "polluted": "root" },\n  "constructor": { "prototype": { "polluted": "constructor" } },\n`)
      .replace('"department": {', '"department": {\n    "__proto__": { "polluted": "department" },');
    add({ file: 'proto-pollution-keys.json', what: '"__proto__" and "constructor" keys meant to pollute Object.prototype through a naive merge.', expect: 'schema-error', exit: 1,
      problems: [{ path: '__proto__', en: 'Unknown key' }, { path: 'constructor', en: 'Unknown key' }, { path: 'department.__proto__', en: 'Unknown key' }], pollutes: false }, text);
  }
  {
    const j = mini();
    Object.assign(j.department, { fiscalYear: '2023', kind: '预算', unit: '万' });
    add({ file: 'department-wrong-types.json', what: 'Year as a string, kind and unit in the words people type.', expect: 'schema-error', exit: 1,
      problems: [{ path: 'department.fiscalYear', en: 'remove the quotes' }, { path: 'department.kind', en: 'Did you mean "budget"' }, { path: 'department.unit', en: 'Did you mean "万元"' }] }, pretty(j));
  }
  {
    const j = mini();
    j.department.published = '2023/02/10';
    add({ file: 'date-format.json', what: 'A publication date written 2023/02/10.', expect: 'schema-error', exit: 1, problems: [{ path: 'department.published', en: 'YYYY-MM-DD' }] }, pretty(j));
  }
  {
    // Absurd amounts: each cell its own problem, each named by its path.
    const j = mini();
    const absurd: [string, unknown, string][] = [
      ['e-notation', '1e308', '"1e308"'],
      ['float-max', 1e308, '1e+308'],
      ['nan', 'NaN', '"NaN"'],
      ['infinity', 'Infinity', '"Infinity"'],
      ['minus-infinity', '-Infinity', '"-Infinity"'],
      ['full-width', '１２３', '"１２３"'],
      ['thousands', '1,234.00', 'thousands separators'],
      ['with-unit', '291万元', 'remove the unit'],
      ['padded', ' 291.00', '" 291.00"'],
      ['hex', '0x1F', '"0x1F"'],
      ['empty-string', '', 'found ""'],
      ['twelve-digits', '123456789012.00', '"123456789012.00"'],
    ];
    j.tables['gpb-expenditure'].columns.push(...absurd.map(([key]) => ({ key, label: key })));
    Object.assign(j.tables['gpb-expenditure'].rows[1].values, Object.fromEntries(absurd.map(([key, v]) => [key, v])));
    add({ file: 'amounts-absurd.json', what: 'Amounts as "1e308", 1e308, "NaN", "Infinity", full-width digits, separators, units, hex, "" and 12 digits.', expect: 'schema-error', exit: 1,
      problems: absurd.map(([key, , en]) => ({ path: `tables["gpb-expenditure"].rows[1].values${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`}`, en })) }, pretty(j));
  }
  {
    const j = mini();
    cell(j, 'gpb-expenditure', 0, 'total', '258.245');
    cell(j, 'gpb-expenditure', 1, 'total', 258.245);
    j.projects[0].amount = '0.001';
    add({ file: 'amounts-three-decimals.json', what: 'More than two decimals, as text and as a number.', expect: 'schema-error', exit: 1,
      problems: [{ path: 'tables["gpb-expenditure"].rows[0].values.total', en: 'at most two decimals' }, { path: 'tables["gpb-expenditure"].rows[1].values.total', en: '258.245' }, { path: 'projects[0].amount', en: '"0.001"' }] }, pretty(j));
  }
  {
    const j = mini();
    cell(j, 'gpb-expenditure', 0, 'total', 291);
    cell(j, 'gpb-expenditure', 1, 'total', -21.49);
    add({ file: 'amounts-as-numbers.json', what: 'Amounts as JSON numbers (291, -21.49).', expect: 'schema-error', exit: 1,
      problems: [{ path: 'tables["gpb-expenditure"].rows[0].values.total', en: 'e.g. "291"' }, { path: 'tables["gpb-expenditure"].rows[1].values.total', en: 'e.g. "-21.49"' }] }, pretty(j));
  }
  {
    const j = mini();
    cell(j, 'gpb-expenditure', 0, 'total', true);
    j.tables['gpb-expenditure'].rows[1].name = false;
    j.department.kind = true;
    add({ file: 'booleans.json', what: 'true/false in an amount cell, a row name and the kind.', expect: 'schema-error', exit: 1,
      problems: [{ path: 'tables["gpb-expenditure"].rows[0].values.total', en: 'found true' }, { path: 'tables["gpb-expenditure"].rows[1].name', en: 'put it in quotes: "false"' }, { path: 'department.kind', en: 'found true' }] }, pretty(j));
  }
  {
    const j = mini();
    j.department.name = { zh: '测试部门', en: 'Test department' };
    j.tables['gpb-expenditure'].title = ['一般公共预算', '支出表'];
    j.tables['gpb-expenditure'].rows[1].values = [['258.24']];
    j.projects[0].indicators[0].value = { min: 2 };
    add({ file: 'objects-for-strings.json', what: 'Objects and arrays where text or an object of cells goes.', expect: 'schema-error', exit: 1,
      problems: [{ path: 'department.name', en: 'an object' }, { path: 'tables["gpb-expenditure"].title', en: 'an array of 2' }, { path: 'tables["gpb-expenditure"].rows[1].values', en: 'an array of 1' }, { path: 'projects[0].indicators[0].value', en: 'an object' }] }, pretty(j));
  }
  {
    const j = mini();
    const depth = 10_000;
    const text = pretty(j).replace('"name": "测试部门"', `"name": ${'['.repeat(depth)}"深"${']'.repeat(depth)}`);
    // Refused for its depth before anything walks it (issue 10), at the place it leaves the format.
    add({ file: 'deep-nesting.json', what: 'A department name nested 10,000 arrays deep (stack exhaustion bait).', expect: 'schema-error', exit: 1, problems: [{ path: 'department.name', en: 'Nested too deep' }] }, text);
  }
  {
    const j = mini();
    j.projects[0].indicators.push(
      { ...j.projects[0].indicators[0], name: 'a', operator: '>=' },
      { ...j.projects[0].indicators[0], name: 'b', operator: '≧' },
      { ...j.projects[0].indicators[0], name: 'c', operator: 'between' },
    );
    add({ file: 'indicator-unknown-operator.json', what: 'Operators ">=", "≧" (full-width), "between".', expect: 'schema-error', exit: 1,
      problems: [{ path: 'projects[0].indicators[1].operator', en: 'Did you mean "≥"' }, { path: 'projects[0].indicators[2].operator', en: '"≧"' }, { path: 'projects[0].indicators[3].operator', en: '"between"' }] }, pretty(j));
  }
  {
    const j = mini();
    j.projects[0].indicators.push(
      { ...j.projects[0].indicators[0], name: 'a', weight: '5' },
      { ...j.projects[0].indicators[0], name: 'b', weight: '10%' },
      { ...j.projects[0].indicators[0], name: 'c', weight: -5 },
    );
    add({ file: 'indicator-weights.json', what: 'Weights "5", "10%" (strings) and -5.', expect: 'schema-error', exit: 1,
      problems: [{ path: 'projects[0].indicators[1].weight', en: 'remove the quotes: 5' }, { path: 'projects[0].indicators[2].weight', en: '"10%"' }, { path: 'projects[0].indicators[3].weight', en: 'at least 0' }] }, pretty(j));
  }
  {
    const j = mini();
    j.projects[0].indicators[0] = { level1: '产出指标', weight: 90 };
    add({ file: 'indicator-missing-fields.json', what: 'An indicator without name, operator or value.', expect: 'schema-error', exit: 1,
      problems: [{ path: 'projects[0].indicators[0].name' }, { path: 'projects[0].indicators[0].operator' }, { path: 'projects[0].indicators[0].value' }] }, pretty(j));
  }
  {
    const j = mini();
    const row = j.tables['gpb-expenditure'].rows[1];
    row.vaules = row.values;
    delete row.values;
    add({ file: 'typo-vaules.json', what: 'A row key misspelt "vaules".', expect: 'schema-error', exit: 1,
      problems: [{ path: 'tables["gpb-expenditure"].rows[1].vaules', en: 'Did you mean "values"' }, { path: 'tables["gpb-expenditure"].rows[1].values' }] }, pretty(j));
  }
  add({ file: 'json-schema-file.json', what: 'The JSON Schema of the format given instead of a data file.', expect: 'schema-error', exit: 1, problems: [{ path: '$schema', en: 'JSON Schema' }] },
    pretty({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Budget disclosure', type: 'object', properties: { schemaVersion: { const: 1 } } }));
  {
    // Control characters where the CLI prints them: an ANSI escape in an unknown key would
    // repaint the terminal (or set its title) if printed raw.
    const j = mini();
    j.department['x\u001b]0;pwned\u0007\u001b[2J'] = 1;
    add({ file: 'control-chars-key.json', what: 'An unknown key holding ANSI escape sequences (terminal title, clear screen).', expect: 'schema-error', exit: 1, noRawControl: true,
      problems: [{ path: 'department["x\\u001b]0;pwned\\u0007\\u001b[2J"]', en: 'Unknown key' }] }, pretty(j));
  }

  // ——— valid files that must render safely (exit 0) ———
  add({ file: 'bom.json', what: 'The bundled data with a UTF-8 byte order mark (Windows Notepad).', expect: 'renders-safely', exit: 0 }, `\uFEFF${TONGNAN_TEXT}`);
  {
    const j = tongnan();
    injectEverywhere(j);
    add({ file: 'xss-everywhere.json', what: `The bundled data with HTML/script payloads appended to every text field (all ${PAYLOADS.length} to names, titles and labels; two to other texts) and source.url = ${URL_PAYLOAD}.`, expect: 'renders-safely', exit: 0, xss: true }, compact(j));
  }
  {
    const j = tongnan();
    j.department.name = 'وزارة المالية 🇨🇳 网信办 שלום';
    j.department.shortName = '\u202Efed.exe\u202C 网信办';
    // The 类 201 is renamed in every table that lists it (Table 1 matches it by name).
    const rtl = ' 👨‍👩‍👧‍👦 مرحبا';
    for (const t of Object.values(j.tables) as Rows) for (const r of t.rows) if (/一般公共服务支出$/.test(r.name)) r.name += rtl;
    const gpb = j.tables['gpb-expenditure'].rows as Rows;
    gpb[gpbRow(j, '20137')].name = 'Z̷̛͓a̸l̵g̷o̶ 网信事务 \u200B\u200D\uFEFF';
    gpb[gpbRow(j, '2013701')].name = '𠮷野家 行政运行 🧧';
    j.tables.sangong.title = '“三公”经费 ⚠️ עברית';
    // The project keeps matching its Table 10 row (R11 matches by name).
    const projectName = '2023 网络宣传专项 \u202Eأ\u202C 🎉';
    for (const r of j.tables['project-expenditure'].rows) if (r.name === j.projects[0].name) r.name = projectName;
    j.projects[0].name = projectName;
    j.projects[0].indicators[0].name = '承办网络宣传活动场次 🔢 ١٢٣';
    j.projects[0].indicators[0].unit = '场次🎤';
    add({ file: 'rtl-emoji.json', what: 'Arabic and Hebrew names, a right-to-left override, ZWJ emoji, combining marks, astral CJK, zero-width characters.', expect: 'renders-safely', exit: 0,
      shows: { department: j.department.name, row201: gpb[gpbRow(j, '201')].name, project: j.projects[0].name } }, compact(j));
  }
  {
    // Last one wins, as in every JSON.parse: the broken first values are overridden.
    const text = compact(tongnan())
      .replace('"schemaVersion":1', '"schemaVersion":2,"schemaVersion":1')
      .replace('"unit":"万元","contact"', '"unit":"元","unit":"万元","contact"');
    add({ file: 'duplicate-keys.json', what: 'schemaVersion 2 then 1, unit 元 then 万元 in the same object: the last value wins (JSON.parse semantics).', expect: 'renders-safely', exit: 0 }, text);
  }
  {
    const j = tongnan();
    j.tables = {};
    delete j.narrative;
    add({ file: 'no-tables.json', what: 'A valid file with no tables at all: each widget says what is missing.', expect: 'renders-safely', exit: 0 }, compact(j));
  }
  {
    const j = tongnan();
    for (const t of Object.values(j.tables) as Rows) t.rows = [];
    for (const p of j.projects) p.indicators = [];
    add({ file: 'empty-rows.json', what: 'Every table with its columns but no rows, every project without indicators (max of nothing, division by zero). The 4 projects with targets are missing from the empty Table 10 (R11); stated figures with no table row are "not checked", not errors.', expect: 'check-error', exit: 1, rules: ['R11'] }, compact(j));
  }
  {
    const j = tongnan();
    for (const t of Object.values(j.tables) as Rows) for (const r of t.rows) for (const k of Object.keys(r.values)) r.values[k] = null;
    add({ file: 'all-cells-empty.json', what: 'Every amount cell null (nothing published): relations with nothing published are not checked, and an empty cell is never compared as 0.', expect: 'renders-safely', exit: 0 }, compact(j));
  }
  {
    const j = tongnan();
    const marks = ['.', '-', '—', '/', '…'];
    let i = 0;
    for (const r of j.tables.sangong.rows) for (const k of Object.keys(r.values)) r.values[k] = marks[i++ % marks.length];
    add({ file: 'cell-marks.json', what: 'The 三公 table filled with printed marks (. - — / …) instead of amounts: marks count as empty, so the 三公 relations are not checked (an empty cell is never compared as 0).', expect: 'renders-safely', exit: 0 }, compact(j));
  }
  {
    const j = tongnan();
    const t = j.tables['gpb-expenditure'];
    j.tables.constructor = { ...t, title: 'constructor 表' };
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) t.columns.push({ key, label: key });
    j.tables['chongqing-extra-2023'] = { title: '地方增补表 <b>粗</b>', columns: [{ key: 'name', label: '名称', type: 'name' }, { key: 'valueOf', label: 'valueOf' }], rows: [{ name: 'toString', values: {} }] };
    add({ file: 'prototype-names.json', what: 'A table kind "constructor", columns keyed __proto__/constructor/toString/hasOwnProperty with no cells, a local kind with a valueOf column: lookups must not reach Object.prototype.', expect: 'renders-safely', exit: 0, pollutes: false }, compact(j));
  }

  // ——— valid format, but the figures disagree: exit 1 with errors of these rules; widgets render ———
  {
    const j = tongnan();
    cell(j, 'gpb-expenditure', gpbRow(j, '2013701'), 'total', '-87.07');
    cell(j, 'sangong', 0, 'reception', '-3.00');
    add({ file: 'negative-amounts.json', what: 'A 项 total and a 三公 item made negative (valid format, inconsistent figures, negative bars); the 三公 figures of the narrative no longer match.', expect: 'check-error', exit: 1, rules: ['R01', 'R02', 'R05', 'R13', 'R14'] }, compact(j));
  }
  {
    const j = tongnan();
    cell(j, 'gpb-expenditure', gpbRow(j, '2013701'), 'total', '99999999999.99');
    cell(j, 'sangong', 0, 'total', '99999999999.99');
    // 10^15 元 in one 万元 cell: the sums of these tables, in 元, leave the range the kit computes
    // exactly (2^53 hundredths), so the file is refused with the place rather than shown wrong (issue 10).
    add({ file: 'max-amounts.json', what: 'The largest amount the format allows (99999999999.99) in a 项 row and the 三公 total of a file in 万元: beyond the exact range in 元, refused with the tables named.', expect: 'schema-error', exit: 1, problems: [{ path: 'tables["gpb-expenditure"]', en: 'exceeds, in 元, the range' }, { path: 'tables["sangong"]', en: 'exceeds, in 元, the range' }] }, compact(j));
  }
  {
    const j = tongnan();
    const rows = j.tables['gpb-expenditure'].rows as Rows;
    const i = gpbRow(j, '2013701');
    rows.splice(i + 1, 0, structuredClone(rows[i]));
    add({ file: 'duplicate-codes.json', what: 'The 项 row 2013701 published twice in 附件 2.', expect: 'check-error', exit: 1, rules: ['R02', 'R20'], flags: ['2013701 appears 2 times'] }, compact(j));
  }
  // ——— issue 10: units, repeated codes, sums beyond 2^53 hundredths ———
  {
    // 三公 table in 元 with every figure ×10000: the same money; widgets must say 7.00 万元 (or 70,000.00 元), never 70,000.00 万元.
    const j = tongnan();
    const t = j.tables.sangong;
    t.unit = '元';
    for (const r of t.rows as Rows) for (const k of Object.keys(r.values)) if (r.values[k] !== null) r.values[k] = `${r.values[k].replace('.', '')}00.00`.replace(/^0+(?=\d)/, '');
    add({ file: 'table-unit-sangong-yuan.json', what: 'The 三公 table published in 元 (70000.00 for 7.00 万元) in a file in 万元: the same money, so it checks clean; every widget converts where units meet.', expect: 'renders-safely', exit: 0 }, compact(j));
  }
  {
    const j = tongnan();
    const t = j.tables['gpb-expenditure'];
    t.unit = '元';
    for (const r of t.rows as Rows) for (const k of Object.keys(r.values)) if (r.values[k] !== null) r.values[k] = `${r.values[k].replace('.', '')}00.00`.replace(/^0+(?=\d)/, '');
    // The published 0.01 万元 rounding differences become 100 元: errors in a table that says it is in 元 (rounded to the fen).
    add({ file: 'table-unit-gpb-yuan.json', what: 'The 一般公共预算支出表 published in 元 in a file in 万元: the change from 2022 is 214,900.00 元 = 21.49 万元, never 214,900.00 万元. Its 万元 rounding differences are now 100 元 apart (R02).', expect: 'check-error', exit: 1, rules: ['R02'] }, compact(j));
  }
  {
    // Two projects under one code: the second takes the first one's code.
    const j = tongnan();
    j.projects[1].code = j.projects[0].code;
    add({ file: 'duplicate-project-codes.json', what: 'Two projects share the 项目编码 50015223T000003492534: an error naming both; a linked <kpi-card> shows the project opened, never its namesake.', expect: 'check-error', exit: 1, rules: ['R20'], flags: ['50015223T000003492534 appears 2 times'] }, compact(j));
  }
  {
    // 1,000 projects of 99999999999.99 元: each amount is allowed, their sum (10^16 hundredths) is not exact in a double.
    const j = tongnan();
    j.department.unit = '元';
    for (const t of Object.values(j.tables) as Json[]) t.unit ??= '万元';
    const t = j.tables['project-expenditure'];
    t.unit = '元';
    const row = (t.rows as Rows)[1];
    t.rows = [(t.rows as Rows)[0], ...Array.from({ length: 1000 }, (_, i) => ({ ...row, name: `项目 ${i + 1}`, values: { total: '99999999999.99' } }))];
    t.rows[0].values = { total: null };
    add({ file: 'amounts-sum-overflow.json', what: '1,000 project rows of 99,999,999,999.99 元: every amount is allowed, their sum passes 2^53 hundredths; refused with the table named, never an uncaught RangeError or a grey skeleton.', expect: 'schema-error', exit: 1, problems: [{ path: 'tables["project-expenditure"]', en: 'exceeds, in 元, the range' }] }, compact(j));
  }
  {
    const j = tongnan();
    const rows = j.tables['gpb-expenditure'].rows as Rows;
    rows[gpbRow(j, '2013701')].code = '20A3701';
    rows[gpbRow(j, '2013750')].code = '20137500';
    rows[gpbRow(j, '2013799')].code = ' 2013799';
    add({ file: 'malformed-codes.json', what: 'Codes "20A3701", "20137500" (8 digits) and " 2013799" (leading space) under 款 20137: not 3/5/7-digit function codes, so the checker must say so (a finding naming each) rather than skip them silently.', expect: 'renders-safely', exit: 0, flags: ['20A3701', '20137500', ' 2013799'] }, compact(j));
  }
  {
    // A row name with control characters that lands in a finding message: the CLI text must
    // not print ESC/BEL raw; the widget shows the text without breaking.
    const j = tongnan();
    const rows = j.tables['gpb-expenditure'].rows as Rows;
    const r = rows[gpbRow(j, '2013701')];
    r.name = '行政运行\u001b[31m红\u001b[0m\u0007\u0000\u2028\u2029\uD800';
    r.values.basic = '80.00';
    add({ file: 'control-chars-name.json', what: 'A row name with ANSI colour codes, BEL, NUL, U+2028/2029 and a lone surrogate, in a row whose 基本支出 was changed (row sum and 款 sum disagree).', expect: 'check-error', exit: 1, rules: ['R01', 'R02'], noRawControl: true }, compact(j));
  }

  // ——— issue 10: bytes that are not a UTF-8 text. CLI: exit 2, "unreadable" naming the encoding
  // (or gzip), never 56 format problems or a silent U+FFFD; widget: the same words, by src. ———
  {
    add({ file: 'encoding-gbk.json', what: 'The bundled data saved in GBK (a Chinese Windows editor’s “ANSI”): as UTF-8 it is 56 format problems.', expect: 'encoding-error', exit: 2,
      says: ['not UTF-8 encoded', 'GBK', 'save it as UTF-8'], widgetSays: ['文件不是 UTF-8 编码', 'GBK', '另存为 UTF-8'] }, toGbk(TONGNAN_TEXT));
    add({ file: 'encoding-utf16le-bom.json', what: 'The bundled data in UTF-16 LE with its byte order mark (Windows Notepad “Unicode”).', expect: 'encoding-error', exit: 2,
      says: ['not UTF-8 encoded', 'UTF-16'], widgetSays: ['文件不是 UTF-8 编码', 'UTF-16'] }, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TONGNAN_TEXT, 'utf16le')]));
    add({ file: 'encoding-utf16be.json', what: 'The bundled data in UTF-16 BE without a byte order mark (NUL before every ASCII byte: decodes as “UTF-8” with NULs).', expect: 'encoding-error', exit: 2,
      says: ['UTF-16'], widgetSays: ['UTF-16'] }, Buffer.from(TONGNAN_TEXT, 'utf16le').swap16());
    const name = JSON.parse(TONGNAN_TEXT).department.name as string;
    const at = TONGNAN_TEXT.indexOf(name);
    // A name pasted from a Windows-1252 source: an en dash as the single byte 0x96.
    const bytes = Buffer.concat([Buffer.from(TONGNAN_TEXT.slice(0, at + name.length), 'utf8'), Buffer.from([0x96]), Buffer.from(TONGNAN_TEXT.slice(at + name.length), 'utf8')]);
    const line = TONGNAN_TEXT.slice(0, at).split('\n').length;
    add({ file: 'encoding-invalid-byte-in-name.json', what: 'The bundled data with one byte 0x96 (a Windows-1252 en dash) after the department name: invalid UTF-8, accepted silently as U+FFFD before.', expect: 'encoding-error', exit: 2,
      at: { line }, says: ['not valid UTF-8', `line ${line}`], widgetSays: ['不是有效的 UTF-8 编码', `第 ${line} 行`] }, bytes);
    add({ file: 'gzip-bytes.json', what: 'The bundled data gzip-compressed under a .json name: a server sends it without Content-Encoding.', expect: 'encoding-error', exit: 2,
      says: ['gzip'], widgetSays: ['服务器发送了压缩数据', 'Content-Encoding'] }, gzipSync(Buffer.from(TONGNAN_TEXT, 'utf8'), { level: 9 }));
  }
  // ——— issue 10, "correct under attack" (i10b): depth, long runs, bidi text, the source address.
  // Builders in ./attack.ts; the 100,000-level and 100,000-letter versions are made at test time. ———
  add({ file: 'deep-unknown-key.json', what: 'An unknown top-level key holding 20,000 nested objects: validate took 15 s (the path was copied at every level) and the browser froze. Refused for its depth, before any walk, at the key.', expect: 'schema-error', exit: 1,
    problems: [{ path: 'deep', en: 'Nested too deep' }] }, `${deepUnknownKey(mini(), 20_000)}\n`);
  add({ file: 'deep-unclosed.json', what: '100,000 opening brackets never closed: JSON.parse fails, and the locator of the syntax error must stop at the depth limit rather than overflow the stack.', expect: 'parse-error', exit: 2,
    at: { line: 1, column: 58 }, says: ['nested too deep'] }, `{"schemaVersion": 1, "x": ${'['.repeat(100_000)}\n`);
  add({ file: 'long-runs.json', what: 'The bundled data with an unbroken run of 4,000 Latin letters (a kerning pair, "AVAV…") in the department, source and table titles, a column heading, the 类 201, a note, the first project (name, goal, an indicator), the overall goal and narrative reasons. Valid; every element must lay it out in pieces.', expect: 'renders-safely', exit: 0 },
    compact(longRuns(tongnan(), 4_000)));
  {
    const j = suffixEverywhere(tongnan(), '\u202E');
    j.department.shortName = '区委\u200B网信办';
    j.narrative.glossary[0].term = `\uFEFF${j.narrative.glossary[0].term}`;
    add({ file: 'bidi-override.json', what: 'A right-to-left override (U+202E) at the end of every text (names, titles, headings, labels, notes, goals, indicator levels and units), a zero-width space in the short name and a byte order mark in a glossary term: the kit\'s own words after them must not read backwards (“元万00.7算预费经”). The indicator levels are no longer the standard ones (R16 warnings); each text gets an R21 warning.', expect: 'renders-safely', exit: 0,
      flags: ['<U+202E>', '<U+200B>', '<U+FEFF>'] }, compact(j));
  }
  for (const [file, url, what] of [
    ['source-url-offsite.json', 'https://evil.example/budget.pdf', 'an https address on another site'],
    ['source-url-protocol-relative.json', '//evil.example/x', 'a protocol-relative address on another site'],
    ['source-url-credentials.json', 'https://www.cq.gov.cn@evil.example/', 'an address whose “www.cq.gov.cn” is a user name: the site is evil.example'],
  ] as const) {
    const j = tongnan();
    j.department.source.url = url;
    add({ file, what: `department.source.url is ${what}. The footer shows the title without a link; validate warns (credentials) or notes it (absolute address).`, expect: 'renders-safely', exit: 0, flags: ['evil.example'] }, compact(j));
  }
  return out;
}

/**
 * `text` in GBK. Node cannot encode GBK, so the table is read back from its decoder: every
 * two-byte sequence it maps to one character. Throws on a character GBK does not have.
 */
function toGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (b !== 0x7f && ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (table.has(ch)) out.push(...table.get(ch)!);
    else throw new Error(`GBK has no “${ch}”`);
  }
  return Buffer.from(out);
}

export const CORPUS_DIR = here('./corpus/');
export const MANIFEST = here('./manifest.json');

export function manifestText(built: readonly Built[]): string {
  return pretty({
    about: 'Hostile data corpus (issue 6). Built by test/hostile/build-corpus.ts; checked by test/unit/hostile.test.ts (validator and CLI) and test/browser/hostile-data.test.ts (every element). Big files are generated at test time by test/hostile/big.ts.',
    outcomes: {
      'parse-error': 'Not JSON. CLI: exit 2, "unreadable" with line and column. Widget: a message that the file is not valid JSON.',
      'schema-error': 'JSON but not the format. validateDisclosure lists a problem at each path given (message fragments in English); CLI: exit 1, "invalid". Widget: the message names the first path.',
      'renders-safely': 'Valid. CLI: exit 0. Widget: renders (or says what the data lacks), nothing injected runs, nothing throws.',
      'check-error': 'Valid format but the figures disagree: CLI exit 1 with errors of the listed rules. Widget renders safely.',
      'encoding-error': 'Not a UTF-8 text (GBK, UTF-16, invalid bytes, gzip). CLI: exit 2, "unreadable" naming the encoding (fragments in says). Widget by src: the same words (widgetSays).',
    },
    files: built.map((b) => b.entry),
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = buildCorpus();
  rmSync(CORPUS_DIR, { recursive: true, force: true });
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const b of built) writeFileSync(CORPUS_DIR + b.entry.file, b.bytes);
  writeFileSync(MANIFEST, manifestText(built));
  console.log(`${built.length} files in ${CORPUS_DIR} (${readdirSync(CORPUS_DIR).length} on disk)`);
}
