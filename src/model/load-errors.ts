/**
 * Why a disclosure could not be loaded, as data: the kind of failure and what is known about
 * it (address, HTTP status, place of a syntax error, schema problems). Elements turn it into
 * plain words (src/elements/shared/strings.ts); the raw cause is kept for the console only.
 */
import type { JsonSyntaxError } from './json-syntax.js';
import type { Problem } from './validate-core.js';

/**
 * - `http`: the server answered with an error status (404, 500…).
 * - `network`: no answer at all (offline, DNS, a cross-origin file without CORS).
 * - `timeout`: no complete answer within the time allowed.
 * - `html`: a web page came back instead of the JSON file (a portal's 404 page, a login page).
 * - `parse`: the text is not JSON (or is empty).
 * - `version`: the file is another version of the format.
 * - `schema`: the JSON does not fit the format.
 * - `url`: the address itself is not a valid URL.
 * - `browser`: the kit's own code failed and the browser lacks a feature the kit needs: it is
 *   older than the supported floor (README: Browser support; src/elements/shared/kit-failure.ts).
 * - `internal`: the kit's own code failed in a browser that has every feature it needs (a defect
 *   of the kit, not of the file, the address or the network).
 *
 * Rarer failures (issue 10), each with its own words, loaded on demand (elements/shared/failure-words.ts):
 * - `scheme`: the address is not http(s) (javascript:, data:, file:, ftp:…); it is never fetched.
 * - `credentials`: the address holds a user name or password (https://user:pw@host/…); never fetched.
 * - `origin`: the page allows data only from some origins (the embed page) and the file came from
 *   another one, after a redirect (`url` is the address it came from).
 * - `compressed`: gzip bytes sent without a Content-Encoding header.
 * - `encoding`: the bytes are not UTF-8 (`encoding` names what they look like: GBK, UTF-16).
 */
export type LoadErrorKind = 'http' | 'network' | 'timeout' | 'html' | 'parse' | 'version' | 'schema' | 'url' | 'browser' | 'internal' | RareKind;

/** The kinds described by the words loaded on demand. */
export type RareKind = 'scheme' | 'credentials' | 'origin' | 'compressed' | 'encoding';

export interface LoadErrorInit {
  /** The absolute address of the file; absent for inline JSON and the `data` property. */
  url?: string;
  /** HTTP status, for `http`. */
  status?: number;
  /** Where the JSON text breaks, for `parse` (absent when the text is empty). */
  syntax?: JsonSyntaxError;
  /** The problems, in file order, for `schema` and `version`. */
  problems?: Problem[];
  /** The time allowed, in ms, for `timeout`. */
  timeout?: number;
  /** The underlying exception, for the console. */
  cause?: unknown;
}

/** A failed load. `message` is technical English for logs; people see strings.ts wording. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly url?: string;
  readonly status?: number;
  readonly syntax?: JsonSyntaxError;
  readonly problems?: Problem[];
  readonly timeout?: number;
  // Set by ./encoding.ts (loaded on demand), for `encoding`; declared only, so the bundle does not grow.
  /** What the bytes look like: "GBK", "UTF-16"; absent when unknown. */
  declare readonly encoding?: string;
  /** The line of the first byte that is not UTF-8. */
  declare readonly line?: number;

  constructor(
    readonly kind: LoadErrorKind,
    init: LoadErrorInit = {},
  ) {
    super(`${kind}${init.status ? ` ${init.status}` : ''}${init.url ? ` (${init.url})` : ''}`, init.cause === undefined ? undefined : { cause: init.cause });
    // Browsers before ES2022 ignore the option; the console still needs the cause (a kit error's TypeError).
    if (init.cause !== undefined) this.cause = init.cause;
    this.url = init.url;
    this.status = init.status;
    this.syntax = init.syntax;
    this.problems = init.problems;
    this.timeout = init.timeout;
  }
}

/** True for the rejection of a request its caller aborted (not a failure to report). */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
