/**
 * `budget-kit` dispatch: parse argv, print help or run a command, map failures to exit codes.
 * Commands live in COMMANDS; a new one (e.g. `render`, issue 4) is one more entry.
 */
import { GLOBAL_OPTIONS, langOf, parseArgs, UsageError, type OptionSpec, type Parsed } from './args.js';
import type { Command, Io } from './types.js';
import { failureJson } from './report.js';
import { terminalText } from './terminal-text.js';
import { renderCommand } from './render-command.js';
import { validateCommand } from './validate-command.js';
import { importCommand } from './import-command.js';

export const COMMANDS: Readonly<Record<string, Command>> = { validate: validateCommand, render: renderCommand, import: importCommand };

function optionLines(options: readonly OptionSpec[], lang: 'zh' | 'en'): string[] {
  const names = options.map((o) => `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`);
  // One column for the descriptions, wide enough for the longest option and two spaces
  // (`--department-json FILE` ran into its description at a fixed 22).
  const width = Math.max(22, ...names.map((n) => n.length + 2));
  return options.map((o, i) => `  ${names[i]!.padEnd(width)}${o.help[lang]}`);
}

/** `budget-kit --help`, or `budget-kit COMMAND --help` for one command. */
export function helpText(lang: 'zh' | 'en', command?: Command): string {
  const zh = lang === 'zh';
  // render's own case of 1 (asked for what the file lacks) is told where render is described.
  const render = !command || command.name === 'render';
  const exit = zh
    ? ['退出状态：', '  0  没有错误（可以有警告、尾差和提示）', `  1  有文件存在数据格式问题或一致性错误${render ? '；render：文件中没有所要的表、项目或单位' : ''}`, `  2  有文件无法读取、不是 UTF-8 或不是有效的 JSON，或命令用法错误${render ? '（如 render 缺少或写错 --widget，budget-table 缺少 --kind）' : ''}`, '  3  budget-kit 自身出错（请报告）']
    : ['Exit status:', '  0  no errors (warnings, rounding notes and info allowed)', `  1  a file has data-format problems or consistency errors${render ? '; render: the file has no such table, project or unit' : ''}`, `  2  a file cannot be read, is not UTF-8 or is not valid JSON, or the command line is wrong${render ? ' (e.g. render with a missing or unknown --widget, budget-table without --kind)' : ''}`, '  3  a fault of budget-kit itself (please report it)'];
  if (command) {
    return [`${zh ? '用法' : 'Usage'}: ${command.usage}`, '', command.summary[lang], '', `${zh ? '选项' : 'Options'}:`, ...optionLines([...command.options, ...GLOBAL_OPTIONS], lang), '', ...exit, ''].join('\n');
  }
  return [
    zh ? 'budget-kit — 部门预算公开数据文件工具' : 'budget-kit — tools for budget disclosure data files (部门预算公开)',
    '',
    `${zh ? '用法' : 'Usage'}:`,
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
    '  budget-kit [COMMAND] --help',
    '',
    `${zh ? '命令' : 'Commands'}:`,
    ...Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(12)}${c.summary[lang]}`),
    '',
    `${zh ? '选项' : 'Options'}:`,
    ...optionLines([...new Map(Object.values(COMMANDS).flatMap((c) => c.options).map((o) => [o.name, o])).values(), ...GLOBAL_OPTIONS], lang),
    '',
    ...exit,
    '',
    zh ? '示例：budget-kit validate data/tongnan-cac-2023.json --lang en' : 'Example: budget-kit validate data/tongnan-cac-2023.json --lang en',
    `${zh ? '      ' : '         '}budget-kit render data/tongnan-cac-2023.json --widget budget-table --kind gpb-expenditure`,
    '',
  ].join('\n');
}

/** The options part of argv (before `--`, after which every word is a file name). */
const optionWords = (argv: readonly string[]) => (argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv);

/**
 * Runs the CLI and returns the exit status; never calls process.exit. With `--json`, stdout always
 * gets one JSON document, even when the command line is wrong (status "usage-error", exit 2) or the
 * kit fails (status "internal-error", exit 3); the words for people still go to stderr.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  // Found by hand: the parse may fail, and the answer must still be JSON, in the language asked for.
  const words = optionWords(argv);
  const json = words.includes('--json');
  const commandName = words.find((a) => Object.hasOwn(COMMANDS, a));
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv, Object.fromEntries(Object.entries(COMMANDS).map(([k, c]) => [k, c.options])));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const lang = words.some((a, i) => a === '--lang=en' || (a === '--lang' && words[i + 1] === 'en')) ? 'en' : 'zh';
    if (json) io.stdout(`${terminalText(JSON.stringify(failureJson(commandName, 'usage-error', e.words), null, 2))}\n`);
    io.stderr(`budget-kit: ${e.words[lang]}\n${lang === 'zh' ? '运行 budget-kit --help 查看用法。' : 'Run budget-kit --help for usage.'}\n`);
    return 2;
  }
  const lang = langOf(parsed);
  const command = parsed.command ? COMMANDS[parsed.command] : undefined;
  if (parsed.options.help || !command) {
    (command || parsed.options.help ? io.stdout : io.stderr)(helpText(lang, command));
    return command || parsed.options.help ? 0 : 2;
  }
  try {
    return await command.run(parsed, io);
  } catch (e) {
    if (!(e instanceof UsageError)) {
      // A fault of the kit: budget-kit.ts words it on stderr (exit 3); a script reading --json gets its document.
      if (json) {
        const why = e instanceof Error ? e.message : String(e);
        const error = { zh: `budget-kit 意外出错（${why}）。这是 budget-kit 的缺陷，请报告。`, en: `budget-kit failed unexpectedly (${why}). This is a fault of budget-kit; please report it.` };
        io.stdout(`${terminalText(JSON.stringify(failureJson(command.name, 'internal-error', error), null, 2))}\n`);
      }
      throw e;
    }
    if (json) io.stdout(`${terminalText(JSON.stringify(failureJson(command.name, 'usage-error', e.words), null, 2))}\n`);
    io.stderr(`budget-kit ${command.name}: ${e.words[lang]}\n${lang === 'zh' ? `用法：${command.usage}` : `Usage: ${command.usage}`}\n`);
    return 2;
  }
}
