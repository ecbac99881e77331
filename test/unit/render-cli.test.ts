/**
 * `budget-kit render`: the built binary (dist/budget-kit.mjs) spawned on the bundled data and on
 * fixtures for the snippet, the exit codes and the messages that say what is valid. The binary is
 * rebuilt here when it is missing or older than the sources it bundles.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { renderSnippet, WIDGET_NAMES } from '../../src/static/index.js';
import { bin, ensureBuiltCli, root } from './built-cli.js';

const fx = (name: string) => `test/fixtures/checks/${name}`;


// The binary is rebuilt when it is missing or older than its sources.
before(ensureBuiltCli);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tongnan = () => {
  const v = explainDisclosure(JSON.parse(readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8')));
  assert.ok(v.ok);
  return v.data;
};

test('render prints the snippet of the pure renderer, src defaulting to FILE relative to the current directory (with a warning)', () => {
  const r = run('render', 'data/tongnan-cac-2023.json', '--widget', 'budget-table', '--kind', 'gpb-expenditure');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /^budget-kit render：未给出 --src/);
  assert.equal(r.out, renderSnippet(tongnan(), { widget: 'budget-table', kind: 'gpb-expenditure', src: 'data/tongnan-cac-2023.json' }));
  assert.match(r.out, /^<budget-table src="data\/tongnan-cac-2023\.json" kind="gpb-expenditure">\n<div class="budget-static">\n<table>\n<caption>/);
  assert.match(r.out, /<tr><td>2013701<\/td><th scope="row">行政运行<\/th><td class="num" dir="rtl"><span dir="ltr">102\.25<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">87\.07<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">87\.07<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">—<\/span><\/td><\/tr>/);
});

test('render options: --src, --lang en, --project, --unit, --theme go on the tag and into the table', () => {
  const kpi = run('render', 'data/tongnan-cac-2023.json', '--widget', 'kpi-card', '--project', '50015223T000003492534', '--src', '/budget/2023.json', '--lang', 'en', '--theme', 'gov-red');
  assert.equal(kpi.code, 0, kpi.err);
  assert.match(kpi.out, /^<kpi-card src="\/budget\/2023\.json" project="50015223T000003492534" lang="en" theme="gov-red">/);
  assert.match(kpi.out, /<span class="title">Project performance targets — 2023 网络宣传专项<\/span>/);
  assert.match(kpi.out, /<tfoot><tr><th scope="row" colspan="4">Total weight<\/th><td class="num" dir="rtl"><span dir="ltr">90 pts<\/span><\/td><\/tr><\/tfoot>/);
  const sg = run('render', 'data/example-district-2024.json', '--widget', 'sangong-chart', '--unit', '125002');
  assert.equal(sg.code, 0, sg.err);
  assert.match(sg.out, /^<sangong-chart src="data\/example-district-2024\.json" unit="125002">/);
  assert.match(sg.out, /<tr><th scope="row">总计<\/th><td class="num" dir="rtl"><span dir="ltr">47,000\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">50,000\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">\+3,000\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">\+6\.38%<\/span><\/td><\/tr>/);
  for (const widget of ['budget-summary', 'project-table']) assert.equal(run('render', 'data/example-district-2024.json', '--widget', widget).code, 0);
});

test('render --display-unit pre-renders the figures as the element shows them and puts the attribute on the tag', () => {
  const r = run('render', 'data/tongnan-cac-2023.json', '--widget', 'budget-table', '--kind', 'gpb-expenditure', '--display-unit', '元', '--src', 'data/tongnan-cac-2023.json');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  assert.equal(r.out, renderSnippet(tongnan(), { widget: 'budget-table', kind: 'gpb-expenditure', src: 'data/tongnan-cac-2023.json', displayUnit: '元' }));
  assert.match(r.out, /^<budget-table src="data\/tongnan-cac-2023\.json" kind="gpb-expenditure" display-unit="元">\n/);
  assert.match(r.out, /<span class="meta">中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：元<\/span>/);
  // Tongnan's 258.24 万元 → 2,582,400.00 元.
  assert.match(r.out, /<tr><td>201<\/td><th scope="row">一般公共服务支出<\/th><td class="num" dir="rtl"><span dir="ltr">2,753,400\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">2,582,400\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">1,562,400\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">1,020,000\.00<\/span><\/td><\/tr>/);
  assert.doesNotMatch(r.out, />258\.24</);
  const yi = run('render', 'data/tongnan-cac-2023.json', '--widget', 'sangong-chart', '--display-unit=亿元', '--lang', 'en');
  assert.equal(yi.code, 0, yi.err);
  assert.match(yi.out, /^<sangong-chart src="data\/tongnan-cac-2023\.json" lang="en" display-unit="亿元">/);
  assert.match(yi.out, /<tr><th scope="row">Total<\/th><td class="num" dir="rtl"><span dir="ltr">0\.00079<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">0\.0007<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">-0\.00009<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">-11\.39%<\/span><\/td><\/tr>/);
  assert.match(yi.out, /Unit: 100m yuan/);
});

test('render --display-unit with another value: usage error (exit 2) naming the option, the valid units and the value', () => {
  const zh = run('render', 'data/tongnan-cac-2023.json', '--widget', 'project-table', '--display-unit', '美元');
  assert.equal(zh.code, 2);
  assert.equal(zh.out, '');
  assert.equal(zh.err, 'budget-kit: 选项 --display-unit 的值应为 元 或 万元 或 亿元，而不是“美元”。\n运行 budget-kit --help 查看用法。\n');
  const en = run('render', 'data/tongnan-cac-2023.json', '--widget', 'project-table', '--display-unit=yuan', '--lang', 'en');
  assert.equal(en.code, 2);
  assert.equal(en.err, 'budget-kit: Option --display-unit must be 元 or 万元 or 亿元, not “yuan”.\nRun budget-kit --help for usage.\n');
  assert.equal(run('render', 'data/tongnan-cac-2023.json', '--widget', 'project-table', '--display-unit').code, 2);
});

test('exit 1 with what is valid: a kind, project or unit not in the file; invalid data', () => {
  const kind = run('render', 'data/tongnan-cac-2023.json', '--widget', 'budget-table', '--kind', 'gpb');
  assert.equal(kind.code, 1);
  assert.match(kind.err, /本数据中没有类型为“gpb”的表。可用的表：fiscal-summary（财政拨款收支总表）、gpb-expenditure（一般公共预算财政拨款支出预算表）/);
  const project = run('render', 'data/tongnan-cac-2023.json', '--widget', 'kpi-card', '--project', '不存在');
  assert.equal(project.code, 1);
  assert.match(project.err, /未找到项目“不存在”。本数据中的项目：50015223T000003492534 2023 网络宣传专项；/);
  const unit = run('render', 'data/example-district-2024.json', '--widget', 'sangong-chart', '--unit', '9');
  assert.equal(unit.code, 1);
  assert.match(unit.err, /没有单位“9”。可用：合计、125001（区教委（本级））/);
  const invalid = run('render', fx('schema-invalid.json'), '--widget', 'budget-summary');
  assert.equal(invalid.code, 1);
  assert.equal(invalid.out, '');
  assert.match(invalid.err, /数据格式：3 个问题[\s\S]*department\.regoin: 未知字段 "regoin"/);
});

test('exit 2 when the file cannot be read or is not JSON, or the command line is wrong', () => {
  const missing = run('render', 'no/such.json', '--widget', 'kpi-card', '--lang', 'en');
  assert.equal(missing.code, 2);
  assert.equal(missing.err, 'Cannot read the file: no such file (no/such.json).\n');
  assert.equal(run('render', 'no/such.json', '--widget', 'kpi-card').err, '无法读取文件：文件不存在（no/such.json）。\n');
  // An unknown widget is a usage error (checked before the file is read) and says what is valid.
  const widget = run('render', 'data/tongnan-cac-2023.json', '--widget', 'pie', '--lang', 'en');
  assert.equal(widget.code, 2);
  assert.equal(widget.out, '');
  assert.match(widget.err, new RegExp(`^budget-kit render: Unknown widget “pie”\\. Widgets: ${WIDGET_NAMES.join(', ')}\\.\nUsage: budget-kit render FILE`));
  assert.equal(run('render', 'no/such.json', '--widget', 'pie').code, 2);
  // budget-table without --kind: usage error, still listing the file's tables.
  const noKind = run('render', 'data/tongnan-cac-2023.json', '--widget', 'budget-table');
  assert.equal(noKind.code, 2);
  assert.match(noKind.err, /未指定要显示的表[\s\S]*gpb-expenditure（一般公共预算财政拨款支出预算表）[\s\S]*\n用法：budget-kit render/);
  const broken = run('render', fx('broken.json'), '--widget', 'kpi-card');
  assert.equal(broken.code, 2);
  assert.match(broken.err, /无法读取（第 4 行第 3 列）: 不是有效的 JSON/);
  assert.match(run('render', 'data/tongnan-cac-2023.json').err, /请用 --widget 指定组件：budget-summary、/);
  assert.equal(run('render', 'data/tongnan-cac-2023.json').code, 2);
  assert.equal(run('render', '--widget', 'kpi-card').code, 2);
  assert.equal(run('render', 'data/tongnan-cac-2023.json', '--widget', 'kpi-card', '--theme', 'pink').code, 2);
});

test('control characters from the data never reach the terminal raw', () => {
  const data = JSON.parse(readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8'));
  data.tables['project-expenditure'].rows.find((r: { role?: string }) => !r.role).name = 'A\u001b]0;pwned\u0007B';
  const file = join(mkdtempSync(join(tmpdir(), 'render-')), 'evil.json');
  writeFileSync(file, JSON.stringify(data));
  const r = run('render', file, '--widget', 'project-table');
  assert.equal(r.code, 0, r.err);
  assert.doesNotMatch(r.out, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(r.out, /<th scope="row">A\\u001b\]0;pwned\\u0007B<\/th>/);
  const bad = run('render', file, '--widget', 'kpi-card', '--project', 'x\u001b[2J');
  assert.equal(bad.code, 1);
  assert.doesNotMatch(bad.err, /\u001b/);
});

test('--help lists render and its options', async () => {
  const top = run('--help', '--lang', 'en');
  assert.match(top.out, /  budget-kit render FILE --widget NAME \[--kind K\] \[--project P\] \[--unit U\] \[--budget FILE --budget-src URL\] \[--src URL\] \[--theme T\] \[--display-unit 元\|万元\|亿元\] \[--lang zh\|en\]/);
  assert.match(top.out, /  render +Print the static fallback/);
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (out += s), readFile: async () => '' };
  assert.equal(await main(['render', '--help'], io), 0);
  assert.match(out, new RegExp(`--widget NAME +render：组件（${WIDGET_NAMES.join('、')}）`));
  assert.match(out, /--budget FILE +render：budget-execution 合并的当年预算文件/);
  assert.match(out, /--display-unit U +render：金额显示单位（元、万元、亿元；默认按公开的单位），表格按此换算/);
  assert.match(out, /\n  1  有文件存在数据格式问题或一致性错误；render：文件中没有所要的表、项目或单位\n/);
  assert.match(out, /\n  2  .*render 缺少或写错 --widget，budget-table 缺少 --kind/);
});

test('issue 10: render without --src never writes the absolute local path; it writes it relative and says to pass --src', () => {
  const absolute = join(root, 'data/tongnan-cac-2023.json');
  const r = run('render', absolute, '--widget', 'sangong-chart');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^<sangong-chart src="data\/tongnan-cac-2023\.json">/);
  assert.equal(r.out.includes(root), false, 'the absolute path is not in the snippet');
  assert.equal(r.err, 'budget-kit render：未给出 --src，标签的 src 写的是本地路径“data/tongnan-cac-2023.json”（相对于当前目录），网页上无法用它读取数据。请加上数据文件在网站上的地址，如 --src /budget/tongnan-cac-2023.json。\n');
  const en = run('render', absolute, '--widget', 'sangong-chart', '--lang', 'en');
  assert.match(en.err, /^budget-kit render: no --src, so the tag's src is the local path “data\/tongnan-cac-2023\.json” .* Add the file's address on the site, e\.g\. --src \/budget\/tongnan-cac-2023\.json\.\n$/);
  // With --src: that address, and no warning.
  const given = run('render', absolute, '--widget', 'sangong-chart', '--src', '/budget/2023.json');
  assert.match(given.out, /^<sangong-chart src="\/budget\/2023\.json">/);
  assert.equal(given.err, '');
});

// ——— 决算 (issue 13) ———

const FINAL = 'data/example-district-2024-final.json';
const BUDGET = 'data/example-district-2024.json';

test('render kpi-card on a 决算 pre-renders the department’s 绩效自评: funding, score, every indicator with its lost points', () => {
  const r = run('render', FINAL, '--widget', 'kpi-card', '--src', '/budget/final.json');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /<p>年初预算数：97,579,235\.48 元；全年预算数：98,225,542\.05 元；全年执行数：98,067,651\.89 元；执行率：99\.84%<\/p>/);
  assert.match(r.out, /<p>自评得分：98\.98 \/ 100 分；资金执行得分 9\.98 \/ 10 分<\/p>/);
  assert.match(r.out, /<th scope="row">高中阶段毛入学率<\/th><td>≥95%<\/td><td>94\.2%<\/td><td class="num" dir="rtl"><span dir="ltr">10<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">9 扣 1 分<\/span><\/td><td>外出务工家庭子女随迁就读增加/);
  assert.equal((r.out.match(/<th scope="row">/g) ?? []).length, 7);
});

test('render kpi-card --project on a 决算 names the evaluated projects when the one asked for is not there', () => {
  const ok = run('render', FINAL, '--widget', 'kpi-card', '--project', '教育信息化建设（智慧校园）', '--src', '/f.json');
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /<span class="title">项目支出绩效自评 — 教育信息化建设（智慧校园）<\/span>/);
  assert.match(ok.out, /自评得分：93\.05 \/ 100 分/);
  const bad = run('render', FINAL, '--widget', 'kpi-card', '--project', '没有这个项目', '--src', '/f.json');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /未找到项目“没有这个项目”的绩效自评。本数据中自评的项目：教育工委党建工作经费；/);
});

test('render project-table on a 决算 lists the projects’ 年初预算, 全年预算, 执行数, 执行率 and 得分', () => {
  const r = run('render', FINAL, '--widget', 'project-table', '--src', '/f.json');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /<th scope="col">项目资金（元） 年初预算数<\/th><th scope="col">项目资金（元） 全年预算数<\/th><th scope="col">项目资金（元） 全年执行数<\/th><th scope="col">执行率<\/th><th scope="col">总分 得分<\/th>/);
  assert.match(r.out, /<th scope="row">教育信息化建设（智慧校园）<\/th>(<td class="num" dir="rtl"><span dir="ltr">1,850,000\.00<\/span><\/td>){2}<td class="num" dir="rtl"><span dir="ltr">1,312,600\.00<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">70\.95%<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">93\.05<\/span><\/td><\/tr>/);
  assert.match(r.out, /<th scope="row">合计<\/th><td class="num" dir="rtl"><span dir="ltr">11,552,400\.00<\/span><\/td>.*<td colspan="2"><\/td><\/tr><\/tfoot>/);
});

test('render budget-execution --budget joins the year’s budget file and puts budget-src on the tag', () => {
  const r = run('render', FINAL, '--widget', 'budget-execution', '--src', '/budget/final.json', '--budget', BUDGET, '--budget-src', '/budget/budget.json');
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  assert.match(r.out, /^<budget-execution src="\/budget\/final\.json" budget-src="\/budget\/budget\.json">/);
  assert.match(r.out, /<p>年初预算取自预算文件（一般公共预算财政拨款支出预算表“总计”）。<\/p>/);
  // Without the budget file the 年初预算 come from the 决算 text, and the snippet says so.
  const alone = run('render', FINAL, '--widget', 'budget-execution', '--src', '/budget/final.json');
  assert.match(alone.out, /<p>未给出预算文件，年初预算取自决算文字说明。<\/p>/);
});

test('render budget-execution --budget: a 决算 given as the budget is not joined and said so; a missing file exits 2; other widgets refuse it', () => {
  const asFinal = run('render', FINAL, '--widget', 'budget-execution', '--src', '/f.json', '--budget', FINAL);
  assert.equal(asFinal.code, 0, asFinal.err);
  assert.match(asFinal.err, /未给出 --budget-src/);
  assert.match(asFinal.out, /<p>预算文件（budget-src）本身是一个决算文件/);
  const missing = run('render', FINAL, '--widget', 'budget-execution', '--src', '/f.json', '--budget', 'no-such-budget.json');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /无法读取 --budget 文件：文件不存在（no-such-budget\.json）/);
  const other = run('render', FINAL, '--widget', 'kpi-card', '--src', '/f.json', '--budget', BUDGET);
  assert.equal(other.code, 2);
  assert.match(other.err, /--budget 和 --budget-src 只用于 --widget budget-execution/);
});

test('render of a file whose figures do not add up: the table as published, and one line on stderr saying so', () => {
  const d = JSON.parse(readFileSync(join(root, 'data/tongnan-cac-2023.json'), 'utf8'));
  // 行政运行 10 万元 more than published: its 类 and 款 totals no longer add up.
  const row = d.tables['gpb-expenditure'].rows.find((r: { code?: string }) => r.code === '2013701');
  row.values.total = '97.07';
  const dir = mkdtempSync(join(tmpdir(), 'render-noadd-'));
  const file = join(dir, 'noadd.json');
  writeFileSync(file, JSON.stringify(d));
  const v = spawnSync(process.execPath, [bin, 'validate', file], { cwd: root, encoding: 'utf8' });
  assert.equal(v.status, 1, 'validate finds the errors');
  const errors = Number(/(\d+) 个错误/.exec(v.stdout)?.[1]);
  assert.ok(errors > 0, v.stdout);
  const r = run('render', file, '--widget', 'budget-table', '--kind', 'gpb-expenditure', '--src', '/budget/noadd.json');
  assert.equal(r.code, 0, 'still rendered');
  assert.match(r.out, /<th scope="row">行政运行<\/th><td class="num" dir="rtl"><span dir="ltr">102\.25<\/span><\/td><td class="num" dir="rtl"><span dir="ltr">97\.07<\/span>/, 'as published');
  assert.equal(r.err, `budget-kit render：${file} 有 ${errors} 个一致性错误（表与表、行与合计的数字对不上）。静态表按原文显示；发布前请运行 budget-kit validate ${file} 查看。\n`);
  const en = run('render', file, '--widget', 'budget-table', '--kind', 'gpb-expenditure', '--src', '/budget/noadd.json', '--lang', 'en');
  assert.match(en.err, new RegExp(`^budget-kit render: .*noadd\\.json has ${errors} consistency errors? `));
  rmSync(dir, { recursive: true, force: true });
});
