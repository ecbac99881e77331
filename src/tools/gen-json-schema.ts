/**
 * Writes `data/budget-disclosure.schema.json`, the JSON Schema of the data format, from the
 * zod schema (the single source of truth). Run with `npm run schema` after any change to
 * `src/model/schema.ts`; a unit test fails while the committed file differs from a fresh one.
 *
 * The schema describes the *input* side (what a person writes in a data file), in JSON Schema
 * draft 2020-12, which VS Code and other editors read through the file's `"$schema"` property.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { BudgetDisclosure, SCHEMA_VERSION } from '../model/schema.js';

/** Where the committed schema lives, relative to the repository root. */
export const SCHEMA_FILE = 'data/budget-disclosure.schema.json';

/** The schema as the text committed in `data/` (two-space JSON, final newline). */
export function generateJsonSchema(): string {
  const generated = z.toJSONSchema(BudgetDisclosure, { io: 'input', target: 'draft-2020-12' });
  // Put identification first so a reader of the file sees what it is before the details.
  const schema = {
    $schema: generated.$schema,
    title: `Budget disclosure (部门预算公开), format version ${SCHEMA_VERSION}`,
    description:
      'One department\'s whole budget disclosure: department, narrative with stated figures, tables by kind, projects with performance targets and overall targets. Generated from src/model/schema.ts by `npm run schema`; do not edit by hand. Reference: data/README.md.',
    ...generated,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// Run as a script (`npm run schema`), not when imported by the test.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL(`../../${SCHEMA_FILE}`, import.meta.url));
  writeFileSync(target, generateJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
