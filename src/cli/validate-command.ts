/**
 * `budget-kit validate FILE...`: parse, validate against the format, run the consistency checks.
 * `checkText` is pure (text in, result out); the command adds file reading and printing.
 */
import { runChecks, summarise } from '../model/checks/index.js';
import { runCrossChecks } from '../model/checks/cross-file.js';
import type { BudgetDisclosure } from '../model/schema.js';
import { explainDisclosure } from '../model/validate.js';
import { langOf, type OptionSpec, type Parsed, UsageError } from './args.js';
import { locateJsonError } from '../model/json-syntax.js';
import { notJson, NOT_JSON_FILE } from '../model/not-json.js';
import { exitCode, formatText, toJson, type FileResult } from './report.js';
import { terminalText } from './terminal-text.js';
import type { Command, Io } from './types.js';
import { notUtf8 } from '../model/encoding.js';
import { FAILURE_ZH } from '../elements/shared/failure-words.js';
import { EN } from '../elements/i18n/en.js';

/**
 * The text of a file read as bytes, or the result saying why it is not UTF-8 text (gzip, GBK,
 * UTF-16, invalid bytes), in the widget's words: never a lossy decoding that turns a GBK file into
 * 56 format problems or an invalid byte in a name into a silent U+FFFD. A string is taken as text.
 */
export function decodeFile(file: string, raw: string | Uint8Array): string | FileResult {
  if (typeof raw === 'string') return raw;
  const why = notUtf8(raw);
  if (!why) return new TextDecoder().decode(raw);
  const en = EN.failure;
  const error =
    why.kind === 'compressed'
      ? { zh: FAILURE_ZH.gzipFile, en: en.gzipFile }
      : why.encoding
        ? { zh: FAILURE_ZH.encoding(why.encoding), en: en.encoding(why.encoding) }
        : { zh: FAILURE_ZH.invalidUtf8(why.line), en: en.invalidUtf8(why.line) };
  return { file, status: 'unreadable', error, reason: why.kind === 'compressed' ? 'compressed' : 'encoding', ...(why.kind === 'encoding' ? { line: why.line, ...(why.encoding ? { encoding: why.encoding } : {}) } : {}) };
}

/**
 * Validates and checks the text of one file. With `budget` (the year's 预算 file, already
 * validated), a 决算 is also checked against it (rule 30, cross-file.ts); a budget file given
 * with `--budget` is only validated, being the other side of the join.
 */
export function checkText(file: string, text: string, budget?: BudgetDisclosure): FileResult {
  const result = checkTextOnly(file, text);
  if (!budget || result.status !== 'checked' || result.data?.department.kind !== 'final') return withoutData(result);
  const findings = [...result.findings, ...runCrossChecks(result.data, budget)];
  return withoutData({ ...result, findings, summary: summarise(findings) });
}

/** The result as reported: the parsed data is for the cross-file join only. */
function withoutData(r: FileResult & { data?: BudgetDisclosure }): FileResult {
  if (!('data' in r)) return r;
  const { data: _data, ...rest } = r;
  return rest;
}

function checkTextOnly(file: string, text: string): FileResult & { data?: BudgetDisclosure } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    const syntax = locateJsonError(text);
    // Empty, or a web page: said as such (the widget does too), still with the place.
    const not = notJson(text);
    return {
      file,
      status: 'unreadable',
      error: not
        ? NOT_JSON_FILE[not]
        : syntax
          ? { zh: `不是有效的 JSON：${syntax.message.zh}。`, en: `Not valid JSON: ${syntax.message.en}.` }
          : { zh: '不是有效的 JSON。', en: 'Not valid JSON.' },
      ...(syntax ? { syntax } : {}),
    };
  }
  const v = explainDisclosure(json);
  if (!v.ok) return { file, status: 'invalid', problems: v.problems };
  const findings = runChecks(v.data);
  return { file, status: 'checked', findings, summary: summarise(findings), data: v.data };
}

/**
 * Decoding and checkText, with a fault of this kit turned into a result for the file (status
 * "internal-error", exit 3: not the file's fault): the other files are still reported, and people
 * see a plain sentence rather than a stack trace.
 */
function checkBytesSafely(file: string, raw: string | Uint8Array, budget?: BudgetDisclosure): FileResult {
  try {
    const text = decodeFile(file, raw);
    return typeof text === 'string' ? checkText(file, text, budget) : text;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      file,
      status: 'internal-error',
      error: {
        zh: `检查此文件时本工具出错（${why}）。这是 budget-kit 的缺陷，请连同该文件报告。`,
        en: `budget-kit failed while checking this file (${why}). This is a fault of the kit; please report it with the file.`,
      },
    };
  }
}

const OPTIONS: readonly OptionSpec[] = [
  { name: 'json', type: 'boolean', help: { zh: '输出机器可读的 JSON 报告', en: 'Print a machine-readable JSON report' } },
  {
    name: 'budget',
    type: 'string',
    value: 'FILE',
    help: {
      zh: '同一部门同一年度的预算文件：决算文件按功能分类编码与之对照（两者所列同一数字不一致时报告）',
      en: 'The budget file of the same department and year: final-accounts files are joined with it by function code (a figure both state differently is reported)',
    },
  },
];

/** Reads a file for the checks, or the result saying why it cannot be read. */
async function readForCheck(file: string, io: Io): Promise<string | Uint8Array | FileResult> {
  try {
    return await io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? { zh: '文件不存在', en: 'no such file' } : code === 'EISDIR' ? { zh: '这是一个目录', en: 'it is a directory' } : code === 'EACCES' ? { zh: '没有读取权限', en: 'permission denied' } : { zh: String(code ?? e), en: String(code ?? e) };
    return { file, status: 'unreadable', error: { zh: `无法读取文件：${why.zh}（${file}）。`, en: `Cannot read the file: ${why.en} (${file}).` } };
  }
}

/** The budget file of --budget: its parsed data when it passes the format, and its result for the report. */
async function loadBudget(file: string, io: Io): Promise<{ result: FileResult; data?: BudgetDisclosure }> {
  const raw = await readForCheck(file, io);
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array)) return { result: raw };
  try {
    const text = decodeFile(file, raw);
    if (typeof text !== 'string') return { result: text };
    const r = checkTextOnly(file, text);
    if (r.status === 'checked' && r.data?.department.kind !== 'budget') {
      return { result: { file, status: 'unreadable', error: { zh: `--budget 应为预算文件，但 ${file} 是决算文件（department.kind 为 final）。`, en: `--budget takes a budget file, but ${file} is final accounts (department.kind is final).` } } };
    }
    return { result: withoutData(r), ...(r.status === 'checked' ? { data: r.data } : {}) };
  } catch {
    return { result: checkBytesSafely(file, raw) };
  }
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'budget-kit validate FILE... [--budget BUDGETFILE] [--json] [--lang zh|en]',
  summary: {
    zh: '按数据格式（schema）校验文件，并做一致性检查（勾稽关系）',
    en: 'Check files against the data format (schema) and the consistency rules (勾稽关系)',
  },
  options: OPTIONS,
  async run(args: Parsed, io: Io): Promise<number> {
    if (!args.positionals.length) throw new UsageError({ zh: '请至少给出一个文件。', en: 'Give at least one file.' });
    const results: FileResult[] = [];
    const budgetFile = typeof args.options.budget === 'string' ? args.options.budget : undefined;
    // The budget side of the join is reported like any file (once, when it is also given as FILE and good).
    const budget = budgetFile === undefined ? undefined : await loadBudget(budgetFile, io);
    if (budget && (!budget.data || !args.positionals.includes(budgetFile!))) results.push(budget.result);
    for (const file of args.positionals) {
      const raw = await readForCheck(file, io);
      results.push(typeof raw === 'string' || raw instanceof Uint8Array ? checkBytesSafely(file, raw, budget?.data) : raw);
    }
    io.stdout(args.options.json ? `${terminalText(JSON.stringify(toJson(results), null, 2))}\n` : formatText(results, langOf(args)));
    return exitCode(results);
  },
};
