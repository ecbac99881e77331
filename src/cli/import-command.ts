/**
 * `budget-kit import WORKBOOK... [--out FILE] [--department-json FILE] [--json]`: reads Excel/WPS
 * workbooks (.xls, .xlsx, .et, .ods) or CSV files, writes a data file of the format, then runs
 * `validate` on it. The import report (what could not be mapped, with `sheet!cell` places) and the
 * validation findings go to stderr when the data goes to stdout, else to stdout. Exit status as
 * validate's: 0 no errors, 1 errors (in the import or the checks), 2 a file cannot be read.
 */
import { importSheets, type DepartmentInput } from '../import/assemble.js';
import { FindingList, type ImportFinding } from '../import/findings.js';
import type { Sheet } from '../import/grid.js';
import { readWorkbook, WorkbookError } from '../import/workbook.js';
import { langOf, type OptionSpec, type Parsed, UsageError } from './args.js';
import { exitCode, formatText, toJson, type FileResult, type Lang } from './report.js';
import { terminalLine, terminalText } from './terminal-text.js';
import type { Command, Io } from './types.js';
import { checkText } from './validate-command.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'out', short: 'o', type: 'string', value: 'FILE', help: { zh: '写入数据文件（默认输出到标准输出）', en: 'Write the data file here (default: standard output)' } },
  { name: 'department-json', type: 'string', value: 'FILE', help: { zh: '部门信息（name、region、fiscalYear…）的 JSON 文件，或已有的数据文件', en: 'A JSON file with the department fields (name, region, fiscalYear…), or an existing data file' } },
  { name: 'json', type: 'boolean', help: { zh: '输出机器可读的 JSON 报告', en: 'Print a machine-readable JSON report' } },
];

const SEVERITY: Record<ImportFinding['severity'], { zh: string; en: string }> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

/** The import report as text lines. */
export function formatImport(findings: readonly ImportFinding[], lang: Lang): string {
  if (!findings.length) return lang === 'zh' ? '导入：全部表格均已识别，没有需要处理的单元格。\n' : 'Import: every table recognised, no cell left to look at.\n';
  const lines = [lang === 'zh' ? `导入报告（${findings.length} 条）：` : `Import report (${findings.length}):`];
  for (const f of findings) lines.push(terminalLine(`  [${SEVERITY[f.severity][lang]}] ${f.where ? `${f.where}: ` : ''}${f[lang]}`));
  return `${lines.join('\n')}\n`;
}

/** Department fields from --department-json: a bare object of fields, `{ department }`, or a data file (its narrative is kept too). */
function departmentFrom(text: string, file: string): { department: DepartmentInput; narrative?: unknown } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError({ zh: `--department-json 的文件 ${file} 不是有效的 JSON。`, en: `The --department-json file ${file} is not valid JSON.` });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new UsageError({ zh: `--department-json 的文件 ${file} 应是一个 JSON 对象，如 {"name": "…", "region": "…", "fiscalYear": 2024}。`, en: `The --department-json file ${file} must hold a JSON object, e.g. {"name": "…", "region": "…", "fiscalYear": 2024}.` });
  const o = json as Record<string, unknown>;
  const dept = Object.prototype.hasOwnProperty.call(o, 'department') && o['department'] && typeof o['department'] === 'object' ? (o['department'] as Record<string, unknown>) : o;
  // Only the format's department fields, copied by name: nothing the file names reaches a prototype.
  const FIELDS = ['name', 'shortName', 'code', 'region', 'fiscalYear', 'comparisonYear', 'kind', 'unit', 'published', 'contact', 'source', 'organisation'] as const;
  const department: Record<string, unknown> = {};
  for (const k of FIELDS) if (Object.prototype.hasOwnProperty.call(dept, k)) department[k] = dept[k];
  const narrative = dept !== o && Object.prototype.hasOwnProperty.call(o, 'narrative') ? o['narrative'] : undefined;
  return { department: department as DepartmentInput, ...(narrative ? { narrative } : {}) };
}

const notReadable = (file: string, e: unknown): { zh: string; en: string } => {
  const code = (e as { code?: string }).code;
  const why = code === 'ENOENT' ? { zh: '文件不存在', en: 'no such file' } : code === 'EISDIR' ? { zh: '这是一个目录', en: 'it is a directory' } : code === 'EACCES' ? { zh: '没有读取权限', en: 'permission denied' } : { zh: String(code ?? e), en: String(code ?? e) };
  return { zh: `无法读取文件：${why.zh}（${file}）。`, en: `Cannot read the file: ${why.en} (${file}).` };
};

export const importCommand: Command = {
  name: 'import',
  usage: 'budget-kit import WORKBOOK... [--out FILE] [--department-json FILE] [--json] [--lang zh|en]',
  summary: {
    zh: '从 Excel/WPS 工作簿（.xls、.xlsx、.et、.ods、.csv）生成数据文件，并做校验',
    en: 'Make a data file from Excel/WPS workbooks (.xls, .xlsx, .et, .ods, .csv), then validate it',
  },
  options: OPTIONS,
  async run(args: Parsed, io: Io): Promise<number> {
    if (!args.positionals.length) throw new UsageError({ zh: '请至少给出一个工作簿文件。', en: 'Give at least one workbook file.' });
    const lang = langOf(args);
    const json = args.options.json === true;
    const out = typeof args.options.out === 'string' ? args.options.out : undefined;
    let given: { department: DepartmentInput; narrative?: unknown } = { department: {} };
    const deptFile = args.options['department-json'];
    if (typeof deptFile === 'string') {
      let raw: string | Uint8Array;
      try {
        raw = await io.readFile(deptFile);
      } catch (e) {
        throw new UsageError(notReadable(deptFile, e));
      }
      given = departmentFrom(typeof raw === 'string' ? raw : new TextDecoder().decode(raw), deptFile);
    }
    const findings = new FindingList();
    const sheets: Sheet[] = [];
    const unreadable: FileResult[] = [];
    for (const file of args.positionals) {
      try {
        const raw = await io.readFile(file);
        sheets.push(...readWorkbook(file, typeof raw === 'string' ? new TextEncoder().encode(raw) : raw, findings));
      } catch (e) {
        unreadable.push({ file, status: 'unreadable', error: e instanceof WorkbookError ? e.words : notReadable(file, e) });
      }
    }
    if (unreadable.length) {
      if (json) io.stdout(`${terminalText(JSON.stringify({ report: 'budget-kit import', version: 1, status: 'unreadable', exitCode: 2, import: [], validation: toJson(unreadable) }, null, 2))}\n`);
      io.stderr(formatText(unreadable, lang));
      return 2;
    }
    const result = importSheets(sheets, given.department, findings.items);
    const data = given.narrative ? { ...result.data, narrative: given.narrative } : result.data;
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const name = out ?? (lang === 'zh' ? '（导入结果）' : '(imported data)');
    const checked = checkText(name, text);
    if (out) {
      if (!io.writeFile) throw new Error('no writeFile in this Io');
      await io.writeFile(out, text);
    }
    const importErrors = result.findings.some((f) => f.severity === 'error');
    const code = Math.max(exitCode([checked]), importErrors ? 1 : 0);
    if (json) {
      const doc = { report: 'budget-kit import', version: 1, status: 'imported', exitCode: code, ...(out ? { out } : { data }), import: result.findings, missing: result.missing, validation: toJson([checked]) };
      io.stdout(`${terminalText(JSON.stringify(doc, null, 2))}\n`);
    } else {
      if (!out) io.stdout(text);
      const report = `${formatImport(result.findings, lang)}\n${formatText([checked], lang)}`;
      (out ? io.stdout : io.stderr)(out ? `${lang === 'zh' ? '已写入' : 'Wrote'} ${terminalLine(out)}\n${report}` : report);
    }
    return code;
  },
};
