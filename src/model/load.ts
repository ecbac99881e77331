/**
 * The one data layer of every element: fetch a disclosure once per absolute URL, read it,
 * validate it, and say precisely what went wrong when it cannot be used.
 *
 * - One request per URL: callers asking for the same address while it is on its way share the
 *   request; once it has succeeded, the validated object is kept and handed to later callers
 *   (they must treat it as read-only). A failed load is forgotten, so asking again refetches.
 * - Each caller passes its own AbortSignal. Aborting it rejects that caller at once with an
 *   AbortError; the shared request itself is aborted only when no caller waits on it any more
 *   (a page with four widgets on one file keeps loading when one of them is removed).
 * - A timeout (ms, per request, set by the caller that starts it) bounds the whole exchange,
 *   headers and body: a server that never answers or a body that never ends becomes a
 *   `timeout` failure and the request is aborted.
 * - The text is checked before it is parsed: an HTML page served in place of the file (a
 *   portal's 404 page with status 200, a login page) is its own failure, and a JSON syntax error
 *   is located by line and column.
 * - Only http(s) addresses without a user name or password are fetched; a page may also limit the
 *   origins data comes from (restrictOrigins: the embed page), checked on the address the response
 *   really came from, after redirects.
 * - The bytes must be UTF-8: a file in GBK or UTF-16, or gzip bytes sent without their header, is
 *   named as such (described by ./encoding.js, loaded only for such a file), not as 56 schema errors.
 * - A valid file is read synchronously. Saying what is wrong with an invalid one (the schema
 *   problems in plain words, the place of a syntax error) is code most pages never run, so it is
 *   loaded on demand: those failures reject a promise instead of throwing.
 * - A fetched file over BIG_FILE bytes is decoded, parsed and checked in slices of a few dozen ms,
 *   by modules loaded for it (read-big.ts, parse-in-slices.ts): same verdict and failures, but the
 *   page paints and answers between slices. A text the sliced parse does not accept (invalid JSON
 *   among others) goes through readDisclosure whole, its JSON.parse one task (a Web Worker would
 *   take parsing off the main thread, but portals' CSPs refuse blob: workers).
 */
import { isAbort, LoadError } from './load-errors.js';
import { SCHEMA_VERSION } from './constants.js';
import type { BudgetDisclosure } from './schema.js';
import { readable } from './validate-core.js';

export { isAbort, LoadError, type LoadErrorKind } from './load-errors.js';

/** Files of more bytes than this are read in slices (read-big.ts). */
export const BIG_FILE = 1_000_000;

/** The time a request may take unless the caller says otherwise, in ms. */
export const DEFAULT_TIMEOUT = 15_000;

export interface LoadOptions {
  /** Aborting it gives up this caller's interest in the file (see the module comment). */
  signal?: AbortSignal;
  /** Time allowed for the whole exchange, in ms; 0 or less for none. Default DEFAULT_TIMEOUT. */
  timeout?: number;
  /** Base for a relative `url`; the document's base URL by default. */
  base?: string;
}

/** Where JSON text comes from: its address, and the Content-Type it was served with. */
type Source = { url?: string; contentType?: string };

interface Shared {
  promise: Promise<BudgetDisclosure>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

const inFlight = new Map<string, Shared>();
const loaded = new Map<string, BudgetDisclosure>();
/** The origins data may come from, when the page limits them (restrictOrigins). */
let allowOrigin: ((origin: string) => boolean) | undefined;

/**
 * Limits the origins data files may come from, for every later load on the page: a response from
 * another origin — the address itself, or where it redirected to — is refused unread (an `origin`
 * failure). The embed page calls it with its budget-allowed-origins, having refused other
 * addresses before making an element. `undefined` lifts the limit.
 */
export function restrictOrigins(allow: ((origin: string) => boolean) | undefined): void {
  allowOrigin = allow;
}

/** The absolute address of `url`, or a `url` failure. */
export function absoluteUrl(url: string, base: string = document.baseURI): string {
  try {
    return new URL(url, base).href;
  } catch (cause) {
    throw new LoadError('url', { url, cause });
  }
}

/**
 * The failure of an absolute address that is never fetched: not http(s) (javascript:, data:,
 * file:, ftp:…), or carrying a user name or password — which the failure does not repeat (its
 * address is shown without them). Undefined for an address that may be fetched.
 */
export function refusedAddress(href: string): LoadError | undefined {
  const u = new URL(href);
  const kind = !/^https?:$/.test(u.protocol) ? 'scheme' : u.username || u.password ? 'credentials' : undefined;
  u.username = u.password = '';
  return kind && new LoadError(kind, { url: u.href });
}

/**
 * The validated disclosure at `url`. Rejects with a LoadError, or with an AbortError when
 * `options.signal` aborts first.
 */
export function loadDisclosure(url: string, options: LoadOptions = {}): Promise<BudgetDisclosure> {
  let href: string;
  try {
    href = absoluteUrl(url, options.base);
  } catch (e) {
    return Promise.reject(e);
  }
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const refused = refusedAddress(href);
  if (refused) return Promise.reject(refused);
  const done = loaded.get(href);
  if (done) return Promise.resolve(done);
  let shared = inFlight.get(href);
  if (!shared) {
    shared = request(href, options.timeout ?? DEFAULT_TIMEOUT);
    inFlight.set(href, shared);
  }
  return join(href, shared, signal);
}

/** The validated disclosure already loaded from the absolute `href`, if any (no request is made). */
export function peekDisclosure(href: string): BudgetDisclosure | undefined {
  return loaded.get(href);
}

/** Forgets what was loaded from `url` (every URL when omitted), so the next load refetches. */
export function forgetDisclosure(url?: string): void {
  if (url === undefined) loaded.clear();
  else loaded.delete(absoluteUrl(url));
}

/** Attaches one caller to a shared request, counting it so the last one leaving aborts it. */
function join(href: string, shared: Shared, signal: AbortSignal | undefined): Promise<BudgetDisclosure> {
  shared.waiters++;
  return new Promise<BudgetDisclosure>((resolve, reject) => {
    const leave = () => {
      shared.waiters--;
      reject(abortError());
      if (shared.waiters === 0 && !shared.settled) {
        if (inFlight.get(href) === shared) inFlight.delete(href);
        shared.controller.abort();
      }
    };
    signal?.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (data) => {
        signal?.removeEventListener('abort', leave);
        resolve(data);
      },
      (e: unknown) => {
        signal?.removeEventListener('abort', leave);
        reject(e);
      },
    );
  });
}

function request(href: string, timeout: number): Shared {
  const controller = new AbortController();
  const shared: Shared = { controller, waiters: 0, settled: false, promise: undefined! };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Racing the timer, not only aborting the signal, also ends a fetch that ignores its signal.
  const timedOut = new Promise<never>((_, reject) => {
    if (timeout > 0 && Number.isFinite(timeout)) {
      timer = setTimeout(() => {
        reject(new LoadError('timeout', { url: href, timeout }));
        controller.abort();
      }, timeout);
    }
  });
  const work = fetchAndRead(href, controller.signal);
  // The losing side of the race must not surface as an unhandled rejection.
  work.catch(() => {});
  timedOut.catch(() => {});
  shared.promise = Promise.race([work, timedOut]).then(
    (data) => {
      clearTimeout(timer);
      shared.settled = true;
      if (inFlight.get(href) === shared) inFlight.delete(href);
      loaded.set(href, data);
      return data;
    },
    (e: unknown) => {
      clearTimeout(timer);
      shared.settled = true;
      if (inFlight.get(href) === shared) inFlight.delete(href);
      throw e;
    },
  );
  // Callers handle the rejection through join(); this one only guards the stored promise.
  shared.promise.catch(() => {});
  return shared;
}

async function fetchAndRead(href: string, signal: AbortSignal): Promise<BudgetDisclosure> {
  // No answer, or a body that breaks off: a network failure (an abort stays an abort).
  const network = (cause: unknown) => {
    throw isAbort(cause) ? cause : new LoadError('network', { url: href, cause });
  };
  const response = await fetch(href, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(network);
  // The address the answer came from, after any redirect (a same-origin address may redirect away).
  const foreign = allowOrigin && response.url && !allowOrigin(new URL(response.url).origin);
  if (foreign || !response.ok) {
    // The body is not needed; release the connection.
    void response.body?.cancel().catch(() => {});
    if (foreign) throw new LoadError('origin', { url: response.url });
    throw new LoadError('http', { url: href, status: response.status, cause: response.statusText || undefined });
  }
  const from = { url: href, contentType: response.headers.get('content-type') ?? '' };
  // A big file (10,000 projects: 21 MB) is decoded and checked in slices, so the page answers
  // meanwhile (issue 15): as it arrives when its headers announce it, else once it is in.
  if (Number(response.headers.get('content-length')) > BIG_FILE) return (await import('./read-big.js')).readBigResponse(response, from);
  const bytes = new Uint8Array(await response.arrayBuffer().catch(network));
  if (bytes.length > BIG_FILE) return (await import('./read-big.js')).readBig(bytes, from);
  let text: string | undefined;
  try {
    // Strict UTF-8 (a BOM is dropped).
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {}
  // Bytes that are not UTF-8 (or hold NULs, as UTF-16 without a byte order mark does) are looked at
  // by a module loaded only for them: it names gzip, GBK or UTF-16, or places a character cut off at the end.
  return text === undefined || text.includes('\0') ? import('./encoding.js').then((m) => m.readBytes(bytes, from)) : readDisclosure(text, from);
}

/**
 * Reads a disclosure from JSON text (a fetched file or an inline `<script type="application/json">`):
 * HTML check, parse with the place of a syntax error, format version, schema. Returns the
 * disclosure at once when the text is valid; throws a LoadError (`html`, empty text) or returns a
 * promise rejected with one (syntax and schema errors, described by modules loaded on demand).
 */
export function readDisclosure(text: string, from?: Source): BudgetDisclosure | Promise<never>;
/** With the check of the parsed JSON done by `check` (read-big.ts: in slices) instead of checkDisclosure. */
export function readDisclosure(text: string, from: Source, check: (json: unknown, url?: string) => Promise<BudgetDisclosure>): Promise<BudgetDisclosure>;
export function readDisclosure(text: string, from: Source = {}, check: (json: unknown, url?: string) => BudgetDisclosure | Promise<BudgetDisclosure> = checkDisclosure): BudgetDisclosure | Promise<BudgetDisclosure> {
  const { url } = from;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/\bhtml\b/i.test(from.contentType ?? '') || /^\s*</.test(body)) throw new LoadError('html', { url });
  if (!body.trim()) throw new LoadError('parse', { url });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (cause) {
    return import('./json-syntax.js').then(({ locateJsonError }) => {
      throw new LoadError('parse', { url, syntax: locateJsonError(body) ?? undefined, cause });
    });
  }
  return check(json, url);
}

/**
 * Validates an object (the `data` property, or parsed JSON): the disclosure at once when valid,
 * otherwise a promise rejected with a `version` or `schema` LoadError.
 */
export function checkDisclosure(json: unknown, url?: string): BudgetDisclosure | Promise<never> {
  return readable(json) ?? describeInvalid(json, url);
}

/** The `version` or `schema` failure of JSON that is not a readable disclosure, its problems worded by validate.ts. */
export async function describeInvalid(json: unknown, url: string | undefined): Promise<never> {
  const { explainDisclosure } = await import('./validate.js');
  const result = explainDisclosure(json);
  const problems = result.ok ? [] : result.problems;
  const version = json !== null && typeof json === 'object' && 'schemaVersion' in json ? (json as { schemaVersion: unknown }).schemaVersion : SCHEMA_VERSION;
  throw new LoadError(version !== SCHEMA_VERSION ? 'version' : 'schema', { url, problems });
}

const abortError = () => new DOMException('The load was aborted.', 'AbortError');
