/**
 * A big fetched file (issue 15: 10,000 projects are 21 MB) read without blocking its page: the
 * bytes decoded, the JSON parsed (parse-in-slices.ts) and checked in slices, each slice a task of
 * its own of about SLICE_MS, so the reader can scroll, click and see the page paint between them.
 * The verdict and every failure are exactly load.ts's (json-schema-subset.test.ts,
 * parse-in-slices.test.ts and read-big.test.ts hold them to it); a text the sliced parse does not
 * accept (invalid JSON among others) is parsed in one task, as before. Loaded on demand by
 * load.ts for files over BIG_FILE bytes: most pages never need it. The `data` property and
 * inline JSON stay synchronous (an element given them shows them in the same update).
 */
import { DISCLOSURE_SHAPE } from './disclosure-shape.js';
import { conforms, type Later, type SchemaNode } from './json-schema-subset.js';
import { amountRangeFaults } from './amount-limit.js';
import { describeInvalid, readDisclosure } from './load.js';
import { isAbort, LoadError } from './load-errors.js';
import { parseInSlices } from './parse-in-slices.js';
import type { BudgetDisclosure } from './schema.js';

/** Work done in one task before yielding to the browser, in ms (a long task is 50 ms). */
export const SLICE_MS = 40;
/** Bytes decoded at a time (about a millisecond; larger slices decode more slowly). */
const SLICE_BYTES = 1 << 16;

/** Resolves in a new task (a message: timers are clamped, and throttled in background pages). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** A clock of the task's work: `pause()` waits for a new task once `ms` of work have been done in this one. */
export function slices(ms = SLICE_MS): { pause(): Promise<void> | undefined } {
  let start = performance.now();
  return {
    pause() {
      if (performance.now() - start < ms) return undefined;
      return nextTask().then(() => void (start = performance.now()));
    },
  };
}

type Clock = ReturnType<typeof slices>;

/**
 * conforms(value, schema), in slices: the long arrays' items are checked a few at a time between
 * which the browser runs other tasks. The same verdict for every value (conforms' `later`).
 * `value` must not change meanwhile (the parsed JSON of a fetch: nobody else holds it).
 */
export async function conformsInSlices(value: unknown, schema: SchemaNode, clock: Clock = slices()): Promise<boolean> {
  const later: Later = [];
  if (!conforms(value, schema, later)) return false;
  // Arrays found inside the items are pushed on while the loop runs, and checked in turn.
  for (const [array, items] of later) {
    // As Array.prototype.every (conforms without `later`): the length read once, holes skipped.
    for (let i = 0, n = array.length; i < n; i++) {
      if (i in array && !conforms(array[i], items, later)) return false;
      await clock.pause();
    }
  }
  return true;
}

/** readable() (validate-core.ts), in slices: the disclosure when it fits the format and the exact range. */
export async function readableInSlices(json: unknown, clock: Clock = slices()): Promise<BudgetDisclosure | undefined> {
  // The parse may have used up the task.
  await clock.pause();
  if (!(await conformsInSlices(json, DISCLOSURE_SHAPE, clock))) return undefined;
  // The range is one pass over the amounts: a task of its own.
  await nextTask();
  const data = json as BudgetDisclosure;
  return amountRangeFaults(data).length === 0 ? data : undefined;
}

/** The next chunk of bytes, or undefined at the end. */
type Chunks = () => Promise<Uint8Array | undefined>;

/** The bytes as one chunk. */
const whole = (bytes: Uint8Array): Chunks => {
  let given = false;
  return async () => (given ? undefined : ((given = true), bytes));
};

/**
 * Strict UTF-8 (a BOM dropped) of the chunks, decoded a slice at a time, or undefined when they are
 * not UTF-8 or hold a NUL (load.ts then hands the bytes to encoding.ts, as it does a small file's).
 * Every chunk read is pushed onto `kept` (to the end, also after a fault: encoding.ts needs them all).
 */
export async function decodeInSlices(next: Chunks | Uint8Array, clock: Clock = slices(), kept?: Uint8Array[]): Promise<string | undefined> {
  if (next instanceof Uint8Array) next = whole(next);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: string[] | undefined = [];
  for (let chunk; (chunk = await next()); ) {
    kept?.push(chunk);
    for (let i = 0; parts && i < chunk.length; i += SLICE_BYTES) {
      try {
        const part = decoder.decode(chunk.subarray(i, i + SLICE_BYTES), { stream: true });
        if (part.includes('\0')) parts = undefined;
        else parts.push(part);
      } catch {
        parts = undefined;
      }
      await clock.pause();
    }
  }
  try {
    const end = decoder.decode();
    return parts && !end.includes('\0') ? parts.join('') + end : undefined;
  } catch {
    return undefined;
  }
}

/** load.ts's reading of fetched bytes (strict UTF-8, HTML, JSON syntax, format, range), in slices. */
export async function readBig(bytes: Uint8Array, from: { url: string; contentType: string }): Promise<BudgetDisclosure> {
  const clock = slices();
  return readText(await decodeInSlices(bytes, clock), () => bytes, from, clock);
}

/**
 * readBig for a response whose headers announced a big file: its body read and decoded as it
 * arrives, so little of the decoding is left when the last byte is in (and the body is never
 * copied into one buffer, unless it turns out not to be UTF-8).
 */
export async function readBigResponse(response: Response, from: { url: string; contentType: string }): Promise<BudgetDisclosure> {
  const network = (cause: unknown): never => {
    throw isAbort(cause) ? cause : new LoadError('network', { url: from.url, cause });
  };
  if (!response.body) return readBig(new Uint8Array(await response.arrayBuffer().catch(network)), from);
  const reader = response.body.getReader();
  const clock = slices();
  const kept: Uint8Array[] = [];
  const text = await decodeInSlices(() => reader.read().then((r) => r.value, network), clock, kept);
  const joined = () => {
    const bytes = new Uint8Array(kept.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of kept) bytes.set(c, (at += c.length) - c.length);
    return bytes;
  };
  return readText(text, joined, from, clock);
}

async function readText(text: string | undefined, bytes: () => Uint8Array, from: { url: string; contentType: string }, clock: Clock): Promise<BudgetDisclosure> {
  if (text === undefined) return (await import('./encoding.js')).readBytes(bytes(), from);
  await clock.pause();
  const check = async (json: unknown, url?: string) => (await readableInSlices(json, clock)) ?? describeInvalid(json, url);
  // readDisclosure's reading, its JSON.parse in slices: a text parseInSlices accepts opens with { or [
  // (neither HTML nor empty) and is valid JSON; anything else, and a file served as HTML, is read
  // as before (one JSON.parse, the syntax error located).
  const json = /\bhtml\b/i.test(from.contentType) ? undefined : await parseInSlices(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, clock);
  const data = await (json === undefined ? readDisclosure(text, from, check) : check(json, from.url));
  // The element's update (its model, its first rows) starts in a task of its own.
  await nextTask();
  return data;
}
