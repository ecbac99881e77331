/**
 * The snippet builder (demo/builder.html) in Chromium: its page is put into the test page and its
 * module imported, then driven like an editor would — keyboard on the widget radios, the option
 * selects, a local file — checking the exact snippet text, the preview element and the report.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULTS, PRESETS } from '../../src/elements/shared/themes.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const code = (id: string) => $<HTMLTextAreaElement>(`code-${id}`).value;
const loaded = () => window.budgetBuilder!.loaded();

function choose(select: string, value: string): void {
  const s = $<HTMLSelectElement>(select);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
}

async function pickFile(name: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>('data-file');
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await loaded();
}

async function pickBytes(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const input = $<HTMLInputElement>('data-file');
  const dt = new DataTransfer();
  dt.items.add(new File([bytes], name, { type: 'application/json' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await loaded();
}

async function loadUrl(url: string): Promise<void> {
  $<HTMLInputElement>('data-url').value = url;
  $('load-url').click();
  await loaded();
}

before(async () => {
  const page = new DOMParser().parseFromString(await (await fetch('/demo/builder.html')).text(), 'text/html');
  document.documentElement.lang = 'zh-CN';
  document.body.replaceChildren(...[...page.body.children].map((n) => document.importNode(n, true)));
  await import('../../demo/builder/builder.js');
  await loaded();
});

describe('snippet builder', () => {
  it('starts on the first bundled file: a plain-words report and the three snippets', async () => {
    expect($('report').textContent).to.contain('数据格式正确，各表数字相互一致');
    expect($('report').textContent).to.contain('一致性检查（勾稽关系）：0 个错误，1 个警告，23 个尾差，7 个提示。');
    expect(code('script')).to.equal(
      '<link rel="preload" href="/budget/tongnan-cac-2023.json" as="fetch" crossorigin>\n<script type="module" src="/budget-kit/budget-widgets.js"></script>\n<budget-summary src="/budget/tongnan-cac-2023.json"></budget-summary>\n',
    );
    expect(code('iframe')).to.equal(
      '<iframe class="budget-frame" src="/budget-kit/embed.html?widget=budget-summary&amp;src=%2Fbudget%2Ftongnan-cac-2023.json&amp;frame=budget-budget-summary" title="部门预算概览" width="100%" height="600" loading="lazy"></iframe>\n',
    );
    expect(code('host')).to.contain("e.data.type !== 'budget-widgets:height'");
    expect(code('static')).to.match(/^<budget-summary src="\/budget\/tongnan-cac-2023\.json">\n<div class="budget-static">\n<p>2023年收入预算291\.00万元。/);
    expect(code('static')).to.contain('<tr><td>201</td><th scope="row">一般公共服务支出</th><td class="num" dir="rtl"><span dir="ltr">275.34</span></td><td class="num" dir="rtl"><span dir="ltr">258.24</span></td>');
    const el = $('preview').querySelector('budget-summary')!;
    expect(el.getAttribute('src')).to.equal('/budget/tongnan-cac-2023.json');
  });

  it('the kit path field changes where the script and the iframe point', async () => {
    const path = $<HTMLInputElement>('kit-path');
    path.value = '/static/budget';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    expect(code('script')).to.match(/^<link rel="preload" [^\n]+\n<script type="module" src="\/static\/budget\/budget-widgets\.js"><\/script>/);
    expect(code('iframe')).to.contain('src="/static/budget/embed.html?widget=');
    path.value = '/budget-kit/';
    path.dispatchEvent(new Event('input', { bubbles: true }));
  });

  it('keyboard on the widget radios and the kind select update the snippets and the preview', async () => {
    $<HTMLInputElement>('widgets').querySelector<HTMLInputElement>('input:checked')!.focus();
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    expect((document.activeElement as HTMLInputElement).value).to.equal('budget-table');
    const kinds = [...$<HTMLSelectElement>('opt-kind').options].map((o) => o.value);
    expect(kinds).to.deep.equal(['fiscal-summary', 'gpb-expenditure', 'gpb-basic-expenditure', 'sangong', 'gov-fund-expenditure', 'dept-summary', 'dept-income', 'dept-expenditure', 'procurement', 'project-expenditure']);
    expect($('opt-kind').closest<HTMLElement>('.field')!.hidden).to.equal(false);
    expect($('opt-project').closest<HTMLElement>('.field')!.hidden).to.equal(true);
    choose('opt-kind', 'gpb-expenditure');
    expect(code('script')).to.contain('\n<budget-table src="/budget/tongnan-cac-2023.json" kind="gpb-expenditure"></budget-table>\n');
    expect(code('iframe')).to.contain('embed.html?widget=budget-table&amp;src=%2Fbudget%2Ftongnan-cac-2023.json&amp;kind=gpb-expenditure&amp;frame=budget-budget-table"');
    expect(code('static')).to.contain('<tr><td>2013701</td><th scope="row">行政运行</th><td class="num" dir="rtl"><span dir="ltr">102.25</span></td><td class="num" dir="rtl"><span dir="ltr">87.07</span></td><td class="num" dir="rtl"><span dir="ltr">87.07</span></td><td class="num" dir="rtl"><span dir="ltr">—</span></td></tr>');
    expect($('preview').querySelector('budget-table')!.getAttribute('kind')).to.equal('gpb-expenditure');
  });

  it('display-unit goes on every snippet and the preview, and the static table is converted like the element', async () => {
    document.querySelector<HTMLInputElement>('input[name=widget][value="budget-table"]')!.click();
    choose('opt-kind', 'gpb-expenditure');
    expect([...$<HTMLSelectElement>('opt-display-unit').options].map((o) => o.value)).to.deep.equal(['', '元', '万元', '亿元']);
    choose('opt-display-unit', '元');
    const tag = '<budget-table src="/budget/tongnan-cac-2023.json" kind="gpb-expenditure" display-unit="元">';
    expect(code('script')).to.contain(`\n${tag}</budget-table>\n`);
    expect(code('static')).to.match(new RegExp(`^${tag.replace(/[.?]/g, '\\$&')}\n`));
    expect(code('static')).to.contain('<tr><td>201</td><th scope="row">一般公共服务支出</th><td class="num" dir="rtl"><span dir="ltr">2,753,400.00</span></td><td class="num" dir="rtl"><span dir="ltr">2,582,400.00</span></td>');
    expect(code('static')).to.contain(' · 2023年 · 单位：元</span></caption>');
    expect(code('iframe')).to.contain('&amp;kind=gpb-expenditure&amp;display-unit=%E5%85%83&amp;frame=');
    const el = $('preview').querySelector('budget-table')!;
    expect(el.getAttribute('display-unit')).to.equal('元');
    choose('opt-display-unit', '');
    expect(code('static')).to.not.contain('display-unit');
    expect($('preview').querySelector('budget-table')!.hasAttribute('display-unit')).to.equal(false);
  });

  it('kpi-card lists the overall targets and the file’s projects; lang and theme go on every snippet', async () => {
    const radio = document.querySelector<HTMLInputElement>('input[name=widget][value="kpi-card"]')!;
    radio.click();
    const options = [...$<HTMLSelectElement>('opt-project').options].map((o) => [o.value, o.text]);
    expect(options[0]).to.deep.equal(['', '部门整体绩效目标']);
    expect(options.slice(1).map((o) => o[0])).to.deep.equal(['50015223T000003492534', '50015223T000003492540', '50015223T000003492544', '50015223T000003492550']);
    choose('opt-project', '50015223T000003492540');
    choose('opt-lang', 'en');
    choose('opt-theme', 'gov-red');
    const tag = '<kpi-card src="/budget/tongnan-cac-2023.json" project="50015223T000003492540" lang="en" theme="gov-red">';
    expect(code('script')).to.contain(`${tag}</kpi-card>`);
    expect(code('static')).to.match(new RegExp(`^${tag.replace(/[.?]/g, '\\$&')}\\n`));
    expect(code('static')).to.contain('Project performance targets — 2023 网络舆情监测专项');
    expect(code('iframe')).to.contain('widget=kpi-card&amp;src=%2Fbudget%2Ftongnan-cac-2023.json&amp;project=50015223T000003492540&amp;lang=en&amp;theme=gov-red&amp;frame=');
    expect(code('iframe')).to.contain('title="Performance targets"');
    const el = $('preview').querySelector('kpi-card')!;
    expect([el.getAttribute('project'), el.getAttribute('lang'), el.getAttribute('theme')]).to.deep.equal(['50015223T000003492540', 'en', 'gov-red']);
    choose('opt-lang', 'zh');
    choose('opt-theme', 'default');
  });

  it('on a 决算: kpi-card offers the department’s and each project’s 绩效自评; budget-execution takes budget-src on every snippet and the preview', async () => {
    await loadUrl('/budget/example-district-2024-final.json');
    document.querySelector<HTMLInputElement>('input[name=widget][value="kpi-card"]')!.click();
    const options = [...$<HTMLSelectElement>('opt-project').options].map((o) => [o.value, o.text]);
    expect(options[0]).to.deep.equal(['', '部门整体支出绩效自评']);
    expect(options).to.have.length(15);
    choose('opt-project', '教育信息化建设（智慧校园）');
    expect(code('static')).to.contain('<span class="title">项目支出绩效自评 — 教育信息化建设（智慧校园）</span>');
    document.querySelector<HTMLInputElement>('input[name=widget][value="budget-execution"]')!.click();
    const budgetSrc = $<HTMLInputElement>('opt-budget-src');
    expect(budgetSrc.closest<HTMLElement>('.field')!.hidden).to.equal(false);
    budgetSrc.value = '/budget/example-district-2024.json';
    budgetSrc.dispatchEvent(new Event('input', { bubbles: true }));
    const tag = '<budget-execution src="/budget/example-district-2024-final.json" budget-src="/budget/example-district-2024.json">';
    expect(code('script')).to.contain(`${tag}</budget-execution>`);
    // Both files it reads start downloading beside the kit.
    expect(code('script')).to.match(/^<link rel="preload" href="\/budget\/example-district-2024-final\.json" as="fetch" crossorigin>\n<link rel="preload" href="\/budget\/example-district-2024\.json" as="fetch" crossorigin>\n<script /);
    expect(code('static')).to.match(new RegExp(`^${tag.replace(/[.?]/g, '\\$&')}\\n`));
    expect(code('iframe')).to.contain('widget=budget-execution&amp;src=%2Fbudget%2Fexample-district-2024-final.json&amp;budget-src=%2Fbudget%2Fexample-district-2024.json&amp;frame=');
    expect($('preview').querySelector('budget-execution')!.getAttribute('budget-src')).to.equal('/budget/example-district-2024.json');
    budgetSrc.value = '';
    // Back to the state the next tests start from: the Tongnan file, kpi-card.
    await loadUrl('/budget/tongnan-cac-2023.json');
    document.querySelector<HTMLInputElement>('input[name=widget][value="kpi-card"]')!.click();
  });

  it('theme colours: start from the theme, set on the preview through CSSOM, given as CSS for the site', async () => {
    expect($('css-way').hidden).to.equal(true);
    const accent = document.querySelector<HTMLInputElement>('input[data-token="--budget-color-accent"]')!;
    expect(accent.value).to.equal(DEFAULTS['--budget-color-accent']);
    choose('opt-theme', 'gov-red');
    expect(accent.value).to.equal(PRESETS['gov-red']['--budget-color-accent']);
    choose('opt-theme', 'default');
    $<HTMLInputElement>('custom-colours').click();
    expect(accent.disabled).to.equal(false);
    accent.value = '#b3261e';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    expect($('css-way').hidden).to.equal(false);
    const series = (n: 1 | 2 | 3) => DEFAULTS[`--budget-series-${n}`];
    expect(code('css')).to.equal(`kpi-card {\n  --budget-color-accent: #b3261e;\n  --budget-series-1: ${series(1)};\n  --budget-series-2: ${series(2)};\n  --budget-series-3: ${series(3)};\n}\n`);
    expect($('contrast').textContent).to.equal('');
    const s1 = document.querySelector<HTMLInputElement>('input[data-token="--budget-series-1"]')!;
    s1.value = '#ffff66';
    s1.dispatchEvent(new Event('input', { bubbles: true }));
    expect($('contrast').textContent).to.equal('对比度不足 3:1（与背景 #ffffff）：系列 1（本年）。请选深一些的颜色。');
    const el = $('preview').querySelector<HTMLElement>('kpi-card')!;
    expect(el.style.getPropertyValue('--budget-color-accent')).to.equal('#b3261e');
    expect(el.hasAttribute('style')).to.equal(true); // set via CSSOM, which a strict CSP allows
    $<HTMLInputElement>('custom-colours').click();
    expect($('css-way').hidden).to.equal(true);
  });

  it('an invalid local file shows its problems in plain words, and no preview or static snippet', async () => {
    await pickFile('broken.json', '{\n  "schemaVersion": 1,\n  "department": {"name": "x"}\n  "tables": {}\n}');
    expect($('report').textContent).to.contain('broken.json 无法使用：不是有效的 JSON（第 4 行第 3 列）：此处应为逗号“,”或右花括号“}”（可能少了逗号）');
    await pickFile('wrong.json', JSON.stringify({ schemaVersion: 1, department: { name: '<b>x</b>', region: 'r', fiscalYear: '2023', kind: 'budget', unit: '万元' }, tables: {} }));
    const report = $('report');
    expect(report.textContent).to.contain('wrong.json 不符合数据格式，共 1 个问题。修正后才能预览和生成代码：');
    expect([...report.querySelectorAll('.problems li')].map((li) => li.querySelector('code')!.textContent)).to.deep.equal(['department.fiscalYear']);
    expect(report.querySelector('b'), 'data text is escaped').to.equal(null);
    expect($('preview').textContent).to.contain('数据文件未通过检查，无法预览。');
    // waitUntil: the builder's announcement (its own validation), not an element's load.
    await waitUntil(() => $('announce').textContent === 'wrong.json 不符合数据格式，共 1 个问题', 'the result is announced');
    expect(code('static')).to.equal('（请先加载通过检查的数据文件。）');
  });

  it('a valid local file previews through the data property; its published address goes into the snippets', async () => {
    const text = await (await fetch('/data/example-district-2024.json')).text();
    await pickFile('qinglan-2024.json', text);
    expect($('report').textContent).to.contain('重庆市青岚区教育委员会，2024 年，金额单位元。');
    // One address field at a time, and no made-up path in the code: it asks for the file's address on the site.
    expect($('publish-field').hidden).to.equal(false);
    expect($('url-field').hidden).to.equal(true);
    for (const id of ['script', 'iframe', 'static']) expect(code(id)).to.equal('（请先填写“数据文件在网站上的地址”，代码中的 src 就是这个地址。）');
    expect(document.body.textContent).not.to.contain('/path/to/');
    const publish = $<HTMLInputElement>('publish-url');
    publish.value = '/xxgk/yusuan/qinglan-2024.json';
    publish.dispatchEvent(new Event('input', { bubbles: true }));
    expect(code('script')).to.contain('<kpi-card src="/xxgk/yusuan/qinglan-2024.json"></kpi-card>');
    const el = $('preview').querySelector('kpi-card') as HTMLElement & { data?: { department: { name: string } } };
    expect(el.hasAttribute('src')).to.equal(false);
    expect(el.data!.department.name).to.equal('重庆市青岚区教育委员会');
    // The unit select of sangong-chart is filled from this file.
    document.querySelector<HTMLInputElement>('input[name=widget][value="sangong-chart"]')!.click();
    expect([...$<HTMLSelectElement>('opt-unit').options].map((o) => o.text)).to.deep.equal(['合计', '区教委（本级）', '青岚区第一中学校', '青岚区实验小学校', '青岚区职业教育中心', '青岚区机关幼儿园']);
    choose('opt-unit', '125002');
    expect(code('static')).to.contain('<tr><th scope="row">总计</th><td class="num" dir="rtl"><span dir="ltr">47,000.00</span></td><td class="num" dir="rtl"><span dir="ltr">50,000.00</span></td><td class="num" dir="rtl"><span dir="ltr">+3,000.00</span></td><td class="num" dir="rtl"><span dir="ltr">+6.38%</span></td></tr>');
    // Back to a URL: the publish field goes, the preview fetches again.
    await loadUrl('/budget/tongnan-cac-2023.json');
    expect($('publish-field').hidden).to.equal(true);
    expect($('url-field').hidden).to.equal(false);
    expect($('preview').querySelector('sangong-chart')!.getAttribute('src')).to.equal('/budget/tongnan-cac-2023.json');
  });

  it('the README\'s addresses are the defaults and work: /budget-kit/ serves the kit, /budget/ the data', async () => {
    expect($<HTMLInputElement>('kit-path').value).to.equal('/budget-kit/');
    expect([...document.querySelectorAll<HTMLButtonElement>('[data-preset]')].map((b) => b.dataset.preset)).to.deep.equal(['/budget/tongnan-cac-2023.json', '/budget/example-district-2024.json']);
    expect((await fetch('/budget-kit/embed.html')).status).to.equal(200);
    expect($('report').textContent).to.contain('数据格式正确');
  });

  it('a URL that does not answer blames the address, not the file', async () => {
    await loadUrl('/data/no-such-file.json');
    expect($('report').textContent).to.contain('/data/no-such-file.json 无法使用：服务器返回 404：这个地址上没有文件。请检查地址是否正确（例如 /budget/tongnan-cac-2023.json）；文件本身尚未检查。');
    expect($('preview').textContent).to.contain('无法从这个地址读取数据文件，请检查地址（文件本身尚未检查）。');
    expect($('preview').textContent).not.to.contain('修改文件');
    await loadUrl('/budget/tongnan-cac-2023.json');
  });

  it('issue 10: addresses never fetched, gzip and files not in UTF-8 get the widget’s words', async () => {
    const realFetch = window.fetch;
    const urls: string[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      await loadUrl('javascript:alert(1)');
      expect($('report').textContent).to.contain('javascript:alert(1) 无法使用：数据文件的地址不是 http(s) 地址');
      await loadUrl('https://editor:pw@example.org/x.json');
      expect($('report').textContent).to.contain('无法使用：地址中含有用户名或密码');
      expect(urls, 'nothing fetched').to.deep.equal([]);
      await loadUrl('/test/hostile/corpus/gzip-bytes.json');
      expect($('report').textContent).to.contain('无法使用：服务器发送了压缩数据（gzip）但未声明');
    } finally {
      window.fetch = realFetch;
    }
    const bytes = async (name: string) => new Uint8Array(await (await fetch(`/test/hostile/corpus/${name}`)).arrayBuffer());
    await pickBytes('gbk.json', await bytes('encoding-gbk.json'));
    expect($('report').textContent).to.contain('gbk.json 无法使用：文件不是 UTF-8 编码（看起来是 GBK）：请用文本编辑器另存为 UTF-8。');
    await pickBytes('name.json', await bytes('encoding-invalid-byte-in-name.json'));
    expect($('report').textContent).to.contain('name.json 无法使用：文件不是有效的 UTF-8 编码（第 5 行有无效的字节）');
    await pickBytes('data.json.gz', await bytes('gzip-bytes.json'));
    expect($('report').textContent).to.contain('文件是 gzip 压缩数据，不是 JSON 文本：请先解压');
    await loadUrl('/budget/tongnan-cac-2023.json');
  });

  it('Copy puts the snippet on the clipboard and says 已复制 in a live region', async () => {
    const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      const button = document.querySelector<HTMLButtonElement>('button[data-copy="code-iframe"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      // waitUntil: the clipboard announcement, not a load.
      await waitUntil(() => $('announce').textContent === '已复制', 'announced');
      expect(copied).to.equal(code('iframe'));
      expect($('announce').getAttribute('role')).to.equal('status');
      // Without clipboard access the text is selected for Ctrl+C instead.
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.querySelector<HTMLButtonElement>('button[data-copy="code-script"]')!.click();
      // waitUntil: the copy fallback, not a load.
      await waitUntil(() => $('announce').textContent !== '' && document.activeElement === $('code-script'), 'fallback');
      const box = $<HTMLTextAreaElement>('code-script');
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', real);
    }
  });

  it('the form and the code are accessible (axe)', async () => {
    await expect($('builder')).to.be.accessible();
    await expect($('snippets')).to.be.accessible();
  });
});
