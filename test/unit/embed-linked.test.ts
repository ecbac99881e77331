/**
 * The embed page's `with=kpi-card` (issue 11): the project table and its targets card in one
 * iframe, linked by an id the page sets itself; any other combination is a plain-words error.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedRequest } from '../../src/embed/embed-request.js';

const origin = 'https://www.example.gov.cn';
const req = (q: string) => embedRequest(new URL(`${origin}/budget-kit/embed.html?${q}`), origin, []);

test('widget=project-table&with=kpi-card: the table gets the id, the card follows it with the same src, lang and theme', () => {
  assert.deepEqual(req('widget=project-table&src=/budget/a.json&lang=en&theme=dark&with=kpi-card'), {
    widget: 'project-table',
    lang: 'en',
    attributes: { src: `${origin}/budget/a.json`, lang: 'en', theme: 'dark', id: 'projects' },
    linked: { widget: 'kpi-card', attributes: { src: `${origin}/budget/a.json`, lang: 'en', theme: 'dark', for: 'projects' } },
  });
});

test('with= on another widget, or another companion, is refused in words', () => {
  for (const q of ['widget=kpi-card&src=/a.json&with=kpi-card', 'widget=project-table&src=/a.json&with=sangong-chart', 'widget=project-table&src=/a.json&with=']) {
    const r = req(q);
    assert.ok('error' in r, q);
    assert.match(r.error, /只能与 widget=project-table 一起使用，值为 kpi-card/);
  }
});

test('without with=, nothing changes: no id, no card', () => {
  assert.deepEqual(req('widget=project-table&src=/a.json'), { widget: 'project-table', lang: undefined, attributes: { src: `${origin}/a.json` } });
});
