/** The widgets' copy of the kind flags (kind-flags.ts) agrees with the documented kinds (table-kinds.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KIND_FLAGS } from '../../src/model/kind-flags.js';
import { TABLE_KINDS } from '../../src/model/table-kinds.js';

test('KIND_FLAGS has every known kind with the codes, twoSided and halves of TABLE_KINDS', () => {
  for (const kind of Object.keys(KIND_FLAGS)) assert.ok(kind in TABLE_KINDS, `${kind}: a known kind`);
  for (const [kind, spec] of Object.entries(TABLE_KINDS)) {
    const flags = KIND_FLAGS[kind as keyof typeof KIND_FLAGS] ?? {};
    // The 决算 kinds carry only `halves` in the widgets' copy (kind-flags.ts says why).
    if (!kind.startsWith('final-') && !kind.endsWith('self-evaluation')) {
      assert.equal(flags.codes, spec.codes, `${kind}: codes`);
      assert.equal(flags.twoSided, spec.twoSided, `${kind}: twoSided`);
    }
    assert.equal(flags.halves, spec.halves, `${kind}: halves`);
  }
});

test('data/README.md lists the kinds and column keys of TABLE_KINDS (npm run schema rewrites it)', async () => {
  const { readFileSync } = await import('node:fs');
  const { readmeWithKinds, README_FILE } = await import('../../src/tools/kinds-doc.js');
  const text = readFileSync(README_FILE, 'utf8');
  assert.equal(text, readmeWithKinds(text), 'data/README.md is stale: run npm run schema');
});
