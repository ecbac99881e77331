/**
 * Argument parsing for `budget-kit`, pure: argv in, a command with its files and options out
 * (or a usage error). Each command declares its options, so adding `render` later is a table
 * entry, not new parsing code.
 */
import { terminalLine } from './terminal-text.js';

export interface OptionSpec {
  /** Long name without dashes, e.g. "json". */
  name: string;
  /** One-letter alias, e.g. "h". */
  short?: string;
  /** Boolean flags take no value; string options take the next word or `--name=value`. */
  type: 'boolean' | 'string';
  /** Allowed values of a string option. */
  choices?: readonly string[];
  /** Placeholder in help, e.g. "LANG". */
  value?: string;
  help: { zh: string; en: string };
}

export interface Parsed {
  /** The command word, or undefined for `budget-kit --help` / no arguments. */
  command: string | undefined;
  positionals: string[];
  options: Record<string, string | boolean>;
}

export class UsageError extends Error {
  constructor(readonly words: { zh: string; en: string }) {
    super(words.en);
  }
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', help: { zh: '显示帮助', en: 'Show help' } },
  { name: 'lang', type: 'string', choices: ['zh', 'en'], value: 'LANG', help: { zh: '输出语言：zh（默认）或 en', en: 'Language of the output: zh (default) or en' } },
];

/**
 * Parses argv (without node and the script). `specs` gives each command's own options.
 * Options may come before or after the files; `--` ends options.
 */
export function parseArgs(argv: readonly string[], specs: Readonly<Record<string, readonly OptionSpec[]>>): Parsed {
  const parsed: Parsed = { command: undefined, positionals: [], options: {} };
  let onlyPositionals = false;
  const optionsFor = () => [...GLOBAL_OPTIONS, ...(parsed.command ? (specs[parsed.command] ?? []) : [])];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      if (parsed.command === undefined && !onlyPositionals) {
        if (!Object.hasOwn(specs, arg)) {
          throw new UsageError({ zh: `未知命令“${terminalLine(arg)}”。可用命令：${Object.keys(specs).join('、')}。`, en: `Unknown command “${terminalLine(arg)}”. Commands: ${Object.keys(specs).join(', ')}.` });
        }
        parsed.command = arg;
      } else parsed.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const [rawName, inline] = arg.startsWith('--') ? splitOnce(arg.slice(2)) : [arg.slice(1), undefined];
    const spec = optionsFor().find((o) => (arg.startsWith('--') ? o.name === rawName : o.short === rawName));
    if (!spec) throw new UsageError({ zh: `未知选项“${terminalLine(arg)}”。`, en: `Unknown option “${terminalLine(arg)}”.` });
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError({ zh: `选项 --${spec.name} 不带值。`, en: `Option --${spec.name} takes no value.` });
      parsed.options[spec.name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('-'))) {
      throw new UsageError({ zh: `选项 --${spec.name} 需要一个值。`, en: `Option --${spec.name} needs a value.` });
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError({ zh: `选项 --${spec.name} 的值应为 ${spec.choices.join(' 或 ')}，而不是“${terminalLine(value)}”。`, en: `Option --${spec.name} must be ${spec.choices.join(' or ')}, not “${terminalLine(value)}”.` });
    }
    parsed.options[spec.name] = value;
  }
  return parsed;
}

function splitOnce(s: string): [string, string | undefined] {
  const at = s.indexOf('=');
  return at < 0 ? [s, undefined] : [s.slice(0, at), s.slice(at + 1)];
}

/** The output language: --lang, else zh (the data's language). */
export function langOf(p: Parsed): 'zh' | 'en' {
  return p.options.lang === 'en' ? 'en' : 'zh';
}
