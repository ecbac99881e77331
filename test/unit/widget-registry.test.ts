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
