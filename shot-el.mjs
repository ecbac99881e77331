// usage: node shot-el.mjs URL SELECTOR OUT [WIDTH]
import puppeteer from 'puppeteer-core';
const [url, sel, out, width = '1280'] = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage();
await p.setViewport({ width: Number(width), height: 900 });
await p.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 1500));
const el = await p.$(sel);
await el.screenshot({ path: out });
await b.close();
