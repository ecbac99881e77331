/**
 * The import page (demo/import.html, dist/import.html): a clerk drops the workbooks the budget
 * system exported, sees every detected table rendered by <budget-table> beside the sheet rows it
 * came from, fills in the department fields the workbook does not hold, watches the findings
 * change as they type, and downloads the data file and the report. Everything runs in the page:
 * nothing is uploaded, and the page works offline from dist/. The spreadsheet library is in this
 * page's own script only, never in the widgets' bundle.
 *
 * @summary Import Excel/WPS workbooks into the data format.
 */
import { LitElement, css, html, nothing } from 'lit';
import { importSheets, type DepartmentInput, type ImportResult, type TableSource } from '../import/assemble.js';
import { FindingList, type ImportFinding } from '../import/findings.js';
import type { Sheet } from '../import/grid.js';
import { readWorkbook, WorkbookError } from '../import/workbook.js';
import { runChecks } from '../model/checks/index.js';
import type { Finding } from '../model/checks/types.js';
import { explainDisclosure } from '../model/validate.js';

/** Rows of a source sheet shown beside a table: enough to recognise it, bounded for huge sheets. */
const SOURCE_ROWS = 80;
/**
 * Tables longer than this are not drawn until asked: <budget-table> draws every row of a table
 * without a 类/款/项 tree, and 10,000 project rows froze the page for about 8 s in one frame
 * (`BENCH_ONLY=import npm run bench`). The data file and the checks hold every row either way.
 */
const LARGE_TABLE = 1000;

/**
 * The import page's one element.
 *
 * @attr data-state - Set by the element, not by the page: `reading` while files are read, then
 * `done` once what came of them (the tables and the findings, or why a file could not be read) is
 * rendered. What the bench (test/bench/import.ts) waits for.
 * @fires budget-import-update - The data file or the findings changed (files read, a field typed).
 */
export class BudgetImportPage extends LitElement {
  static override styles = css`
    :host { display: block; font: inherit; color: inherit; }
    .drop { display: block; border: 0.15em dashed currentColor; border-radius: 0.5em; padding: 1.5em; text-align: center; }
    .drop.over { background: #eef4ff; }
    .drop:focus-within { outline: 0.2em solid #0b57d0; outline-offset: 0.15em; }
    fieldset { display: grid; grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); gap: 0.75em; border: 1px solid #767676; margin: 1em 0; }
    label.field { display: grid; gap: 0.25em; }
    input, select, button { font: inherit; }
    .alert { color: #a50e0e; font-weight: 600; }
    .pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1em; align-items: start; }
    @media (max-width: 60em) { .pair { grid-template-columns: minmax(0, 1fr); } }
    .source { overflow: auto; max-height: 30em; border: 1px solid #767676; }
    .source table { border-collapse: collapse; font-size: 0.85em; }
    .source td, .source th { border: 1px solid #c4c4c4; padding: 0.1em 0.3em; white-space: nowrap; }
    .source th { background: #f1f1f1; font-weight: 400; }
    .error { color: #a50e0e; }
    .warning { color: #7a4b00; }
    ul { padding-inline-start: 1.25em; }
  `;

  private sheets: Sheet[] = [];
  private readFindings: ImportFinding[] = [];
  private result?: ImportResult;
  private checks: Finding[] = [];
  private problems: string[] = [];
  private failure = '';
  private files: string[] = [];
  private department: DepartmentInput = {};
  private over = false;
  /** Large tables the user asked to draw (LARGE_TABLE): kinds. */
  private drawn = new Set<string>();

  /** Reads dropped or chosen files; an unreadable one is named in plain words. Resolves once rendered. */
  async readFiles(list: FileList | readonly File[]): Promise<void> {
    this.dataset['state'] = 'reading';
    this.drawn = new Set();
    const files = Array.from(list);
    const findings = new FindingList();
    const sheets: Sheet[] = [];
    const failures: string[] = [];
    for (const file of files) {
      try {
        sheets.push(...readWorkbook(file.name, new Uint8Array(await file.arrayBuffer()), findings));
      } catch (e) {
        failures.push(e instanceof WorkbookError ? e.words.zh : `${file.name}：${e instanceof Error ? e.message : String(e)}`);
      }
    }
    this.files = files.map((f) => f.name);
    this.failure = failures.join(' ');
    this.sheets = sheets;
    this.readFindings = findings.items;
    this.recompute();
    await this.updateComplete;
    this.dataset['state'] = 'done';
  }

  private recompute(): void {
    if (!this.sheets.length) {
      this.result = undefined;
      this.requestUpdate();
      return;
    }
    this.result = importSheets(this.sheets, this.department, this.readFindings);
    const v = explainDisclosure(this.result.data);
    this.problems = v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message.zh}`);
    this.checks = v.ok ? runChecks(v.data) : [];
    this.requestUpdate();
    this.dispatchEvent(new Event('budget-import-update', { bubbles: true, composed: true }));
  }

  /** The department field from the form, typed as the format wants it. */
  private onField(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    const key = input.name as keyof DepartmentInput;
    const value = input.value.trim();
    const next: Record<string, unknown> = { ...this.department };
    if (!value) delete next[key];
    else next[key] = key === 'fiscalYear' ? Number(value) : value;
    this.department = next as DepartmentInput;
    this.recompute();
  }

  private download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** The report as text: import findings with their places, then the format problems and checks. */
  reportText(): string {
    const r = this.result;
    if (!r) return '';
    const lines = [`导入：${this.files.join('、')}`, '', '导入报告：', ...r.findings.map((f) => `- [${f.severity}] ${f.where ? `${f.where}: ` : ''}${f.zh}`)];
    if (this.problems.length) lines.push('', '数据格式问题：', ...this.problems.map((p) => `- ${p}`));
    lines.push('', '一致性检查：', ...(this.checks.length ? this.checks.map((f) => `- [${f.severity}] ${f.rule} ${f.message.zh}`) : ['- 全部通过。']));
    return `${lines.join('\n')}\n`;
  }

  private renderSource(source: TableSource, title: string) {
    const [from, to] = source.rows;
    const rows = source.sheet.rows.slice(from, Math.min(to, from + SOURCE_ROWS));
    const width = Math.max(1, ...rows.map((r) => r.length));
    return html`<div class="source" tabindex="0" role="region" aria-label=${`${title}：工作表原样（${source.where}）`}>
      <table>
        <caption>${source.sheet.file} · ${source.where}</caption>
        ${rows.map((row, i) => html`<tr><th scope="row">${from + i + 1}</th>${Array.from({ length: width }, (_, c) => html`<td>${row[c]?.text ?? ''}</td>`)}</tr>`)}
      </table>
    </div>`;
  }

  private renderFindings(r: ImportResult) {
    return html`<section aria-labelledby="report">
      <h2 id="report">导入报告（${r.findings.length} 条）</h2>
      ${r.findings.length ? html`<ul>${r.findings.map((f) => html`<li class=${f.severity}>[${f.severity === 'error' ? '错误' : f.severity === 'warning' ? '警告' : '提示'}] ${f.where ? html`<code>${f.where}</code>：` : nothing}${f.zh}</li>`)}</ul>` : html`<p>全部表格均已识别。</p>`}
      <h2 id="checks">校验与一致性检查</h2>
      <div aria-live="polite">
        ${this.problems.length ? html`<p class="alert">数据格式问题 ${this.problems.length} 个：</p><ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
        ${!this.problems.length ? html`<p>${this.checks.filter((f) => f.severity === 'error').length} 个错误，${this.checks.filter((f) => f.severity === 'warning').length} 个警告，共 ${this.checks.length} 条。</p><ul>${this.checks.map((f) => html`<li class=${f.severity}>${f.rule} ${f.message.zh}</li>`)}</ul>` : nothing}
      </div>
    </section>`;
  }

  private renderDepartment(r: ImportResult) {
    const d = r.data.department;
    return html`<fieldset @change=${this.onField}>
      <legend>部门信息（工作簿中没有的部分）${r.missing.length ? html`：请填写 ${r.missing.join('、')}` : nothing}</legend>
      <label class="field">部门名称<input name="name" .value=${this.department.name ?? ''} placeholder=${d.name} autocomplete="organization"></label>
      <label class="field">地区<input name="region" .value=${this.department.region ?? ''} placeholder="重庆市某某区"></label>
      <label class="field">年度<input name="fiscalYear" type="number" inputmode="numeric" .value=${this.department.fiscalYear ? String(this.department.fiscalYear) : ''} placeholder=${String(d.fiscalYear)}></label>
      <label class="field">类型<select name="kind" .value=${this.department.kind ?? d.kind}><option value="budget">部门预算</option><option value="final">部门决算</option></select></label>
      <label class="field">金额单位<select name="unit" .value=${this.department.unit ?? d.unit}><option>万元</option><option>元</option><option>亿元</option></select></label>
    </fieldset>`;
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    this.over = false;
    if (e.dataTransfer?.files.length) void this.readFiles(e.dataTransfer.files);
    this.requestUpdate();
  }

  override render() {
    const r = this.result;
    return html`
      <label class="drop ${this.over ? 'over' : ''}" @dragover=${(e: DragEvent) => { e.preventDefault(); this.over = true; this.requestUpdate(); }} @dragleave=${() => { this.over = false; this.requestUpdate(); }} @drop=${this.onDrop}>
        把预算管理系统导出的工作簿拖到这里，或选择文件（.xls、.xlsx、.et、.ods、.csv，可多选）。文件只在本机处理，不会上传。<br>
        <input type="file" multiple accept=".xls,.xlsx,.et,.ods,.csv" @change=${(e: Event) => { const files = (e.target as HTMLInputElement).files; if (files?.length) void this.readFiles(files); }}>
      </label>
      ${this.failure ? html`<p class="alert" role="alert">${this.failure}</p>` : nothing}
      ${r ? html`
        ${this.renderDepartment(r)}
        <p>
          <button type="button" @click=${() => this.download('budget-data.json', `${JSON.stringify(r.data, null, 2)}\n`, 'application/json')}>下载数据文件（JSON）</button>
          <button type="button" @click=${() => this.download('import-report.txt', this.reportText(), 'text/plain;charset=utf-8')}>下载导入报告</button>
        </p>
        ${this.renderFindings(r)}
        ${Object.entries(r.data.tables).map(([kind, table]) => html`<section aria-label=${`${table.title}（${kind}）`}>
          <h2>${table.attachment ? `附件 ${table.attachment} ` : ''}${table.title} <small>（${kind}）</small></h2>
          <div class="pair">
            ${table.rows.length <= LARGE_TABLE || this.drawn.has(kind)
              ? html`<budget-table .data=${r.data} kind=${kind} no-footer></budget-table>`
              : html`<div class="large">
                  <p>此表有 ${table.rows.length.toLocaleString('zh-CN')} 行，已全部导入数据文件，上方的报告和检查已包括每一行。逐行绘制会使页面停顿数秒，因此默认不绘制。</p>
                  <button type="button" @click=${() => { this.drawn.add(kind); this.requestUpdate(); }}>绘制此表（${table.rows.length.toLocaleString('zh-CN')} 行）</button>
                </div>`}
            ${r.sources[kind] ? this.renderSource(r.sources[kind]!, table.title) : nothing}
          </div>
        </section>`)}
        ${r.data.projects?.length ? html`<h2>项目绩效目标</h2><project-table .data=${r.data} no-footer></project-table>` : nothing}
      ` : nothing}
    `;
  }
}

customElements.define('budget-import-page', BudgetImportPage);

declare global {
  interface HTMLElementTagNameMap {
    'budget-import-page': BudgetImportPage;
  }
}
