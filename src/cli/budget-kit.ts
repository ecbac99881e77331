/**
 * `budget-kit`: the command line for districts publishing their own data (built to
 * dist/budget-kit.mjs, the package's `bin`). This file only connects `main` to the process.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { main } from './main.js';

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  // Bytes: the commands decode them strictly, to name a file that is not UTF-8.
  readFile: (path: string) => readFile(path),
  writeFile: (path: string, text: string) => writeFile(path, text, 'utf8'),
};

main(process.argv.slice(2), io).then(
  (code) => {
    // Let stdout drain (large --json reports into a pipe) before exiting.
    process.exitCode = code;
  },
  (e: unknown) => {
    // A fault of the kit: one plain sentence, no stack trace (BUDGET_KIT_DEBUG=1 shows it).
    const detail = e instanceof Error ? (process.env['BUDGET_KIT_DEBUG'] ? (e.stack ?? e.message) : e.message) : String(e);
    process.stderr.write(`budget-kit: the tool failed unexpectedly (${detail}). This is a fault of budget-kit; please report it.\n`);
    process.exitCode = 3;
  },
);
