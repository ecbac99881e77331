/**
 * An A/B of two builds of the kit on the bench's cold pages (cold.ts): each page loaded cold, CPU 4×
 * slower, runs of the builds interleaved so a slower moment of the machine falls on both alike.
 * For a change whose effect is smaller than the spread of `npm run bench` between runs.
 *
 *   cp -r dist /tmp/before   # build A: e.g. main's dist, before the change
 *   npm run build            # build B: the working tree
 *   node --import tsx test/bench/ab-cold.ts /tmp/before dist [cold-sangong.html cold-portal.html …]
 *
 * Prints per build and page the medians of: the chart's bars painted, or every widget drawn (ms
 * since navigation), the longest task, the total blocking time, and the most script and rendering
 * time in one long animation frame (cold.ts, LongFrames); then every run. AB_RUNS sets
 * the runs (default 9), CHROME_PATH the browser. Pages: cold-sangong, cold-echarts,
 * cold-echarts-full, cold-four, cold-portal, cold-big (.html).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { coldLoad, coldPages, predicateFor } from './cold.js';
import { serve } from './server.js';
import { median } from './stats.js';
import { CHROME, CHROMIUM_ARGS } from '../chromium.mjs';

const [a, b, ...pages] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node --import tsx test/bench/ab-cold.ts <dist A> <dist B> [page.html …]');
  process.exit(2);
}
const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = Math.max(1, Number(process.env.AB_RUNS ?? 9));
const dir = mkdtempSync(join(tmpdir(), 'ab-cold-'));
const builds = [resolve(a), resolve(b)];
const servers = await Promise.all(builds.map((d) => serve(ROOT, dir, d)));
const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: [...CHROMIUM_ARGS, '--disable-extensions', '--no-first-run'],
});
try {
  await coldPages(dir, ROOT);
  const list = pages.length ? pages : ['cold-sangong.html', 'cold-four.html'];
  const out = new Map<string, { at: number[]; longest: number[]; tbt: number[]; script: number[]; rendering: number[] }>();
  for (let i = 0; i < RUNS; i++)
    for (const page of list)
      for (const [k, server] of servers.entries()) {
        const r = await coldLoad<unknown>(browser, `${server.origin}/bench/${page}`, false, predicateFor(page), page === 'cold-big.html' ? 1 : undefined);
        const at = typeof r.at === 'number' ? r.at : ((r.at as { painted?: number; rows?: number }).painted ?? (r.at as { rows: number }).rows);
        const o = out.get(`${page} ${builds[k]}`) ?? { at: [], longest: [], tbt: [], script: [], rendering: [] };
        o.at.push(at);
        o.longest.push(Math.max(0, ...r.long.map(([, d]) => d)));
        o.tbt.push(r.long.reduce((s, [, d]) => s + Math.max(0, d - 50), 0));
        o.script.push(Math.max(0, ...r.frames.map(([sc]) => sc)));
        o.rendering.push(Math.max(0, ...r.frames.map(([, re]) => re)));
        out.set(`${page} ${builds[k]}`, o);
      }
  const ms = (v: number) => v.toFixed(0);
  for (const [key, o] of out) console.log(`${key}: drawn ${ms(median(o.at))} ms, longest task ${ms(median(o.longest))} ms, TBT ${ms(median(o.tbt))} ms; most in one long frame: scripts ${ms(median(o.script))} ms, rendering ${ms(median(o.rendering))} ms | runs ${o.at.map(ms).join(' ')}`);
} finally {
  await browser.close();
  for (const s of servers) await s.close();
  rmSync(dir, { recursive: true, force: true });
}
