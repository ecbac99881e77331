/**
 * An exception thrown by the kit's own code (not a LoadError from loading or checking the data)
 * becomes a failure of its own kind, so the reader is told the truth: `browser` ("此浏览器版本过旧")
 * when the browser lacks an API the kit needs, else `internal` ("显示出错") — never "network/CORS".
 *
 * The floor (README: Browser support) is ES2021 with Chromium 86, Safari 14.1, Firefox 91. Syntax
 * above it is kept out at build time (rollup.config.mjs, test/unit/dist-floor.test.ts); a browser
 * that cannot parse the bundle never defines the elements, and the static fallback stays visible.
 * A browser that parses it but lacks an API is caught here, when the API is first needed.
 */
import { LoadError } from '../../model/load-errors.js';

/**
 * The APIs the kit calls that came last to the browsers of the floor, as paths from globalThis:
 * Element#replaceChildren is Chromium 86 (85 parses the bundle without it), BigInt Safari 14.
 * Older ones come with the syntax the bundle needs; newer ones are not used
 * (test/browser/dist-old-browser.test.ts deletes them).
 */
const NEEDED = ['BigInt', 'Element.prototype.replaceChildren'];

/** The APIs of the floor this browser lacks (none in a supported browser). */
export function missingFeatures(): string[] {
  return NEEDED.filter((path) => path.split('.').reduce<unknown>((o, key) => (o as Record<string, unknown> | undefined)?.[key], globalThis) == null);
}

/** The failure to show for `cause`, an exception of the kit's own code while loading or showing data from `url`. */
export function kitFailure(cause: unknown, url?: string): LoadError {
  return new LoadError(missingFeatures().length ? 'browser' : 'internal', { url, cause });
}
