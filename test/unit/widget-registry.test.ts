/**
 * The widget registry (src/widgets/registry.ts) says what every element is; these tests hold it to
 * the elements themselves: the attributes in the generated manifest (dist/custom-elements.json,
 * from the elements' JSDoc, made by `npm run build`) and the element folders on disk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { attributesOf, WIDGETS, WIDGET_NAMES, widgetOf } from '../../src/widgets/registry.js';

interface Manifest {
  modules: { declarations?: { customElement?: boolean; tagName?: string; attributes?: { name: string }[] }[] }[];
}

test('every element folder with an element module is in the registry, and nothing else', () => {
  const folders = readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.ts`))
    .map((d) => d.name)
    .sort();
  assert.deepEqual([...WIDGET_NAMES].sort(), folders);
});

test('each descriptor lists exactly the attributes its element documents (dist/custom-elements.json)', { skip: !existsSync('dist/custom-elements.json') && 'run npm run build first' }, () => {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')) as Manifest;
  const declared = new Map<string, string[]>();
  for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.customElement && d.tagName) declared.set(d.tagName, (d.attributes ?? []).map((a) => a.name));
  for (const w of WIDGETS) {
    assert.ok(declared.has(w.tag), `${w.tag} is not in the manifest`);
    assert.deepEqual([...attributesOf(w)].sort(), [...declared.get(w.tag)!].sort(), `${w.tag}: registry vs element`);
  }
});

test('widgetOf takes only registry names, never an Object.prototype member', () => {
  assert.equal(widgetOf('kpi-card')?.tag, 'kpi-card');
  for (const name of ['toString', '__proto__', 'constructor', '', 'kpi-card ']) assert.equal(widgetOf(name), undefined, name);
});

test('the embed page passes through exactly the attributes the registry gives each widget (the old hand list had drifted)', async () => {
  const { embedRequest } = await import('../../src/embed/embed-request.js');
  const page = (q: string) => new URL(`https://www.example.gov.cn/budget-kit/embed.html?src=/budget/a.json&${q}`);
  const attrs = (q: string) => {
    const r = embedRequest(page(q), 'https://www.example.gov.cn', []);
    assert.ok('attributes' in r, JSON.stringify(r));
    return r.attributes;
  };
  // <kpi-card>'s mode and for, and everyone's timeout, were dropped before.
  assert.deepEqual(attrs('widget=kpi-card&mode=single&for=pt&timeout=5000'), { src: 'https://www.example.gov.cn/budget/a.json', timeout: '5000', mode: 'single', for: 'pt' });
  // unit on <budget-summary> and page-size on <project-table> were passed, though neither element has them.
  assert.deepEqual(attrs('widget=budget-summary&unit=307&show-checks='), { src: 'https://www.example.gov.cn/budget/a.json', 'show-checks': '' });
  assert.deepEqual(attrs('widget=project-table&page-size=5'), { src: 'https://www.example.gov.cn/budget/a.json' });
});
