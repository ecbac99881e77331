/**
 * Printing a page as a reader does (Ctrl+P), for the print test: the demo server, Chromium driven
 * by puppeteer-core, `page.pdf()` on A4, and the text of each printed page read back with pdf.js.
 * The widgets are awaited (every one ready or failed, every update done) before printing, never a
 * fixed delay.
 */
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { asPrinted } from './as-printed.js';
import { CHROME, CHROMIUM_ARGS } from '../chromium.mjs';
// @ts-expect-error -- a plain ES module without declarations, shared with `npm start`.
import { demoServerConfig } from '../../demo/demo-server.mjs';
import { WIDGET_NAMES } from '../../src/widgets/registry.js';

/** A free TCP port (the machine is shared: never a fixed one). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Printer {
  /** The origin the demo is served on, e.g. http://localhost:8123. */
  origin: string;
  /** Prints `path` (e.g. "/demo/index.html") and returns the PDF and each page's text. */
  print(path: string, options?: { width?: number }): Promise<{ pdf: Uint8Array; pages: string[] }>;
  close(): Promise<void>;
}

/** Koa-style middleware the test adds to the demo server (e.g. a generated data file). */
export type Middleware = (ctx: { path: string; type: string; body: unknown }, next: () => Promise<unknown>) => unknown;

export async function startPrinter(extra: Middleware[] = []): Promise<Printer> {
  const port = await freePort();
  const config = demoServerConfig(port);
  config.middleware.unshift(...extra);
  const server = await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
  const browser: Browser = await puppeteer.launch({
    executablePath: CHROME,
    args: CHROMIUM_ARGS,
  });
  const origin = `http://localhost:${port}`;
  return {
    origin,
    async print(path, { width = 1280 } = {}) {
      const page = await browser.newPage();
      try {
        await page.setViewport({ width, height: 900 });
        await page.goto(origin + path, { waitUntil: 'load' });
        await page.waitForFunction(
          (tags: string[]) =>
            [...document.querySelectorAll(tags.join(','))].every((el) => {
              // The data controller's status (src/elements/shared/data-controller.ts); a tag not yet defined has none.
              const s = (el as unknown as { loader?: { status?: string } }).loader?.status;
              return s === 'complete' || s === 'error';
            }),
          { polling: 50, timeout: 20_000 },
          [...WIDGET_NAMES],
        );
        await page.evaluate(async (tags: string[]) => {
          for (const el of document.querySelectorAll(tags.join(','))) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await document.fonts.ready;
        }, [...WIDGET_NAMES]);
        const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
        return { pdf, pages: await pdfText(pdf) };
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * The text of each page of a PDF, items joined by spaces (pdf.js gives runs, not lines), with
 * ideographs read back as radicals restored (asPrinted): the test must pass whatever CJK font the
 * machine has (none, Noto Sans CJK, WenQuanYi).
 */
export async function pdfText(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(asPrinted(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')));
  }
  await doc.destroy();
  return pages;
}
