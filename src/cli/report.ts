/**
 * The validation report, pure: results in, text (or a JSON object) out. No I/O here, so tests
 * and a future `render` command can reuse it.
 */
import { RULES, SEVERITIES, type Finding, type Severity, type Summary } from '../model/checks/index.js';
import type { Problem } from '../model/validate.js';
import type { JsonSyntaxError } from '../model/json-syntax.js';
import { terminalLine } from './terminal-text.js';

export type Lang = 'zh' | 'en';

/** What validating one file found. */
export type FileResult =
  /**
   * The file could not be read, is not UTF-8 text (`reason`; `line` of the first invalid byte,
   * `encoding` when recognised), or is not JSON: exit status 2.
   */
  | { file: string; status: 'unreadable'; error: { zh: string; en: string }; syntax?: JsonSyntaxError; reason?: 'encoding' | 'compressed'; encoding?: string; line?: number }
  /** JSON, but not the data format: the consistency checks cannot run. */
  | { file: string; status: 'invalid'; problems: Problem[] }
  /** Valid: the consistency findings. */
  | { file: string; status: 'checked'; findings: Finding[]; summary: Summary }
  /** The kit failed while checking the file (a fault of budget-kit, not of the file): exit status 3. */
  | { file: string; status: 'internal-error'; error: { zh: string; en: string } };

/** Exit status for a set of results: 3 a fault of the kit > 2 unreadable > 1 errors > 0. */
export function exitCode(results: readonly FileResult[]): 0 | 1 | 2 | 3 {
  if (results.some((r) => r.status === 'internal-error')) return 3;
  if (results.some((r) => r.status === 'unreadable')) return 2;
  if (results.some((r) => r.status === 'invalid' || (r.status === 'checked' && r.summary.hasErrors))) return 1;
  return 0;
}

const SEVERITY_WORDS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'Errors' },
  warning: { zh: '警告', en: 'Warnings' },
  rounding: { zh: '尾差（四舍五入）', en: 'Rounding notes' },
  info: { zh: '提示', en: 'Information' },
};

const COUNT_WORDS: Record<Severity, { zh: string; en: [string, string] }> = {
  error: { zh: '个错误', en: ['error', 'errors'] },
  warning: { zh: '个警告', en: ['warning', 'warnings'] },
  rounding: { zh: '个尾差', en: ['rounding note', 'rounding notes'] },
  info: { zh: '个提示', en: ['info', 'info'] },
};

const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

function countsLine(s: Summary, lang: Lang): string {
  return lang === 'zh'
    ? SEVERITIES.map((sev) => `${s.counts[sev]} ${COUNT_WORDS[sev].zh}`).join('，')
    : SEVERITIES.map((sev) => plural(s.counts[sev], COUNT_WORDS[sev].en)).join(', ');
}

/** The report for one file as lines of text. */
export function formatFile(r: FileResult, lang: Lang): string[] {
  const out = [r.file];
  if (r.status === 'internal-error') {
    out.push(`  ${r.error[lang]}`);
    return out;
  }
  if (r.status === 'unreadable') {
    const at = r.syntax ? (lang === 'zh' ? `（第 ${r.syntax.line} 行第 ${r.syntax.column} 列）` : ` (line ${r.syntax.line}, column ${r.syntax.column})`) : '';
    // A syntax error gets its place; other errors already say what failed ("无法读取文件：…").
    out.push(r.syntax ? `  ${lang === 'zh' ? '无法读取' : 'Cannot read'}${at}: ${r.error[lang]}` : `  ${r.error[lang]}`);
    return out;
  }
  if (r.status === 'invalid') {
    out.push(lang === 'zh' ? `  数据格式：${r.problems.length} 个问题（修正后才能进行一致性检查）` : `  Data format: ${plural(r.problems.length, ['problem', 'problems'])} (fix them to run the consistency checks)`);
    for (const p of r.problems) out.push(`    ${p.path}: ${p.message[lang]}`);
    out.push(lang === 'zh' ? `  合计：${r.problems.length} 个格式问题` : `  Total: ${plural(r.problems.length, ['format problem', 'format problems'])}`);
    return out;
  }
  out.push(lang === 'zh' ? '  数据格式：通过' : '  Data format: valid');
  out.push(lang === 'zh' ? '  一致性检查（勾稽关系）：' : '  Consistency checks:');
  if (!r.findings.length) out.push(lang === 'zh' ? '    全部通过。' : '    All passed.');
  for (const sev of SEVERITIES) {
    const ofSeverity = r.findings.filter((f) => f.severity === sev);
    if (!ofSeverity.length) continue;
    out.push(`  ${SEVERITY_WORDS[sev][lang]} (${ofSeverity.length})`);
    for (const rule of Object.keys(RULES) as (keyof typeof RULES)[]) {
      const ofRule = ofSeverity.filter((f) => f.rule === rule);
      if (!ofRule.length) continue;
      out.push(`    ${rule} ${RULES[rule].slug} — ${RULES[rule][lang]}`);
      for (const f of ofRule) out.push(`      · ${f.message[lang]}`);
    }
  }
  out.push(`  ${lang === 'zh' ? '合计' : 'Total'}: ${countsLine(r.summary, lang)}`);
  return out;
}

/**
 * The whole text report, files separated by a blank line, with a closing line for several files.
 * Every line is made safe for a terminal: control characters from the data (file names, keys,
 * row names) are printed as `\u001b`-style escapes, never raw.
 */
export function formatText(results: readonly FileResult[], lang: Lang): string {
  const blocks = results.map((r) => formatFile(r, lang).map(terminalLine).join('\n'));
  if (results.length > 1) {
    const bad = results.filter((r) => r.status !== 'checked' || r.summary.hasErrors).length;
    blocks.push(lang === 'zh' ? `${results.length} 个文件，${bad} 个有错误。` : `${results.length} files, ${bad} with errors.`);
  }
  return blocks.join('\n\n') + '\n';
}

/**
 * The machine-readable report (`--json`): stable keys, both languages of every message. The shape
 * (README, “validate --json”): { report, version: 1, status, exitCode, files[] } with status
 * "checked" here, "usage-error" or "internal-error" from failureJson().
 */
export function toJson(results: readonly FileResult[]): object {
  return {
    report: 'budget-kit validate',
    version: 1,
    status: 'checked',
    exitCode: exitCode(results),
    files: results.map((r) =>
      r.status === 'checked'
        ? { file: r.file, status: r.status, ok: !r.summary.hasErrors, summary: r.summary, problems: [], findings: r.findings }
        : r.status === 'invalid'
          ? { file: r.file, status: r.status, ok: false, problems: r.problems, findings: [] }
          : r.status === 'internal-error'
            ? { file: r.file, status: r.status, ok: false, error: r.error }
            : {
                file: r.file,
                status: r.status,
                ok: false,
                error: r.error,
                ...(r.syntax ? { line: r.syntax.line, column: r.syntax.column } : {}),
                ...(r.reason ? { reason: r.reason, line: r.line, ...(r.encoding ? { encoding: r.encoding } : {}) } : {}),
              },
    ),
  };
}

/**
 * The `--json` document when no file was checked: the command line was wrong ("usage-error", exit
 * 2) or the kit failed ("internal-error", exit 3). Same keys as toJson, `files` empty, `error` in
 * both languages — a script reading stdout always gets one parseable document.
 */
export function failureJson(command: string | undefined, status: 'usage-error' | 'internal-error', error: { zh: string; en: string }): object {
  return { report: `budget-kit${command ? ` ${command}` : ''}`, version: 1, status, exitCode: status === 'usage-error' ? 2 : 3, error, files: [] };
}
