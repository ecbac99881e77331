// A web-test-runner command for media features that @web/test-runner-commands' `emulateMedia`
// does not pass to Chromium under Puppeteer (it forwards only colour scheme and reduced motion):
// `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`.
// An empty list resets them.
//
// Sent over a CDP session of our own rather than page.emulateMediaFeatures: Puppeteer 24 (the one
// that supports Node 20) refuses any feature but prefers-color-scheme, prefers-reduced-motion and
// color-gamut. Chromium keeps each session's overrides apart, so `emulateMedia` calls (Puppeteer's
// session) neither clear nor are cleared by these. The session lives as long as its page.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs Puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
