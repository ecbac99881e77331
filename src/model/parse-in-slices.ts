/**
 * JSON.parse of a big text in slices (issue 15: one JSON.parse of 21 MB was a task of 260–370 ms).
 * The text's structure is scanned (strings skipped with indexOf, brackets counted); an array or
 * object longer than `big` characters is descended into, and its elements or members are given to
 * the native JSON.parse a run of about `batch` characters at a time (wrapped as `[…]` or `{…}`),
 * so numbers, strings, escapes and everything small are the engine's own reading. The pieces are
 * assembled in order: the same values, the same key order, duplicate keys last-wins, `"__proto__"`
 * an own data property, exactly as JSON.parse (test/unit/parse-in-slices.test.ts).
 *
 * It never explains a fault: on anything it does not accept (a syntax error, a text not opening
 * with `{` or `[`, nesting of big containers deeper than MAX_FRAMES) it returns undefined, and the
 * caller reads the text as before (readDisclosure: one JSON.parse, the syntax error located).
 * What it accepts is valid JSON: every piece passed JSON.parse, and the glue between pieces (the
 * brackets, commas, keys and colons of the containers descended into) is checked here.
 */

/** The clock read-big.ts yields with: a promise when the task has done its share of work. */
export interface Pauses {
  pause(): Promise<void> | undefined;
}

export interface SliceSizes {
  /** Containers longer than this (characters) are descended into. */
  big: number;
  /** Characters of elements or members given to one JSON.parse. */
  batch: number;
  /** Characters scanned between looks at the clock. */
  step: number;
}

// Batches of 16 K characters: JSON.parse of larger pieces was markedly slower per character (V8, 2× at 64 K).
const SIZES: SliceSizes = { big: 1 << 16, batch: 1 << 14, step: 1 << 16 };

/** Containers descended into, one inside the other, before giving up (the format nests 6 levels). */
const MAX_FRAMES = 16;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** A container descended into. */
interface Frame {
  array: boolean;
  value: unknown[] | Record<string, unknown>;
  /** Its key in the parent object. */
  key: string | undefined;
  /** Where the run of elements not yet parsed starts (after the bracket or a comma). */
  runStart: number;
  /** Elements in that run. */
  run: number;
  /** Elements (or members) so far, and whether a comma has been passed. */
  count: number;
  /** The last comma between elements. */
  comma: number;
}

/** Thrown inside, caught by parseInSlices: the text is left to the old path. */
class GiveUp {}
const giveUp = (): never => {
  throw new GiveUp();
};

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** An own, enumerable, writable data property, as JSON.parse makes (assigning "__proto__" would set the prototype). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

class Parser {
  /** Where the scan is. */
  i: number;
  readonly frames: Frame[] = [];
  /** The element being scanned in the innermost frame (-1 between elements), its nesting, and whether it was looked at for descending. */
  elem = -1;
  depth = 0;
  tried = false;
  result: unknown;
  done = false;

  constructor(
    readonly text: string,
    readonly sizes: SliceSizes,
  ) {
    this.i = this.space(0);
    const c = text.charCodeAt(this.i);
    if (c !== OPEN_ARRAY && c !== OPEN_OBJECT) giveUp();
    this.open(this.i, undefined);
  }

  space(i: number): number {
    while (isSpace(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** The index after the string opening at `i`. */
  string(i: number): number {
    const t = this.text;
    for (let from = i + 1; ; ) {
      const q = t.indexOf('"', from);
      if (q < 0) giveUp();
      let b = q - 1;
      while (t.charCodeAt(b) === BACKSLASH) b--;
      if ((q - 1 - b) % 2 === 0) return q + 1;
      from = q + 1;
    }
  }

  open(at: number, key: string | undefined): void {
    if (this.frames.length >= MAX_FRAMES) giveUp();
    const array = this.text.charCodeAt(at) === OPEN_ARRAY;
    this.frames.push({ array, value: array ? [] : {}, key, runStart: at + 1, run: 0, count: 0, comma: -1 });
    this.i = at + 1;
    this.elem = -1;
  }

  /** JSON.parse of the run [from, to) of the frame's elements, added to its value. */
  flush(f: Frame, from: number, to: number): void {
    let piece: unknown;
    try {
      piece = JSON.parse(f.array ? `[${this.text.slice(from, to)}]` : `{${this.text.slice(from, to)}}`);
    } catch {
      giveUp();
    }
    if (f.array) {
      const into = f.value as unknown[];
      for (const v of piece as unknown[]) into.push(v);
    } else {
      const into = f.value as Record<string, unknown>;
      const members = piece as Record<string, unknown>;
      for (const k of Object.keys(members)) define(into, k, members[k]);
    }
    f.run = 0;
  }

  /** The frame's closing bracket is at `at`: its value goes to its parent, or is the result. */
  close(at: number): void {
    const f = this.frames.pop()!;
    if (this.text.charCodeAt(at) !== (f.array ? CLOSE_ARRAY : CLOSE_OBJECT)) giveUp();
    const parent = this.frames[this.frames.length - 1];
    let i = this.space(at + 1);
    if (!parent) {
      if (i !== this.text.length) giveUp();
      this.result = f.value;
      this.done = true;
      return;
    }
    if (parent.array) (parent.value as unknown[]).push(f.value);
    else define(parent.value as Record<string, unknown>, f.key!, f.value);
    const c = this.text.charCodeAt(i);
    this.elem = -1;
    if (c === COMMA) {
      parent.comma = i;
      parent.runStart = this.i = i + 1;
    } else {
      this.i = i;
      this.close(i);
    }
  }

  /**
   * The element at this.elem has gone on for more than `big` characters inside a container: when
   * its value is an array or object, the run before it is parsed and the value descended into.
   */
  descend(f: Frame): boolean {
    this.tried = true;
    const t = this.text;
    let at = this.elem;
    let key: string | undefined;
    if (!f.array) {
      if (t.charCodeAt(at) !== QUOTE) giveUp();
      const end = this.string(at);
      try {
        key = JSON.parse(t.slice(at, end)) as string;
      } catch {
        giveUp();
      }
      at = this.space(end);
      if (t.charCodeAt(at) !== COLON) giveUp();
      at = this.space(at + 1);
    }
    const c = t.charCodeAt(at);
    if (c !== OPEN_ARRAY && c !== OPEN_OBJECT) return false;
    if (f.run > 0) this.flush(f, f.runStart, f.comma);
    f.count++;
    this.open(at, key);
    return true;
  }

  /** Scans about `step` characters (or up to one batch); true when there is more to do. */
  work(): boolean {
    const t = this.text;
    const { big, batch } = this.sizes;
    let stop = this.i + this.sizes.step;
    while (!this.done) {
      const f = this.frames[this.frames.length - 1]!;
      let i = this.i;
      if (this.elem < 0) {
        i = this.space(i);
        const c = t.charCodeAt(i);
        // An empty container; after a comma, an element is missing (left to JSON.parse's verdict: give up).
        if ((c === CLOSE_ARRAY || c === CLOSE_OBJECT) && f.count === 0 && f.comma < 0) {
          this.i = i;
          this.close(i);
          continue;
        }
        this.elem = i;
        this.depth = 0;
        this.tried = false;
      }
      // The hot loop, on locals: a string skipped by indexOf, brackets counted, until the comma or
      // bracket that ends the element; past `limit`, a look at whether to descend into it.
      let depth = this.depth;
      let limit = this.tried ? Infinity : this.elem + big;
      let c = 0;
      let paused = false;
      for (;;) {
        c = t.charCodeAt(i);
        if (c === QUOTE) {
          let from = i + 1;
          for (;;) {
            const q = t.indexOf('"', from);
            if (q < 0) giveUp();
            let b = q - 1;
            while (t.charCodeAt(b) === BACKSLASH) b--;
            from = q + 1;
            if ((q - 1 - b) % 2 === 0) break;
          }
          i = from;
          if (i > stop) {
            paused = true;
            break;
          }
          continue;
        }
        if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth++;
        else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
          if (depth === 0) break;
          depth--;
        } else if (c === COMMA) {
          if (depth === 0) break;
        } else if (c !== c) giveUp(); // NaN: the text ended inside the container
        i++;
        if (i > limit && depth > 0) {
          limit = Infinity;
          this.i = i;
          if (this.descend(f)) {
            stop = this.i + this.sizes.step;
            break;
          }
        }
        if (i > stop) {
          paused = true;
          break;
        }
      }
      if (paused) {
        // Within the element: the scan goes on from here in the next slice.
        this.i = i;
        this.depth = depth;
        this.tried = limit === Infinity;
        return true;
      }
      if (this.elem < 0) continue; // descended
      if (i === this.elem) giveUp(); // an empty element: "[,", ",,", ",]"
      f.run++;
      if (c === COMMA) {
        f.count++;
        f.comma = i;
        const flush = i - f.runStart >= batch;
        if (flush) {
          this.flush(f, f.runStart, i);
          f.runStart = i + 1;
        }
        this.i = i + 1;
        this.elem = -1;
        if (flush) return true;
      } else {
        f.count++;
        this.flush(f, f.runStart, i);
        this.i = i;
        this.elem = -1;
        this.close(i);
        return true;
      }
    }
    return false;
  }
}

/**
 * JSON.parse(text) in slices, yielding to `clock` between them: the same value for every valid JSON
 * text that opens with `{` or `[` (after JSON's whitespace), undefined for any other text (invalid
 * JSON among them) — the caller then parses it as before. `sizes` are for tests.
 */
export async function parseInSlices(text: string, clock: Pauses, sizes: SliceSizes = SIZES): Promise<unknown> {
  try {
    const parser = new Parser(text, sizes);
    while (parser.work()) {
      const wait = clock.pause();
      if (wait) await wait;
    }
    return parser.result;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}
