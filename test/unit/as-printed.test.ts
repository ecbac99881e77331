/** The print tests read back what Chromium printed; a glyph shared by an ideograph and its radical reads back as the radical (test/print/as-printed.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asPrinted } from '../print/as-printed.js';

test('radicals read back from a PDF become the ideographs printed', () => {
  // As pdf.js read a page printed with Noto Sans CJK: Kangxi radicals (⽹ ⼈ ⽬ ⽀) and supplement ones (⻔ ⺠).
  assert.equal(asPrinted('中共重庆市潼南区委⽹络安全 2023年部⻔预算 ⼈⺠ 项⽬⽀出'), '中共重庆市潼南区委网络安全 2023年部门预算 人民 项目支出');
  assert.equal(asPrinted('⻓⻅⻋⻢⻩⻬⻰⻳'), '长见车马黄齐龙龟');
});

test('text without radicals is left as it is, figures and full-width punctuation included', () => {
  const s = '附件10 项目支出明细表（单位：万元）合计 102.00 100.00% “三公”经费，ＡＢＣ';
  assert.equal(asPrinted(s), s);
});
