// `npm start`: serves the demo pages on the bundled data, compiling TypeScript on the fly.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir,
    port,
    nodeResolve: true,
    plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://localhost:${server.config.port}/demo/`;
console.log(`budget-widgets demo: ${address}  (Ctrl+C to stop)`);
