// The demo server's configuration, shared by `npm start` (demo/serve.mjs) and the print test
// (test/print/), so the pages printed there are the pages an editor sees.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const rootDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The addresses the README and the snippet builder use on a real site: the kit's dist/ served as
 * /budget-kit/ and the data files as /budget/…json. The demo serves them too, so a snippet copied
 * from the builder with its defaults works here as it will on the site.
 */
export const SITE_ALIASES = [
  ['/budget-kit/', '/dist/'],
  ['/budget/', '/data/'],
];

/** Koa middleware: rewrites a site alias to the repository folder it stands for. */
export function siteAliases() {
  return (ctx, next) => {
    for (const [alias, folder] of SITE_ALIASES) {
      if (ctx.path.startsWith(alias)) {
        ctx.url = folder + ctx.url.slice(alias.length);
        break;
      }
    }
    return next();
  };
}

/**
 * Koa middleware: every .json file under the repository byte for byte, as a site serves it. The dev
 * server re-encodes what it takes for UTF-8 text: a data file saved as GBK, or with one stray
 * byte, reached the widget as valid UTF-8 (U+FFFD in a name) and was shown as if it were fine,
 * while the CLI and the builder refused it. Paths outside the repository, and files that are not
 * there, go on to the dev server (its 404).
 */
export function jsonAsBytes() {
  return async (ctx, next) => {
    if (!ctx.path.endsWith('.json')) return next();
    let file;
    try {
      file = resolve(rootDir, `.${decodeURIComponent(ctx.path)}`);
    } catch {
      return next();
    }
    const bytes = file.startsWith(rootDir) && (await readFile(file).catch(() => undefined));
    if (!bytes) return next();
    ctx.type = 'application/json';
    ctx.body = bytes;
  };
}

/** The @web/dev-server config of the demo on `port`. */
export function demoServerConfig(port) {
  return {
    rootDir,
    port,
    // Lit's production build, as the built kit ships it: no "Lit is in dev mode" banner in every
    // page's console (the dev server would choose the "development" export condition).
    nodeResolve: { exportConditions: ['production'] },
    middleware: [
      siteAliases(),
      jsonAsBytes(),
    ],
    plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  };
}
