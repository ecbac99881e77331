/**
 * The Chromium every test and bench launches: Debian's /usr/bin/chromium unless CHROME_PATH says
 * otherwise, headless, with the switches below. One list, so the tests, the print tests and the
 * bench measure the same browser.
 */

/** The browser's executable. */
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * - no sandbox (CI runs as root in a container), no GPU;
 * - no background downloads (component updates, field trials: no internet here, and noise);
 * - no omnibox popup pages. Chromium's headless mode is the whole browser: every new window
 *   (each browser context the bench opens) preloads two chrome://omnibox-popup WebUI renderers
 *   that used about a second of CPU each while a page loaded, on a 2-core machine. A reader's
 *   browser has its window open long before the portal page, and headless has no omnibox to
 *   show: they measured the browser's UI, not the page (issue 15, ARCHITECTURE.md).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
