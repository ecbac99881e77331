/**
 * The table of known kinds and their column keys in data/README.md, written from TABLE_KINDS
 * (whose keys the compiler holds to src/model/columns.ts), so the documentation cannot drift from
 * what the checks and the widgets read. `npm run schema` rewrites it between the markers; a unit
 * test fails when the committed text is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE_KINDS, type KindSpec } from '../model/table-kinds.js';

export const README_FILE = 'data/README.md';
const START = '<!-- kinds:start (generated from src/model/table-kinds.ts by `npm run schema`; do not edit) -->';
const END = '<!-- kinds:end -->';

const list = (entries: [string, string][]) => entries.map(([k, v]) => `\`${k}\` ${v}`).join(', ');

/** "income: `amount` 预算数 · expenditure: `total` 合计, …" or "text: … ; amounts: …". */
/** The spec of any kind, its columns read as plain strings. */
type AnySpec = Omit<KindSpec, 'columns'> & { columns: Record<string, string> };

function keys(spec: AnySpec): string {
  const all = Object.entries(spec.columns);
  if (spec.twoSided) {
    return (['income', 'expenditure'] as const)
      .map((side) => `${side}: ${list(all.filter(([k]) => k.startsWith(`${side}:`)).map(([k, v]) => [k.slice(side.length + 1), v]))}`)
      .join(' · ');
  }
  const text = all.filter(([k]) => k.startsWith('text:')).map(([k, v]): [string, string] => [k.slice(5), v]);
  const amounts = list(all.filter(([k]) => !k.startsWith('text:')));
  return text.length ? `text: ${list(text)}; amounts: ${amounts}` : amounts;
}

/** The markdown table, with its markers. */
export function kindsTable(): string {
  const rows = (Object.entries(TABLE_KINDS) as [string, AnySpec][]).map(
    ([kind, spec]) => `| \`${kind}\` | ${spec.attachment ?? '—'} | ${spec.title} | ${spec.twoSided ? 'two-sided' : (spec.codes ?? '—')} | ${keys(spec)} |`,
  );
  return [START, '| kind | 附件 | title | codes | column keys |', '|---|---|---|---|---|', ...rows, END].join('\n');
}

/** data/README.md with the kinds table replaced by the generated one. */
export function readmeWithKinds(text: string): string {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${README_FILE}: the kinds table markers are missing`);
  return text.slice(0, a) + kindsTable() + text.slice(b + END.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README_FILE, readmeWithKinds(readFileSync(README_FILE, 'utf8')));
  console.log(`wrote the kinds table of ${README_FILE}`);
}
