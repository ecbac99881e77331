// `npm start`: serves the demo pages on the bundled data, compiling TypeScript on the fly.
// PORT=… picks the port (8000 by default). When the default port is busy (a second `npm start`),
// the next free one is taken and said; a busy PORT that was asked for is an error in plain words.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PORT = 8000;
const asked = process.env.PORT ? Number(process.env.PORT) : undefined;

if (asked !== undefined && !(Number.isInteger(asked) && asked > 0 && asked < 65536)) {
  console.error(`budget-widgets demo: PORT=${process.env.PORT} is not a port number (1–65535).`);
  process.exit(2);
}

/** Whether a server can listen on `port` now (the way the dev server will: every interface). */
function isFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e) => (e.code === 'EADDRINUSE' || e.code === 'EACCES' ? resolve(false) : reject(e)));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

let port = asked ?? DEFAULT_PORT;
if (!(await isFree(port))) {
  if (asked !== undefined) {
    console.error(
      `budget-widgets demo: port ${port} is busy (another \`npm start\`, or another program, is using it).\n` +
        `Stop that one, or choose another port: PORT=8080 npm start`,
    );
    process.exit(1);
  }
  let next = port + 1;
  while (next < port + 100 && !(await isFree(next))) next++;
  if (next === port + 100) {
    console.error(`budget-widgets demo: ports ${port}–${next - 1} are all busy. Choose a free one: PORT=… npm start`);
    process.exit(1);
  }
  console.log(`budget-widgets demo: port ${port} is busy (another \`npm start\`?), using ${next} instead. PORT=… npm start picks one.`);
  port = next;
}

const server = await startDevServer({
  config: {
    rootDir,
    port,
    // Lit's production build, as the built kit ships it: no "Lit is in dev mode" banner in every
    // page's console (the dev server would choose the "development" export condition).
    nodeResolve: { exportConditions: ['production'] },
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
