/**
 * Issue 10 ("correct under attack"): builders of the hostile inputs found by outside testing —
 * nesting far deeper than the format, unbroken runs of 100,000 letters, right-to-left overrides
 * and zero-width characters in every text, source addresses off the site. Pure string and object
 * builders (no Node or DOM imports): build-corpus.ts writes the small files, the Node and browser
 * tests make the big ones at test time.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** `{"x":{"x":…1…}}` nested `levels` objects deep, as JSON text. */
export function nestedObjects(levels: number): string {
  return `${'{"x":'.repeat(levels)}1${'}'.repeat(levels)}`;
}

/** A disclosure's JSON text with an unknown top-level key "deep" holding `levels` nested objects. */
export function deepUnknownKey(valid: Json, levels: number): string {
  return JSON.stringify(valid).replace(/^\{/, `{"deep":${nestedObjects(levels)},`);
}

/** The same as an object (for the `data` property), built without recursion. */
export function deepObject(levels: number): Json {
  let v: Json = { x: 1 };
  for (let i = 1; i < levels; i++) v = { x: v };
  return v;
}

/**
 * An unbroken run of `n` letters. "AV" is a kerning pair: breaking a run of them anywhere made
 * Chromium reshape the rest of the run for every line (7.5 s for a 100,000-letter goal); CJK of
 * the same length was fast, since every CJK character is a break opportunity.
 */
export const latinRun = (n: number): string => 'AV'.repeat(Math.ceil(n / 2)).slice(0, n);

// Keys whose strings are identifiers, enums, amounts or codes the checks match on (as payloads.ts).
const NOT_TEXT = new Set(['$schema', 'key', 'type', 'side', 'role', 'kind', 'operator', 'weightUnit', 'direction', 'published', 'amount', 'code', 'functionCode', 'section', 'values', 'value', 'url']);

/**
 * Appends `suffix` to every free-text string of a disclosure, in place: names, titles, headings,
 * labels, notes, paragraphs, goals, indicator levels and units, contacts, glossary. The same
 * suffix everywhere keeps the texts the checks match across tables matching.
 */
export function suffixEverywhere(data: Json, suffix: string): Json {
  const walk = (node: Json, parentKey: string | undefined) => {
    const isIndicator = !Array.isArray(node) && 'operator' in node;
    for (const [k, v] of Object.entries(node)) {
      const key = Array.isArray(node) ? parentKey! : k;
      if (typeof v === 'string') {
        const enumUnit = key === 'unit' && !isIndicator && parentKey !== 'staffing';
        if (!NOT_TEXT.has(key) && !enumUnit && parentKey !== 'text') node[k] = `${v}${suffix}`;
      } else if (v && typeof v === 'object' && key !== 'values' && key !== 'text') walk(v, key);
    }
  };
  walk(data, undefined);
  return data;
}

/**
 * The Tongnan data with an unbroken run of `n` letters in the texts each element shows: the
 * department and source titles, every table's title, a column heading, the 类 201 (in every
 * table), a note, the 三公 title, the first project (name in both places, goal, an indicator's
 * name and unit), the overall goal, a narrative reason and paragraph. Valid, no errors.
 */
export function longRuns(tongnan: Json, n: number): Json {
  const j = structuredClone(tongnan);
  const run = latinRun(n);
  j.department.name += run;
  j.department.source.title += run;
  for (const t of Object.values(j.tables) as Json[]) {
    t.title += run;
    for (const r of t.rows) r.name = r.name.replace(/一般公共服务支出$/, `一般公共服务支出${run}`);
  }
  j.tables['gpb-expenditure'].columns[2].label += run;
  j.tables['gpb-expenditure'].notes = [`注：${run}`];
  const p = j.projects[0];
  for (const r of j.tables['project-expenditure'].rows) if (r.name === p.name) r.name += run;
  p.name += run;
  p.goal = `${p.goal ?? ''}${run}`;
  p.indicators[0].name += run;
  p.indicators[0].unit = `${p.indicators[0].unit ?? ''}${run}`;
  j.overallPerformance.goal += run;
  for (const f of j.narrative.figures as Json[]) if (f.key === 'expenditure.change' || f.key === 'sangong.change') f.reason = `${f.reason ?? ''}${run}`;
  j.narrative.sections[1].paragraphs[0] += run;
  return j;
}
