/**
 * The nesting depth of parsed JSON (or an object from a page), found without recursion and
 * without copying paths, so the cost stays linear in the size of the value whatever its shape:
 * a stack of (value, depth) pairs, each entry remembering its parent only to name the place.
 * Stops at the first container deeper than the limit. Cycles (possible through the `data`
 * property, never in JSON) are infinitely deep and stop there too.
 *
 * Who needs it: everything that walks a refused file (validate.ts: zod, the "__proto__" scan)
 * and the syntax locator (json-syntax.ts). The browser's verdict (json-schema-subset.ts) does
 * not: it descends only where the schema does, 6 levels, whatever the value holds, and a valid
 * file is never deeper than that (test/unit/attack.test.ts checks both).
 */

/**
 * How deeply a file may nest objects and arrays before it is refused unread. The format itself
 * nests at most 6 levels (file → tables → table → rows → row → values; test/unit/depth.test.ts
 * counts them from the schema); anything far deeper is broken or hostile (a 100,000-level object
 * froze the page), and is refused before any walk that would cost more than its size. Kept out of
 * constants.ts: only the modules that explain a refused file need it, not every page.
 */
export const MAX_DEPTH = 32;

/** The first place nested deeper than the limit: its path from the root (keys and indexes). */
export interface TooDeep {
  path: PropertyKey[];
  /** The depth reached there (limit + 1): the root object is level 1. */
  depth: number;
}

interface Entry {
  value: unknown;
  depth: number;
  key: PropertyKey;
  parent: Entry | null;
}

/** Undefined when `json` nests at most `limit` containers deep; otherwise where it goes deeper. */
export function tooDeep(json: unknown, limit: number = MAX_DEPTH): TooDeep | undefined {
  const stack: Entry[] = [{ value: json, depth: 1, key: '', parent: null }];
  for (let e = stack.pop(); e; e = stack.pop()) {
    const v = e.value;
    if (v === null || typeof v !== 'object') continue;
    if (e.depth > limit) {
      const path: PropertyKey[] = [];
      for (let p: Entry | null = e; p?.parent; p = p.parent) path.push(p.key);
      return { path: path.reverse(), depth: e.depth };
    }
    // Pushed in reverse so that the first key is walked first: the place reported is the first in the file.
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth: e.depth + 1, key: i, parent: e });
    else {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]!], depth: e.depth + 1, key: keys[i]!, parent: e });
    }
  }
  return undefined;
}

