/**
 * The table of known kinds and their column keys in data/README.md, written from TABLE_KINDS
 * (whose keys the compiler holds to src/model/columns.ts), and which tables each widget reads,
 * written from the registry's descriptors, so the documentation cannot drift from what the checks
 * and the widgets read. `npm run schema` rewrites it between the markers; a unit
 * test fails when the committed text is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TABLE_KINDS, type KindSpec } from '../model/table-kinds.js';
import { WIDGETS } from '../widgets/registry.js';
import { TILE_SOURCES } from '../elements/budget-summary/tiles.js';

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

const W_START = '<!-- widgets:start (generated from src/widgets/registry.ts by `npm run schema`; do not edit) -->';
const W_END = '<!-- widgets:end -->';

const kindName = (k: keyof typeof TABLE_KINDS) => `\`${k}\` ${TABLE_KINDS[k].title}`;

/**
 * Which parts of a file each widget reads, from the descriptors (`reads`), and for
 * <budget-summary> which table or stated figure gives each tile (tiles.ts), with their markers.
 */
export function widgetsTable(): string {
  const rows = WIDGETS.map((w) => {
    const r = w.reads as { tables: readonly (keyof typeof TABLE_KINDS)[] | 'any'; narrative?: true; projects?: true; overallPerformance?: true };
    const tables = r.tables === 'any' ? 'the table of its `kind` (any kind)' : r.tables.length ? r.tables.map(kindName).join(', ') : '—';
    const other = [r.narrative && '`narrative` (stated figures, reasons)', r.projects && '`projects`', r.overallPerformance && '`overallPerformance`'].filter(Boolean).join(', ');
    return `| \`<${w.tag}>\` | ${w.title.zh} | ${tables} | ${other || '—'} |`;
  });
  const tiles = (Object.entries(TILE_SOURCES) as [string, { tables: readonly (keyof typeof TABLE_KINDS)[]; figure: string }][]).map(
    ([tile, s]) => `| \`${tile}\` | ${[...s.tables.map(kindName), `stated figure \`${s.figure}\``].join(' → ')} |`,
  );
  return [
    W_START,
    '| widget | | tables it reads | also reads |',
    '|---|---|---|---|',
    ...rows,
    '',
    '`<budget-summary>` tiles, each from the first source the file has (a tile without one is named under the chart with the table that would give it):',
    '',
    '| tile | sources, in order |',
    '|---|---|',
    ...tiles,
    W_END,
  ].join('\n');
}

function replaceBetween(text: string, start: string, end: string, content: string, what: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${README_FILE}: the ${what} markers are missing`);
  return text.slice(0, a) + content + text.slice(b + end.length);
}

/** data/README.md with the kinds table and the widgets' needs replaced by the generated ones. */
export function readmeWithKinds(text: string): string {
  return replaceBetween(replaceBetween(text, START, END, kindsTable(), 'kinds table'), W_START, W_END, widgetsTable(), 'widgets table');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(README_FILE, readmeWithKinds(readFileSync(README_FILE, 'utf8')));
  console.log(`wrote the kinds table and the widgets' tables of ${README_FILE}`);
}
