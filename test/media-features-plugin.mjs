// A web-test-runner command for media features that @web/test-runner-commands' `emulateMedia`
// does not pass to Chromium under Puppeteer (it forwards only colour scheme and reduced motion):
// `executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])`.
// An empty list resets them.
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features needs Puppeteer, not ${session.browser.type}`);
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}
