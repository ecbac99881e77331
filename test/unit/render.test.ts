/**
 * The static fallback renderers (src/static/): escaping, the exact published figures of both
 * bundled data sets in each widget's table, accessible table structure, and the errors that say
 * what would have been valid. Pure: no DOM, no process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { explainDisclosure } from '../../src/model/validate.js';
import { attributes, escapeHtml, html, raw } from '../../src/static/escape.js';
import { DISPLAY_UNITS, elementAttributes, elementTag, kindChoices, renderFallback, renderSnippet, StaticError, WIDGET_NAMES } from '../../src/static/index.js';
import { formatCents, unitLabel } from '../../src/elements/shared/format.js';

const load = (file: string): BudgetDisclosure => {
  const v = explainDisclosure(JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')));
  assert.ok(v.ok);
  return v.data;
};
const tongnan = load('tongnan-cac-2023.json');
const example = load('example-district-2024.json');

/** The text of every <tr> as cells joined by "|", tags stripped (entities kept). */
function rows(markup: string): string[] {
  return [...markup.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => [...m[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((c) => c[1]!.replace(/<[^>]+>/g, '')).join('|'));
}

function assertAccessibleTables(markup: string) {
  const tables = markup.match(/<table>/g)?.length ?? 0;
  assert.ok(tables > 0, 'has a table');
  assert.equal(markup.match(/<\/table>/g)?.length, tables);
  assert.equal(markup.match(/<caption>/g)?.length, tables, 'each table has a caption');
  assert.equal(markup.match(/<tr>/g)?.length, markup.match(/<\/tr>/g)?.length);
  for (const th of markup.match(/<th[ >][^>]*>/g) ?? []) assert.match(th, /scope="(col|row|colgroup)"/, th);
}

// ——— escaping ———

test('html escapes every interpolation, keeps nested html and raw, joins lists, drops empties', () => {
  const name = '<script>alert("x")</script> & \'y\'';
  assert.equal(escapeHtml(name), '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  assert.equal(html`<td>${name}</td>`.value, `<td>${escapeHtml(name)}</td>`);
  assert.equal(html`<tr>${[html`<td>${'a<b'}</td>`, html`<td>${2}</td>`]}</tr>`.value, '<tr><td>a&lt;b</td><td>2</td></tr>');
  assert.equal(html`${null}${undefined}${false}${raw('<br>')}`.value, '<br>');
  assert.equal(attributes({ src: 'a.json?x="1"&y=<2>', lang: undefined, kind: '', collapsed: true }).value, ' src="a.json?x=&quot;1&quot;&amp;y=&lt;2&gt;" collapsed');
  assert.throws(() => attributes({ 'on click': 'x' }), RangeError);
});

test('data with markup in every text field stays text in every widget', () => {
  const evil = structuredClone(tongnan);
  const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'';
  evil.department.name = payload;
  evil.tables['gpb-expenditure']!.title = payload;
  evil.tables['gpb-expenditure']!.rows[1]!.name = payload;
  evil.tables['project-expenditure']!.rows[0]!.name = payload;
  evil.tables['sangong']!.rows[1]!.name = payload;
  evil.projects![0]!.name = payload;
  evil.projects![0]!.indicators[0]!.name = payload;
  evil.overallPerformance!.goal = payload;
  evil.overallPerformance!.indicators[0]!.value = payload;
  const outputs = [
    renderSnippet(evil, { widget: 'budget-summary', src: payload }),
    renderSnippet(evil, { widget: 'sangong-chart', unit: payload, src: 'd.json' }),
    renderSnippet(evil, { widget: 'project-table', src: 'd.json' }),
    renderSnippet(evil, { widget: 'kpi-card', src: 'd.json' }),
    renderSnippet(evil, { widget: 'kpi-card', project: payload, src: 'd.json' }),
    renderSnippet(evil, { widget: 'budget-table', kind: 'gpb-expenditure', src: 'd.json' }),
  ];
  for (const out of outputs) {
    assert.doesNotMatch(out, /<script|<img|onerror=alert\(2\)>/i);
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(2\)&gt;&quot;&#39;/);
    assertAccessibleTables(out);
  }
  assert.match(outputs[0]!, /^<budget-summary src="&lt;script&gt;/);
});

// ——— figures, per widget ———

test('budget-summary: key figures with changes and sources, then expenditure by 类', () => {
  const out = renderFallback(tongnan, { widget: 'budget-summary' }).value;
  assertAccessibleTables(out);
  assert.match(out, /<caption><span class="title">部门预算概览 · 主要数据<\/span><br><span class="meta">中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：万元<\/span><\/caption>/);
  assert.deepEqual(rows(out), [
    '项目|2023年|比2022年|来源',
    '收入预算|291.00|-21.49（-6.88%）|部门收支总表',
    '支出预算|291.00|-21.49（-6.88%）|部门收支总表',
    '基本支出|189.00（64.95%）|—|部门支出总表',
    '项目支出|102.00（35.05%）|—|部门支出总表',
    '“三公”经费|7.00|-0.90（-11.39%）|一般公共预算支出“三公”经费预算表',
    '机关运行经费|40.60|-17.16（-29.71%）|预算情况说明',
    '政府采购预算|3.50|—|政府采购预算明细表',
    '科目编码|科目名称|2022年|2023年|增减|增减率',
    '201|一般公共服务支出|275.34|258.24|-17.10|-6.21%',
    '208|社会保障和就业支出|17.86|15.17|-2.69|-15.06%',
    '210|卫生健康支出|10.37|8.88|-1.49|-14.37%',
    '221|住房保障支出|8.93|8.72|-0.21|-2.35%',
  ]);
  assert.match(out, /^<p>2023年收入预算291\.00万元。支出预算291\.00万元，比2022年减少21\.49万元（-6\.88%）/);
  const en = renderFallback(example, { widget: 'budget-summary', lang: 'en' }).value;
  assert.match(en, /<span class="meta">重庆市青岚区教育委员会 · 2024 · Unit: yuan<\/span>/);
  assert.match(rows(en)[0]!, /^Item\|2024\|vs 2023\|Source$/);
});

test('sangong-chart: items and total, both years, change; a blank cell shown as 0 with the note', () => {
  const out = renderFallback(tongnan, { widget: 'sangong-chart' }).value;
  assertAccessibleTables(out);
  assert.deepEqual(rows(out), [
    '项目|2022年|2023年|增减|增减率',
    '因公出国(境)|0.00|0.00|0.00|—',
    '公务用车购置及运行|4.00|3.50|-0.50|-12.50%',
    '公务用车购置|0.00|0.00|0.00|—',
    '公务用车运行维护|4.00|3.50|-0.50|-12.50%',
    '公务接待|3.90|3.50|-0.40|-10.26%',
    '总计|7.90|7.00|-0.90|-11.39%',
  ]);
  // The vehicle parts are marked as parts of the 小计 above them (indented by the fallback stylesheet).
  assert.match(out, /<th scope="row" class="part">公务用车购置<\/th>/);
  assert.match(out, /<p>表中空白的单元格表示未安排该项经费，按 0 显示。<\/p>$/);
  const unit = renderFallback(example, { widget: 'sangong-chart', unit: '125002' }).value;
  assert.match(unit, /<span class="title">“三公”经费预算 — 青岚区第一中学校<\/span>/);
  assert.equal(rows(unit).at(-1), '总计|47,000.00|50,000.00|+3,000.00|+6.38%');
});

test('sangong-chart of a this-year-only table: the changes stated in the text, marked 据文字说明, in 元 too', () => {
  const yiyuan = JSON.parse(readFileSync('test/fixtures/charts/yiyuan-stated.json', 'utf8')) as BudgetDisclosure;
  const out = renderFallback(yiyuan, { widget: 'sangong-chart', displayUnit: '元' }).value;
  assertAccessibleTables(out);
  assert.deepEqual(rows(out), [
    '项目|2025年|增减',
    '因公出国(境)|12,000,000.00|较上年-2,000,000.00（据文字说明）',
    '公务用车购置及运行|86,000,000.00|较上年+7,000,000.00（据文字说明）',
    '公务用车购置|40,000,000.00|较上年+10,000,000.00（据文字说明）',
    '公务用车运行维护|46,000,000.00|较上年-3,000,000.00（据文字说明）',
    '公务接待|30,000,000.00|较上年-1,000,000.00（据文字说明）',
    '总计|128,000,000.00|较上年+4,000,000.00（据文字说明）',
  ]);
});

test('project-table: every project with its amounts, the published 合计 in the footer', () => {
  const out = renderFallback(tongnan, { widget: 'project-table' }).value;
  assertAccessibleTables(out);
  assert.deepEqual(rows(out).map((r) => r.replace(/\|中共重庆市潼南区委网络安全和信息化委员会办公室/, '|(unit)')), [
    '项目名称|功能分类科目|预算单位|合计|年初特定目标 小计|年初特定目标 一般性项目',
    '2023 网络宣传专项|2013799 其他网信事务支出|(unit)|18.00|18.00|18.00',
    '2023 网络舆情监测专项|2013799 其他网信事务支出|(unit)|44.00|44.00|44.00',
    '2023 网络安全维护专项|2013799 其他网信事务支出|(unit)|30.00|30.00|30.00',
    '2023 网络信息化建设专项|2013799 其他网信事务支出|(unit)|10.00|10.00|10.00',
    '合计|102.00|102.00|102.00',
  ]);
  assert.match(out, /<tfoot><tr><th scope="row" colspan="3">合计<\/th>/);
  const big = renderFallback(example, { widget: 'project-table', lang: 'en' }).value;
  assert.equal(rows(big).length, 1 + example.tables['project-expenditure']!.rows.filter((r) => !r.role).length + 1);
  assert.match(big, /<tfoot><tr><th scope="row"[^>]*>Total<\/th><td class="num" dir="rtl"><span dir="ltr">11,552,400\.00<\/span><\/td>/);
});

test('kpi-card: overall targets by default, a project by code or name, weights and their note', () => {
  const overall = renderFallback(tongnan, { widget: 'kpi-card' }).value;
  assertAccessibleTables(overall);
  assert.match(overall, /^<p>部门支出预算数：291\.00 万元<\/p>\n<p>年度绩效目标：区委网信办根据上级文件要求/);
  assert.equal(rows(overall)[1], '区委网信专网、中央网信专网、视频会议专网正常运行天数|≥ 350 天|10%');
  assert.equal(rows(overall).at(-1), '权重合计|100%');
  const byCode = renderFallback(tongnan, { widget: 'kpi-card', project: '50015223T000003492534' }).value;
  assert.equal(renderFallback(tongnan, { widget: 'kpi-card', project: '2023网络宣传专项' }).value, byCode);
  assert.match(byCode, /<span class="title">项目绩效目标 — 2023 网络宣传专项<\/span>/);
  assert.deepEqual(rows(byCode).slice(0, 2), ['一级指标|二级指标|指标|指标值|权重', '产出指标|数量指标|承办网络宣传活动场次|≥ 2 场次|5 分']);
  assert.ok(rows(byCode).includes('产出指标|质量指标|宣传效果|定性：好|5 分'));
  assert.equal(rows(byCode).at(-1), '权重合计|90 分');
  assert.match(byCode, /<p>另 10 分为预算执行率，在绩效评价时计分。<\/p>$/);
  assert.match(renderFallback(tongnan, { widget: 'kpi-card', project: '50015223T000003492534', lang: 'en' }).value, /<td class="num" dir="rtl"><span dir="ltr">5 pts<\/span><\/td>/);
});

test('budget-table: spanning headings with scopes, the whole tree expanded, empty cells "—", notes; two-sided tables as two', () => {
  const out = renderFallback(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure' }).value;
  assertAccessibleTables(out);
  assert.match(out, /<tr><th scope="colgroup" colspan="2">功能分类科目<\/th><th scope="col" rowspan="2">2022 年预算数<\/th><th scope="colgroup" colspan="3">2023 年预算数<\/th><\/tr>/);
  const body = rows(out).slice(2);
  assert.equal(body.length, tongnan.tables['gpb-expenditure']!.rows.length);
  assert.equal(body[0], '|合计|312.49|291.00|189.00|102.00');
  assert.ok(body.includes('2013701|行政运行|102.25|87.07|87.07|—'));
  assert.match(out, /<p>注：<\/p><ul><li>本表反映当年一般公共预算财政拨款支出情况。<\/li><\/ul>$/);
  const two = renderFallback(tongnan, { widget: 'budget-table', kind: 'dept-summary' }).value;
  assert.equal(two.match(/<table>/g)?.length, 2);
  assert.match(two, /附件6 部门收支总表（收入）[\s\S]*附件6 部门收支总表（支出）/);
  assert.ok(rows(two).includes('政府性基金预算拨款收入|.'), 'a published mark is shown as printed');
  const fund = renderFallback(tongnan, { widget: 'budget-table', kind: 'gov-fund-expenditure' }).value;
  assertAccessibleTables(fund);
  assert.match(fund, /我单位无政府性基金预算支出/);
});

// ——— the snippet and the errors ———

test('renderSnippet wraps the fallback in the element tag with its attributes', () => {
  const out = renderSnippet(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure', src: '/data/tongnan.json', lang: 'en', theme: 'gov-red' });
  assert.match(out, /^<budget-table src="\/data\/tongnan\.json" kind="gpb-expenditure" lang="en" theme="gov-red">\n<div class="budget-static">\n<table>/);
  assert.match(out, /<\/table>\n<p>Notes:<\/p><ul><li>[^<]+<\/li><\/ul>\n<\/div>\n<\/budget-table>\n$/);
  assert.doesNotMatch(out, /style=|<script/);
  // Options of other widgets and the default theme are left off the tag.
  assert.deepEqual(elementAttributes({ widget: 'kpi-card', kind: 'sangong', unit: '307', project: 'p', theme: 'default', lang: 'zh', src: 'd.json' }), { src: 'd.json', project: 'p' });
});

test('display-unit: the fallback converts exactly as the element does, names the unit shown, and the tag carries it', () => {
  const yuan = renderSnippet(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure', src: 'd.json', displayUnit: '元' });
  assert.match(yuan, /^<budget-table src="d\.json" kind="gpb-expenditure" display-unit="元">\n/);
  assert.match(yuan, /<span class="meta">中共重庆市潼南区委网络安全和信息化委员会办公室 · 2023年 · 单位：元<\/span>/);
  // 258.24 万元 → 2,582,400.00 元: the decimal point moved, nothing rounded.
  assert.ok(rows(yuan).includes('201|一般公共服务支出|2,753,400.00|2,582,400.00|1,562,400.00|1,020,000.00'), rows(yuan).join('\n'));
  assert.ok(rows(yuan).includes('2013701|行政运行|1,022,500.00|870,700.00|870,700.00|—'));
  assertAccessibleTables(yuan);
  const yi = rows(renderFallback(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure', displayUnit: '亿元' }).value);
  assert.ok(yi.includes('201|一般公共服务支出|0.027534|0.025824|0.015624|0.0102'), yi.join('\n'));
  const sg = renderFallback(tongnan, { widget: 'sangong-chart', displayUnit: '元' }).value;
  assert.ok(rows(sg).includes('总计|79,000.00|70,000.00|-9,000.00|-11.39%'));
  assert.match(sg, /^<p>2023年“三公”经费预算70,000\.00元，比2022年减少9,000\.00元（-11\.39%）。/);
  const pt = renderFallback(tongnan, { widget: 'project-table', displayUnit: '元' }).value;
  assert.equal(rows(pt).at(-1), '合计|1,020,000.00|1,020,000.00|1,020,000.00');
  const summary = renderFallback(tongnan, { widget: 'budget-summary', displayUnit: '元' }).value;
  assert.ok(rows(summary).includes('收入预算|2,910,000.00|-214,900.00（-6.88%）|部门收支总表'), rows(summary).join('\n'));
  assert.ok(rows(summary).includes('201|一般公共服务支出|2,753,400.00|2,582,400.00|-171,000.00|-6.21%'));
  assert.equal([...summary.matchAll(/单位：(.+?)</g)].map((m) => m[1]).join(), '元,元');
  assert.match(renderFallback(tongnan, { widget: 'kpi-card', displayUnit: '亿元', lang: 'en' }).value, /^<p>Department expenditure budget: 0\.0291 100m yuan<\/p>/);
  // A 元 file in 万元 keeps every digit (six decimals where the 元 had cents).
  const district = rows(renderFallback(example, { widget: 'budget-table', kind: 'gpb-expenditure', displayUnit: '万元' }).value);
  assert.ok(district.includes('|合计|9,083.451856|9,453.203548|8,411.603548|1,041.60'), district.slice(0, 4).join('\n'));
  // The published unit asked for: figures as published, the attribute still on the tag.
  const same = renderSnippet(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure', src: 'd.json', displayUnit: '万元' });
  assert.equal(same.replace(' display-unit="万元"', ''), renderSnippet(tongnan, { widget: 'budget-table', kind: 'gpb-expenditure', src: 'd.json' }));
  // The conversion is in force only while rendering.
  assert.equal(formatCents(25824, 'zh'), '258.24');
  assert.equal(unitLabel('万元', 'zh'), '万元');
  assert.deepEqual(elementAttributes({ widget: 'sangong-chart', unit: '125002', lang: 'en', theme: 'dark', displayUnit: '元', src: 's' }), { src: 's', unit: '125002', lang: 'en', theme: 'dark', 'display-unit': '元' });
});

test('display-unit other than 元, 万元, 亿元 is refused with the valid units, on the fallback and on the bare tag', () => {
  for (const f of [() => renderFallback(tongnan, { widget: 'project-table', displayUnit: '美元' }), () => elementTag({ widget: 'project-table', src: 'd.json', displayUnit: 'yuan' })]) {
    assert.throws(f, (e: unknown) => {
      assert.ok(e instanceof StaticError);
      assert.deepEqual(e.choices, DISPLAY_UNITS);
      assert.match(e.words.zh, /^display-unit 的值应为 元、万元、亿元，而不是“(美元|yuan)”。$/);
      assert.match(e.words.en, /^display-unit must be 元, 万元, 亿元, not “(美元|yuan)”\.$/);
      return true;
    });
  }
});

test('errors name what is valid: widgets, kinds, projects, units', () => {
  const words = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof StaticError);
      return e;
    }
    assert.fail('did not throw');
  };
  const w = words(() => renderFallback(tongnan, { widget: 'pie-chart' }));
  assert.deepEqual(w.choices, [...WIDGET_NAMES]);
  assert.equal(w.words.en, `Unknown widget “pie-chart”. Widgets: ${WIDGET_NAMES.join(', ')}.`);
  const k = words(() => renderFallback(tongnan, { widget: 'budget-table', kind: 'nope' }));
  assert.deepEqual(k.choices, kindChoices(tongnan).map((c) => c.kind));
  assert.match(k.words.zh, /^本数据中没有类型为“nope”的表。可用的表：fiscal-summary（财政拨款收支总表）、gpb-expenditure/);
  const p = words(() => renderFallback(tongnan, { widget: 'kpi-card', project: 'nope' }));
  assert.deepEqual(p.choices, tongnan.projects!.map((x) => x.code));
  assert.match(p.words.en, /No project “nope” was found\. Projects in this data: 50015223T000003492534 2023 网络宣传专项; /);
  const u = words(() => renderFallback(example, { widget: 'sangong-chart', unit: '999' }));
  assert.deepEqual(u.choices, ['合计', '125001', '125002', '125003', '125004', '125005']);
  const none = structuredClone(tongnan);
  delete none.tables['project-expenditure'];
  assert.match(words(() => renderFallback(none, { widget: 'project-table' })).words.zh, /本数据中没有项目支出明细表/);
});

// ——— the builder's snippets (demo/builder/snippets.ts, pure) ———

test('builder: the iframe URL round-trips through the embed page’s own parser', async () => {
  const { embedRequest } = await import('../../src/embed/embed-request.js');
  const { embedUrl, scriptSnippet, cssSnippet } = await import('../../demo/builder/snippets.js');
  const base = { lang: 'en' as const, theme: 'dark', colours: null, kitPath: '/kit/dist', dataUrl: '/data/a b&c.json', frameId: 'f1' };
  const cases = [
    { widget: 'sangong-chart' as const, unit: '125002' },
    { widget: 'kpi-card' as const, project: '50015223T000003492534' },
    { widget: 'budget-table' as const, kind: 'dept-summary' },
    { widget: 'project-table' as const, displayUnit: '亿元' },
  ];
  for (const c of cases) {
    const s = { ...base, ...c };
    const url = new URL(embedUrl(s), 'https://www.example.gov.cn/xxgk/article.html');
    assert.equal(url.pathname, '/kit/dist/embed.html');
    const req = embedRequest(url, 'https://www.example.gov.cn', []);
    assert.ok(!('error' in req), JSON.stringify(req));
    assert.equal(req.widget, c.widget);
    assert.deepEqual(req.attributes, { ...elementAttributes({ ...s, src: 'https://www.example.gov.cn/data/a%20b&c.json' }) });
    assert.equal(url.searchParams.get('frame'), 'f1');
  }
  assert.equal(
    scriptSnippet({ ...base, widget: 'project-table' }),
    '<link rel="preload" href="/data/a b&amp;c.json" as="fetch" crossorigin>\n<script type="module" src="/kit/dist/budget-widgets.js"></script>\n<project-table src="/data/a b&amp;c.json" lang="en" theme="dark"></project-table>\n',
  );
  // <budget-execution> reads two files: both are preloaded; one file named twice, once.
  const execution = scriptSnippet({ ...base, widget: 'budget-execution', dataUrl: '/data/final.json', budgetSrc: '/data/budget.json' });
  assert.deepEqual(execution.match(/<link rel="preload" href="[^"]+"/g), ['<link rel="preload" href="/data/final.json"', '<link rel="preload" href="/data/budget.json"']);
  assert.equal(scriptSnippet({ ...base, widget: 'budget-execution', dataUrl: '/data/a.json', budgetSrc: '/data/a.json' }).match(/<link /g)?.length, 1);
  assert.equal(cssSnippet({ ...base, widget: 'project-table' }), '');
});

test('issue 10: the host snippet sizes only the frame that asked, with a number, at most 10000 px', async () => {
  const { hostSnippet, MAX_FRAME_HEIGHT } = await import('../../demo/builder/snippets.js');
  const code = hostSnippet().replace(/^<script>\n|<\/script>\n$/g, '');
  let listener: ((e: { data: unknown; source: unknown }) => void) | undefined;
  const win = {};
  const frame = { contentWindow: win, style: { height: '600px', border: '' } };
  const other = { contentWindow: {}, style: { height: '600px', border: '' } };
  const document = { querySelectorAll: () => [frame, other] };
  new Function('addEventListener', 'document', code)((type: string, fn: typeof listener) => void (listener = fn), document);
  const send = (height: unknown) => listener!({ data: { type: 'budget-widgets:height', frame: 'f', height }, source: win });
  send(480.2);
  assert.equal(frame.style.height, '481px');
  assert.equal(other.style.height, '600px', 'another frame is not touched');
  send(1e9);
  assert.equal(MAX_FRAME_HEIGHT, 10000);
  assert.equal(frame.style.height, '10000px', 'capped');
  send(Infinity);
  assert.equal(frame.style.height, '10000px');
  for (const bad of ['100vh', '5000', -1, NaN, null, undefined, { valueOf: () => 50 }, [300]]) {
    send(bad);
    assert.equal(frame.style.height, '10000px', `${String(bad)} is ignored`);
  }
  send(320);
  assert.equal(frame.style.height, '320px');
});
