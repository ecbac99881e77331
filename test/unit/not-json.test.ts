/**
 * An empty file and a web page saved as .json get the same plain diagnosis from the widget, the CLI
 * and the snippet builder (src/model/not-json.ts); a new user's review found the CLI and the builder
 * saying "expected a value, found the end of the file" or "… found '<'" instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notJson } from '../../src/model/not-json.js';
import { checkText } from '../../src/cli/validate-command.js';
import { checkFile } from '../../demo/builder/check.js';
import { readDisclosure, LoadError } from '../../src/model/load.js';

/** The CLI's result for unreadable text: its words and place. */
const unreadable = (file: string, text: string) => {
  const r = checkText(file, text);
  assert.equal(r.status, 'unreadable');
  return r as Extract<typeof r, { status: 'unreadable' }> & { syntax?: { line: number; column: number } };
};

const PAGE = '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>404</body></html>\n';

const EMPTY = ['', ' \n\t\n', '\uFEFF', '\uFEFF  '];
const PAGES = [PAGE, '  <html>', '\uFEFF<!doctype html>', '<?xml version="1.0"?>'];
const OTHER = ['{', '{"a":1', '[', 'nul', 'x<y', '"<html>'];

test('notJson tells nothing at all and a web page from other text', () => {
  for (const t of EMPTY) assert.equal(notJson(t), 'empty', JSON.stringify(t));
  for (const t of PAGES) assert.equal(notJson(t), 'html', JSON.stringify(t));
  for (const t of OTHER) assert.equal(notJson(t), undefined, t);
});

test('the widget (load.ts, which asks inline) gives the same answers', async () => {
  for (const t of EMPTY) assert.throws(() => readDisclosure(t), (e: unknown) => e instanceof LoadError && e.kind === 'parse' && e.syntax === undefined, JSON.stringify(t));
  for (const t of PAGES) assert.throws(() => readDisclosure(t), (e: unknown) => e instanceof LoadError && e.kind === 'html', JSON.stringify(t));
  // Other broken text: a syntax error with its place, neither empty nor a page.
  for (const t of OTHER) await assert.rejects(async () => readDisclosure(t), (e: unknown) => e instanceof LoadError && e.kind === 'parse' && e.syntax !== undefined, t);
});

test('the CLI says so, in both languages, and keeps the place', () => {
  const empty = unreadable('a.json', '');
  assert.match(empty.error!.zh, /^文件是空的，没有 JSON 内容/);
  assert.match(empty.error!.en, /^The file is empty/);
  const page = unreadable('b.json', PAGE);
  assert.match(page.error!.zh, /^这是网页（HTML），不是 JSON 数据文件/);
  assert.match(page.error!.en, /^This is a web page \(HTML\)/);
  assert.deepEqual([page.syntax?.line, page.syntax?.column], [1, 1]);
  // Broken JSON is still told where it breaks.
  assert.match(unreadable('c.json', '{\n  "a": 1\n  "b": 2\n}').error!.zh, /^不是有效的 JSON：/);
});

test('the builder says the same', () => {
  assert.deepEqual(checkFile(''), { status: 'unreadable', message: '文件是空的，没有 JSON 内容：请确认保存的是数据文件本身。' });
  assert.match((checkFile(PAGE) as { message: string }).message, /^这是网页（HTML）/);
});
