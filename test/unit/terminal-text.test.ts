/** Control characters from data files never reach the terminal raw (issue 6). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terminalLine, terminalText } from '../../src/cli/terminal-text.js';
import { formatText } from '../../src/cli/report.js';

test('ESC, BEL, NUL, CR, DEL and C1 are shown as \\u escapes; tab and printable text stay', () => {
  assert.equal(terminalLine('行\u001b[31m红\u0007\u0000\r\u007f\u009b2J\tok 😀'), '行\\u001b[31m红\\u0007\\u0000\\u000d\\u007f\\u009b2J\tok 😀');
  assert.equal(terminalLine('a\nb'), 'a\\u000ab', 'a line feed inside one line came from the data');
  assert.equal(terminalText('a\nb\u001b'), 'a\nb\\u001b', 'a whole text keeps its own line breaks');
  // The escapes stay valid JSON where the characters could appear (inside strings).
  assert.equal(JSON.parse(terminalText(JSON.stringify({ k: 'x\u0085\u007f' }))).k, 'x\u0085\u007f');
});

test('the text report escapes file names and problem keys', () => {
  const out = formatText(
    [{ file: 'a\u001b]0;t\u0007.json', status: 'invalid', problems: [{ path: 'department["\u001b[2J"]', message: { zh: '未知字段 "\u001b[2J"。', en: 'Unknown key "\u001b[2J".' } }] }],
    'en',
  );
  assert.doesNotMatch(out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(out, /^a\\u001b\]0;t\\u0007\.json\n/);
  assert.match(out, /Unknown key "\\u001b\[2J"/);
});
