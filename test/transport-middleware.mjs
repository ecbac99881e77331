// Koa middleware of the test server for the transport cases of issue 10 (wired in
// web-test-runner.config.mjs; user middleware runs before the dev server's own):
//
// - /test/hostile/corpus/*.json, /demo/fixtures/*.json: each file's exact bytes. The dev server
//   re-encodes files it takes for UTF-8 text, turning a GBK or invalid byte into U+FFFD — the very
//   fault these files hold.
// - /test/redirect?to=PATH: a 301 to PATH on this origin; with &away, to PATH on the other
//   loopback name (localhost ↔ 127.0.0.1): another origin, served by this same server.
// - ?cors on any address: Access-Control-Allow-Origin: *, so a page can read that other origin's
//   answer (a redirect away is then followed to the end, as a real cross-origin server allows).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const RAW = ['/test/hostile/corpus/', '/demo/fixtures/'];
const root = fileURLToPath(new URL('..', import.meta.url));

export function transportMiddleware() {
  return async (ctx, next) => {
    if ('cors' in ctx.query) ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.path === '/test/redirect' && typeof ctx.query.to === 'string') {
      const to = new URL(ctx.query.to, `${ctx.protocol}://${ctx.host}`);
      if ('away' in ctx.query) to.hostname = to.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      ctx.status = 301;
      ctx.set('Location', to.href);
      return;
    }
    const dir = RAW.find((d) => ctx.path.startsWith(d));
    if (dir && /^[\w.-]+\.json$/.test(ctx.path.slice(dir.length))) {
      const bytes = await readFile(root + ctx.path.slice(1)).catch(() => undefined);
      if (bytes) {
        ctx.type = 'application/json';
        ctx.body = bytes;
        return;
      }
    }
    await next();
  };
}
