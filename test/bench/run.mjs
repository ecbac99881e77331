#!/usr/bin/env node
// Entry of `npm run bench`. The bench is TypeScript (it shares the generator and the model with
// the tests), so this plain-JS entry registers tsx and hands over to main.ts.
// `node test/bench/run.mjs --report-only` (`npm run bench:readme`) rewrites results.md and the README's
// bench block from the committed results.json without measuring.
import { register } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

register();
if (process.argv.includes('--report-only')) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const { writeReport } = await import('./report.ts');
  console.log(writeReport(JSON.parse(readFileSync(`${dir}results.json`, 'utf8')), dir, { readme: fileURLToPath(new URL('../../README.md', import.meta.url)) }));
} else {
  const { main } = await import('./main.ts');
  process.exitCode = await main();
}
