// Browser tests run in Debian's Chromium (npm tools cannot download a browser here).
// CHROME_PATH overrides the executable, e.g. on macOS or with a local Chrome.
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME, CHROMIUM_ARGS } from './chromium.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { axTreePlugin } from './a11y-tree-plugin.mjs';
import { fileURLToPath } from 'node:url';
import { mediaFeaturesPlugin } from './media-features-plugin.mjs';
import { servedCspPlugin } from './served-csp-plugin.mjs';
import { transportMiddleware } from './transport-middleware.mjs';
import { siteAliases } from '../demo/demo-server.mjs';

export default {
  files: ['test/browser/**/*.test.ts', 'test/browser/**/*.test.html'],
  nodeResolve: true,
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  // One page at a time: a second, background page gets no requestAnimationFrame in Chromium and its
  // fixtures would wait forever. Each file is fast; the suite stays well under a minute.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Corpus files byte for byte, redirects (also to another origin) and CORS: issue 10's transport cases.
  // …and the README's site addresses (/budget-kit/ = dist/, /budget/ = data/), the snippet builder's defaults.
  middleware: [transportMiddleware(), siteAliases()],
  // The tests run Lit's development build on purpose (it throws on template mistakes the production
  // build lets through, and warns on updates scheduled after an update), so every test file logged
  // its "Lit is in dev mode" banner: dropped here, Lit's other warnings still show. The dist-*
  // tests load the production build that ships.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode.')),
  // esbuildPlugin ignores tsconfig "extends": the decorator flags live in tsconfig.json itself.
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }), mediaFeaturesPlugin(),
    // executeServerCommand('ax-tree'): Chromium's full accessibility tree, for test/browser/a11y-tree.test.ts.
    axTreePlugin(),
    // ?served-csp=ID: the strict policy as a response header, and its violation reports (dist-served-csp.test.ts).
    servedCspPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
