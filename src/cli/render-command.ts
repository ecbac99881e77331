/**
 * `budget-kit render FILE --widget NAME [...]`: prints the static-fallback snippet (issue 4, way 3),
 * the element's tag with a pre-rendered accessible table inside, for CMSs that strip scripts.
 * The data must pass validation first: a snippet of a broken file would publish broken figures.
 * Exit status as `validate`: 2 unreadable or a wrong command line (an unknown or missing --widget,
 * budget-table without --kind), 1 invalid data or a kind / project / unit the file does not have
 * (the message lists the valid ones), 0 with the snippet on stdout.
 */
import { basename, relative, sep } from 'node:path';
import { explainDisclosure } from '../model/validate.js';
import { runChecks } from '../model/checks/index.js';
import { runCrossChecks } from '../model/checks/cross-file.js';
import { DISPLAY_UNITS, elementTag, renderSnippet, StaticError, THEMES, WIDGET_NAMES } from '../static/index.js';
import { langOf, type OptionSpec, type Parsed, UsageError } from './args.js';
import { formatFile, type FileResult } from './report.js';
import { terminalLine, terminalText } from './terminal-text.js';
import type { Command, Io } from './types.js';
import type { BudgetDisclosure } from '../model/schema.js';
import { checkText, decodeFile } from './validate-command.js';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'widget', type: 'string', value: 'NAME', help: { zh: `render：组件（${WIDGET_NAMES.join('、')}）`, en: `render: the widget (${WIDGET_NAMES.join(', ')})` } },
  { name: 'kind', type: 'string', value: 'KIND', help: { zh: 'render：budget-table 显示的表（如 gpb-expenditure）', en: 'render: the table budget-table shows (e.g. gpb-expenditure)' } },
  { name: 'project', type: 'string', value: 'P', help: { zh: 'render：kpi-card 显示的项目（编码或名称；默认部门整体目标）', en: 'render: the project kpi-card shows (code or name; default: overall targets)' } },
  { name: 'unit', type: 'string', value: 'U', help: { zh: 'render：sangong-chart 显示的单位（编码或名称；默认合计）', en: 'render: the unit sangong-chart shows (code or name; default: the total)' } },
  { name: 'src', type: 'string', value: 'URL', help: { zh: 'render：数据文件在网站上的地址（不给出时为 FILE 相对于当前目录的路径，并提示）', en: 'render: the data file’s address on the site (without it: FILE relative to the current directory, with a warning)' } },
  {
    name: 'budget',
    type: 'string',
    value: 'FILE',
    help: { zh: 'render：budget-execution 合并的当年预算文件（静态表按它给出年初预算，与组件一致）', en: 'render: the year’s budget file budget-execution joins (the static table takes 年初预算 from it, as the element does)' },
  },
  { name: 'budget-src', type: 'string', value: 'URL', help: { zh: 'render：预算文件在网站上的地址（标签的 budget-src；不给出时为 --budget 的相对路径，并提示）', en: 'render: the budget file’s address on the site (the tag’s budget-src; without it: the --budget path, with a warning)' } },
  { name: 'theme', type: 'string', choices: THEMES, value: 'THEME', help: { zh: `render：主题（${THEMES.join('、')}）`, en: `render: theme preset (${THEMES.join(', ')})` } },
  {
    name: 'display-unit',
    type: 'string',
    choices: DISPLAY_UNITS,
    value: 'U',
    help: { zh: `render：金额显示单位（${DISPLAY_UNITS.join('、')}；默认按公开的单位），表格按此换算`, en: `render: show amounts in ${DISPLAY_UNITS.join(', ')} (default: as published), converted in the table too` },
  },
];

const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

export const renderCommand: Command = {
  name: 'render',
  usage: 'budget-kit render FILE --widget NAME [--kind K] [--project P] [--unit U] [--budget FILE --budget-src URL] [--src URL] [--theme T] [--display-unit 元|万元|亿元] [--lang zh|en]',
  summary: {
    zh: '生成静态备用 HTML：组件标签内含预先生成的无障碍表格（脚本被过滤时读者仍可看到）',
    en: 'Print the static fallback: the widget’s tag with a pre-rendered accessible table inside (kept where scripts are stripped)',
  },
  options: OPTIONS,
  async run(args: Parsed, io: Io): Promise<number> {
    const lang = langOf(args);
    if (args.positionals.length !== 1) throw new UsageError({ zh: '请给出一个数据文件。', en: 'Give one data file.' });
    const widget = str(args.options.widget);
    if (!widget) throw new UsageError({ zh: `请用 --widget 指定组件：${WIDGET_NAMES.join('、')}。`, en: `Choose the widget with --widget: ${WIDGET_NAMES.join(', ')}.` });
    try {
      // An unknown widget is a wrong command line, whatever the file holds; elementTag words it.
      elementTag({ widget, src: '' });
    } catch (e) {
      if (e instanceof StaticError) throw new UsageError(e.words);
      throw e;
    }
    const file = args.positionals[0]!;
    const data = await readDisclosure(file, io, lang);
    if (typeof data === 'number') return data;
    const budgetFile = str(args.options.budget);
    let budgetSrc = str(args.options['budget-src']);
    if ((budgetFile || budgetSrc) && widget !== 'budget-execution') {
      throw new UsageError({ zh: '--budget 和 --budget-src 只用于 --widget budget-execution。', en: '--budget and --budget-src are for --widget budget-execution only.' });
    }
    let budget: BudgetDisclosure | undefined;
    if (budgetFile) {
      const read = await readDisclosure(budgetFile, io, lang, '--budget');
      if (typeof read === 'number') return read;
      budget = read;
      if (budgetSrc === undefined) {
        budgetSrc = relative(process.cwd(), budgetFile).split(sep).join('/') || budgetFile;
        io.stderr(
          `${terminalText(
            lang === 'zh'
              ? `budget-kit render：未给出 --budget-src，标签的 budget-src 写的是本地路径“${budgetSrc}”，网页上无法用它读取预算文件。请加上它在网站上的地址，如 --budget-src /budget/${basename(budgetFile)}。`
              : `budget-kit render: no --budget-src, so the tag's budget-src is the local path “${budgetSrc}”, which a web page cannot load. Add the budget file's address on the site, e.g. --budget-src /budget/${basename(budgetFile)}.`,
          )}\n`,
        );
      }
    }
    const kind = str(args.options.kind);
    // Without --src the tag points at the local file: never by its absolute path (it names the
    // editor's folders, e.g. C:\Users\张三\…, and no page can load it), but relative to the current
    // directory, with a warning. Not refused: the table inside is right either way, and scripts
    // that relied on the default keep working; the warning says what to add.
    let src = str(args.options.src);
    if (src === undefined) {
      src = relative(process.cwd(), file).split(sep).join('/') || file;
      const example = `/budget/${basename(file)}`;
      io.stderr(
        `${terminalText(
          lang === 'zh'
            ? `budget-kit render：未给出 --src，标签的 src 写的是本地路径“${src}”（相对于当前目录），网页上无法用它读取数据。请加上数据文件在网站上的地址，如 --src ${example}。`
            : `budget-kit render: no --src, so the tag's src is the local path “${src}” (relative to the current directory), which a web page cannot load. Add the file's address on the site, e.g. --src ${example}.`,
        )}\n`,
      );
    }
    try {
      // Control characters from the data would act on a terminal (and are not valid in HTML text).
      io.stdout(
        terminalText(renderSnippet(data, {
          widget,
          kind,
          project: str(args.options.project),
          unit: str(args.options.unit),
          lang,
          src,
          theme: str(args.options.theme),
          displayUnit: str(args.options['display-unit']),
          ...(budget ? { budget } : {}),
          ...(budgetSrc ? { 'budget-src': budgetSrc } : {}),
        })),
      );
    } catch (e) {
      if (!(e instanceof StaticError)) throw e;
      // budget-table needs --kind: leaving it out is a usage error, though the words (which list
      // the file's tables) can only be made once the data is read.
      if (widget === 'budget-table' && !kind) throw new UsageError(e.words);
      io.stderr(`budget-kit render: ${terminalText(e.words[lang])}\n`);
      return 1;
    }
    inconsistencyNote(file, data, budget, io, lang);
    return 0;
  },
};

/**
 * The table is rendered as published, whatever its figures; but an editor about to publish a file
 * whose tables do not add up should hear it here, not only from `validate` (a new user's review:
 * render said nothing). One line on stderr, the exit status unchanged: checks report, they never
 * stop what was published from being shown.
 */
function inconsistencyNote(file: string, data: BudgetDisclosure, budget: BudgetDisclosure | undefined, io: Io, lang: 'zh' | 'en'): void {
  const findings = [...runChecks(data), ...(budget && data.department.kind === 'final' ? runCrossChecks(data, budget) : [])];
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (!errors) return;
  io.stderr(
    `${terminalText(
      lang === 'zh'
        ? `budget-kit render：${file} 有 ${errors} 个一致性错误（表与表、行与合计的数字对不上）。静态表按原文显示；发布前请运行 budget-kit validate ${file} 查看。`
        : `budget-kit render: ${file} has ${errors} consistency error${errors === 1 ? '' : 's'} (figures that should agree between tables or with their totals do not). The static table shows them as published; run budget-kit validate ${file} before publishing.`,
    )}\n`,
  );
}

/**
 * FILE (or the budget file of `--budget`, `option` then names it), read and checked as `validate`
 * words it: the data, or the exit status after the problem is printed (2 unreadable, 1 not in the
 * format). Encoding, syntax and format problems only: the consistency checks do not run, since
 * published figures are shown as published, findings or not.
 */
async function readDisclosure(file: string, io: Io, lang: 'zh' | 'en', option = ''): Promise<BudgetDisclosure | number> {
  let text: string | FileResult;
  try {
    text = decodeFile(file, await io.readFile(file));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? { zh: '文件不存在', en: 'no such file' } : code === 'EISDIR' ? { zh: '这是一个目录', en: 'it is a directory' } : { zh: String(code ?? e), en: String(code ?? e) };
    io.stderr(`${terminalText(lang === 'zh' ? `无法读取${option ? ` ${option} ` : ''}文件：${why.zh}（${file}）。` : `Cannot read the ${option ? `${option} ` : ''}file: ${why.en} (${file}).`)}\n`);
    return 2;
  }
  if (typeof text !== 'string') {
    io.stderr(`${terminalText(formatFile(text, lang).join('\n'))}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    io.stderr(`${formatFile(checkText(file, text), lang).map(terminalLine).join('\n')}\n`);
    return 2;
  }
  const v = explainDisclosure(json);
  if (!v.ok) {
    io.stderr(`${formatFile({ file, status: 'invalid', problems: v.problems }, lang).map(terminalLine).join('\n')}\n`);
    return 1;
  }
  return v.data;
}
