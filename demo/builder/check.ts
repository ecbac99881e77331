/**
 * Checking a data file in the builder, on the spot: JSON syntax (with line and column), the data
 * format, then the consistency checks — the same code as `budget-kit validate` — and the result
 * said in plain words as HTML (every data text escaped). Pure: text in, result and markup out.
 */
import { locateJsonError } from '../../src/model/json-syntax.js';
import { notJson, NOT_JSON_FILE } from '../../src/model/not-json.js';
import { RULES, runChecks, SEVERITIES, summarise, type Finding, type Severity, type Summary } from '../../src/model/checks/index.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure, type Problem } from '../../src/model/validate.js';
import { html, type SafeHtml } from '../../src/static/escape.js';
import { notUtf8 } from '../../src/model/encoding.js';
import { FAILURE_ZH } from '../../src/elements/shared/failure-words.js';

export type CheckedFile =
  // address: the file could not be fetched (wrong address, server, network): the file itself was not checked.
  | { status: 'unreadable'; message: string; address?: boolean }
  | { status: 'invalid'; problems: Problem[] }
  | { status: 'checked'; data: BudgetDisclosure; findings: Finding[]; summary: Summary };

/**
 * Checks the bytes of a data file (a local file, or a URL's answer): bytes that are not UTF-8 text
 * are named as such (gzip, GBK, UTF-16, an invalid byte and its line), in the widget's and the
 * CLI's words, before the text is checked. `local`: a file on the editor's computer (gzip is then
 * a compressed file, not a server that failed to say so).
 */
export function checkBytes(bytes: Uint8Array, local: boolean): CheckedFile {
  const why = notUtf8(bytes);
  if (!why) return checkFile(new TextDecoder().decode(bytes));
  const message =
    why.kind === 'compressed' ? (local ? FAILURE_ZH.gzipFile : FAILURE_ZH.compressed) : why.encoding ? FAILURE_ZH.encoding(why.encoding) : FAILURE_ZH.invalidUtf8(why.line);
  return { status: 'unreadable', message };
}

/** Parses, validates and checks the text of a data file. */
export function checkFile(text: string): CheckedFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const not = notJson(text);
    if (not) return { status: 'unreadable', message: NOT_JSON_FILE[not].zh };
    const e = locateJsonError(text);
    return { status: 'unreadable', message: e ? `不是有效的 JSON（第 ${e.line} 行第 ${e.column} 列）：${e.message.zh}。` : '不是有效的 JSON。' };
  }
  // A fault of the kit is said as such, and replaces the verdict on the previous file: never an
  // uncaught error that leaves "数据格式正确" of another file on the page.
  try {
    const v = explainDisclosure(json);
    if (!v.ok) return { status: 'invalid', problems: v.problems };
    const findings = runChecks(v.data);
    return { status: 'checked', data: v.data, findings, summary: summarise(findings) };
  } catch (e) {
    return { status: 'unreadable', message: `检查此文件时本工具出错（${e instanceof Error ? e.message : String(e)}）。这是本工具的缺陷，请连同该文件报告。` };
  }
}

const SEVERITY: Record<Severity, { name: string; count: string }> = {
  error: { name: '错误', count: '个错误' },
  warning: { name: '警告', count: '个警告' },
  rounding: { name: '尾差（四舍五入造成，可忽略）', count: '个尾差' },
  info: { name: '提示', count: '个提示' },
};

/** The report on a file, in plain words. `name` is the file name or URL as the editor gave it. */
export function reportHtml(name: string, r: CheckedFile): SafeHtml {
  if (r.status === 'unreadable') {
    return html`<p class="bad"><strong>${name}</strong> 无法使用：${r.message}</p>`;
  }
  if (r.status === 'invalid') {
    return html`<p class="bad"><strong>${name}</strong> 不符合数据格式，共 ${r.problems.length} 个问题。修正后才能预览和生成代码：</p>
<ol class="problems">${r.problems.map((p) => html`<li><code>${p.path}</code>：${p.message.zh}</li>`)}</ol>`;
  }
  const s = r.summary;
  const counts = SEVERITIES.map((sev) => `${s.counts[sev]} ${SEVERITY[sev].count}`).join('，');
  const verdict = s.hasErrors
    ? html`<p class="bad">各表之间有对不上的数字。组件会照原样显示公布的数字；发布前请与财务部门核对。</p>`
    : html`<p class="good">数据格式正确，各表数字相互一致（尾差和提示不影响发布）。</p>`;
  return html`<p><strong>${name}</strong>：${r.data.department.name}，${r.data.department.fiscalYear} 年，金额单位${r.data.department.unit}。</p>
${verdict}
<p>一致性检查（勾稽关系）：${counts}。</p>
${SEVERITIES.filter((sev) => s.counts[sev]).map(
  (sev) => html`<details class="sev-${sev}"${sev === 'error' ? html` open` : ''}><summary>${SEVERITY[sev].name}（${s.counts[sev]}）</summary>
<ul>${r.findings.filter((f) => f.severity === sev).map((f) => html`<li><span class="rule">${RULES[f.rule].zh}</span>：${f.message.zh}</li>`)}</ul></details>`,
)}`;
}
