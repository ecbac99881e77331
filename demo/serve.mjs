// `npm start`: serves the demo pages on the bundled data, compiling TypeScript on the fly.
// PORT=… picks the port (8000 by default). When the default port is busy (a second `npm start`),
// the next free one is taken and said; a busy PORT that was asked for is an error in plain words.
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:net';
import { demoServerConfig } from './demo-server.mjs';

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
  config: demoServerConfig(port),
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = `http://localhost:${server.config.port}/demo/`;
console.log(`budget-widgets demo: ${address}  (Ctrl+C to stop)`);
