// `npm start`: serves the demo pages on the bundled data, compiling TypeScript on the fly.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir,
    port,
    nodeResolve: true,
    // The failure fixtures byte for byte: the dev server re-encodes what it takes for UTF-8 text,
    // which would turn saved-as-gbk.json into a valid UTF-8 file (see test/transport-middleware.mjs).
    middleware: [
      async (ctx, next) => {
        const bytes = /^\/demo\/fixtures\/[\w.-]+\.json$/.test(ctx.path) && (await readFile(rootDir + ctx.path.slice(1)).catch(() => undefined));
        if (!bytes) return next();
        ctx.type = 'application/json';
        ctx.body = bytes;
      },
    ],
    plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://localhost:${server.config.port}/demo/`;
console.log(`budget-widgets demo: ${address}  (Ctrl+C to stop)`);
