/**
 * The snippet builder (demo/builder.html): choose a data file, a widget and its options, see the
 * element live, copy the code for each way of embedding. Loaded as a module (no inline script,
 * so the page runs under a strict CSP). The snippets come from snippets.ts, the file check from
 * check.ts; this module only keeps the form, the preview and the code boxes in step.
 */
import '../../src/index.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { DISPLAY_UNITS, kindChoices, projectOptions, sangongUnitChoices, StaticError, THEMES, WIDGETS, type WidgetName } from '../../src/static/index.js';
import { DEFAULTS, PRESETS, type ThemeName } from '../../src/elements/shared/themes.js';
import { checkBytes, reportHtml, type CheckedFile } from './check.js';
import { LoadError, refusedAddress } from '../../src/model/load.js';
import { FAILURE_ZH } from '../../src/elements/shared/failure-words.js';
import { COLOUR_TOKENS, cssSnippet, fallbackSnippet, hostSnippet, iframeSnippet, scriptSnippet, type BuilderState, type ColourToken } from './snippets.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

const form = $<HTMLFormElement>('builder');
const dataUrl = $<HTMLInputElement>('data-url');
const dataFile = $<HTMLInputElement>('data-file');
const urlField = $('url-field');
const publishField = $('publish-field');
const publishUrl = $<HTMLInputElement>('publish-url');
const report = $('report');
const kindSelect = $<HTMLSelectElement>('opt-kind');
const projectSelect = $<HTMLSelectElement>('opt-project');
const unitSelect = $<HTMLSelectElement>('opt-unit');
const budgetSrcInput = $<HTMLInputElement>('opt-budget-src');
const linkedBox = $<HTMLInputElement>('opt-linked');
const langSelect = $<HTMLSelectElement>('opt-lang');
const themeSelect = $<HTMLSelectElement>('opt-theme');
const displayUnitSelect = $<HTMLSelectElement>('opt-display-unit');
const customColours = $<HTMLInputElement>('custom-colours');
const colourInputs = [...document.querySelectorAll<HTMLInputElement>('#colours input[type=color]')];
const kitPath = $<HTMLInputElement>('kit-path');
const preview = $('preview');
const announce = $('announce');

/** The loaded file: where it came from and what the check found. */
let source: { kind: 'url' | 'local'; name: string; result: CheckedFile } | null = null;
/** Bumped on every load, so a slow reply for an older URL or file is dropped. */
let loadId = 0;
/** The latest load, for tests (window.budgetBuilder.loaded). */
let loading: Promise<void> = Promise.resolve();

// ——— widgets as radio buttons (from WIDGETS, so the list is the kit's) ———

$('widgets').append(
  ...WIDGETS.map(({ tag: w, title, hint: hints }, i) => {
    const label = document.createElement('label');
    label.className = 'choice';
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'widget', value: w, checked: i === 0 });
    input.setAttribute('aria-describedby', `hint-${w}`);
    const name = Object.assign(document.createElement('span'), { className: 'choice-name', textContent: title.zh });
    const en = Object.assign(document.createElement('span'), { className: 'en', lang: 'en', textContent: title.en });
    const tag = Object.assign(document.createElement('code'), { textContent: `<${w}>` });
    const hint = Object.assign(document.createElement('span'), { className: 'hint', id: `hint-${w}`, textContent: hints.zh });
    label.append(input, name, en, tag, hint);
    return label;
  }),
);

// ——— state ———

function widget(): WidgetName {
  return (form.elements.namedItem('widget') as RadioNodeList).value as WidgetName;
}

function data(): BudgetDisclosure | null {
  return source?.result.status === 'checked' ? source.result.data : null;
}

function state(): BuilderState {
  const w = widget();
  return {
    widget: w,
    kind: w === 'budget-table' ? kindSelect.value || undefined : undefined,
    project: w === 'kpi-card' ? projectSelect.value || undefined : undefined,
    unit: w === 'sangong-chart' ? unitSelect.value || undefined : undefined,
    budgetSrc: w === 'budget-execution' ? budgetSrcInput.value.trim() || undefined : undefined,
    lang: langSelect.value === 'en' ? 'en' : 'zh',
    theme: THEMES.includes(themeSelect.value as (typeof THEMES)[number]) ? themeSelect.value : 'default',
    displayUnit: DISPLAY_UNITS.includes(displayUnitSelect.value as (typeof DISPLAY_UNITS)[number]) ? displayUnitSelect.value : undefined,
    colours: customColours.checked ? (Object.fromEntries(colourInputs.map((i) => [i.dataset.token!, i.value])) as Record<ColourToken, string>) : null,
    kitPath: kitPath.value,
    // A local file's address on the site is the editor's to give: never a made-up path in a snippet.
    dataUrl: (source?.kind === 'local' ? publishUrl.value : dataUrl.value).trim(),
    frameId: `budget-${w}`,
    linked: w === 'project-table' && linkedBox.checked,
  };
}

// ——— option lists from the file ———

function fill(select: HTMLSelectElement, options: { value: string; text: string }[], keep: boolean): void {
  const previous = select.value;
  select.replaceChildren(...options.map((o) => new Option(o.text, o.value)));
  if (keep && options.some((o) => o.value === previous)) select.value = previous;
  select.disabled = options.length === 0;
}

function fillOptions(d: BudgetDisclosure | null, keep: boolean): void {
  fill(kindSelect, d ? kindChoices(d).map((k) => ({ value: k.kind, text: `${k.title}（${k.kind}）` })) : [], keep);
  fill(projectSelect, d ? projectOptions(d) : [], keep);
  fill(unitSelect, d ? sangongUnitChoices(d).map((u) => ({ value: u.isTotal ? '' : u.id, text: u.name })) : [], keep);
}

/** Shows only the options of the chosen widget. */
function showOptions(): void {
  const w = widget();
  for (const f of form.querySelectorAll<HTMLElement>('[data-for]')) f.hidden = f.dataset.for !== w;
}

// ——— preview and code ———

function renderPreview(s: BuilderState): void {
  const d = data();
  if (!d || !source) {
    const why = !source
      ? '加载数据文件后在此预览。'
      : source.result.status === 'unreadable' && source.result.address
        ? '无法从这个地址读取数据文件，请检查地址（文件本身尚未检查）。'
        : '数据文件未通过检查，无法预览。请按左侧（窄屏时在上方）的提示修改文件。';
    preview.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: why }));
    return;
  }
  // The linked pair gets an id of its own here: the builder page is not the article.
  const tags = s.linked ? [[s.widget, { id: 'preview-projects' }], ['kpi-card', { for: 'preview-projects' }]] as const : [[s.widget, {}]] as const;
  preview.replaceChildren(
    ...tags.map(([tag, link]) => {
      const el = document.createElement(tag) as HTMLElement & { data?: BudgetDisclosure };
      for (const [name, value] of Object.entries({ ...link, kind: s.kind, project: s.project, unit: s.unit, 'budget-src': s.budgetSrc, theme: s.theme === 'default' ? undefined : s.theme, lang: s.lang === 'en' ? 'en' : undefined, 'display-unit': s.displayUnit })) {
        if (value) el.setAttribute(name, value);
      }
      // A local file is not on any server: the element gets the parsed data instead of a URL.
      if (source!.kind === 'local') el.data = d;
      else el.setAttribute('src', dataUrl.value.trim());
      // CSSOM, not a style attribute: allowed under a strict CSP.
      if (s.colours) for (const t of COLOUR_TOKENS) el.style.setProperty(t, s.colours[t]);
      return el;
    }),
  );
}

function setCode(id: string, text: string): void {
  const box = $<HTMLTextAreaElement>(id);
  box.value = text;
  box.rows = Math.min(14, Math.max(4, text.split('\n').length));
}

function renderCode(s: BuilderState): void {
  setCode('code-host', hostSnippet());
  if (!s.dataUrl) {
    const ask = '（请先填写“数据文件在网站上的地址”，代码中的 src 就是这个地址。）';
    for (const id of ['code-script', 'code-iframe']) setCode(id, ask);
    setCode('code-static', data() ? ask : '（请先加载通过检查的数据文件。）');
    setCode('code-css', '');
    $('css-way').hidden = true;
    return;
  }
  setCode('code-script', scriptSnippet(s));
  setCode('code-iframe', iframeSnippet(s));
  const d = data();
  let fallback = '（请先加载通过检查的数据文件。）';
  if (d) {
    try {
      fallback = fallbackSnippet(d, s);
    } catch (e) {
      if (!(e instanceof StaticError)) throw e;
      fallback = e.words.zh;
    }
  }
  setCode('code-static', fallback);
  const css = cssSnippet(s);
  $('css-way').hidden = !css;
  setCode('code-css', css);
}

/** The theme's value of a token (the preset over the defaults). */
function themeValue(theme: string, token: string): string {
  const preset = PRESETS[theme as ThemeName] ?? {};
  return (preset as Record<string, string>)[token] ?? (DEFAULTS as Record<string, string>)[token] ?? '#000000';
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Colour inputs: follow the theme until the editor picks colours; warn below 3:1 on the background. */
function syncColours(): void {
  const theme = themeSelect.value;
  for (const i of colourInputs) {
    i.disabled = !customColours.checked;
    if (!customColours.checked) i.value = themeValue(theme, i.dataset.token!);
  }
  const background = themeValue(theme, '--budget-color-background');
  const low = customColours.checked
    ? colourInputs.filter((i) => /^#[0-9a-f]{6}$/i.test(background) && contrast(i.value, background) < 3).map((i) => i.parentElement!.textContent!.trim())
    : [];
  $('contrast').textContent = low.length ? `对比度不足 3:1（与背景 ${background}）：${low.join('、')}。请选深一些的颜色。` : '';
}

let previewKey = '';
function update(): void {
  showOptions();
  syncColours();
  const s = state();
  // The preview is rebuilt only when what it shows changes (not for the kit path or publish URL).
  const key = JSON.stringify([loadId, s.widget, s.kind, s.project, s.unit, s.budgetSrc, s.lang, s.theme, s.displayUnit, s.colours, s.linked]);
  if (key !== previewKey) {
    previewKey = key;
    renderPreview(s);
  }
  renderCode(s);
}

// ——— loading ———

function accept(kind: 'url' | 'local', name: string, result: CheckedFile): void {
  source = { kind, name, result };
  report.innerHTML = reportHtml(name, result).value;
  // One address field at a time: the URL the file was loaded from, or a local file's address on the site.
  publishField.hidden = kind !== 'local';
  urlField.hidden = kind === 'local';
  fillOptions(data(), false);
  update();
  say(
    result.status === 'checked'
      ? `已加载 ${name}${result.summary.hasErrors ? '，一致性检查发现错误' : '，检查通过'}`
      : result.status === 'invalid'
        ? `${name} 不符合数据格式，共 ${result.problems.length} 个问题`
        : `${name} 无法使用`,
  );
}

/** Says `text` in the polite live region (cleared first, so repeating the same words is heard). */
function say(text: string): void {
  announce.textContent = '';
  requestAnimationFrame(() => (announce.textContent = text));
}

async function loadUrl(): Promise<void> {
  const url = dataUrl.value.trim();
  if (!url) return;
  const id = ++loadId;
  dataFile.value = '';
  report.replaceChildren(Object.assign(document.createElement('p'), { className: 'muted', textContent: `正在加载 ${url} …` }));
  let result: CheckedFile;
  // The widget's own rule: a javascript:, data: or file: address, or one with a password, is never fetched.
  let refused: LoadError | undefined;
  try {
    refused = refusedAddress(new URL(url, location.href).href);
  } catch {
    refused = new LoadError('url');
  }
  if (refused) {
    result = { status: 'unreadable', address: true, message: refused.kind === 'url' ? '地址无效，请检查拼写。' : FAILURE_ZH[refused.kind as 'scheme' | 'credentials'] };
  } else {
    try {
      const response = await fetch(url);
      result = response.ok ? checkBytes(new Uint8Array(await response.arrayBuffer()), false) : { status: 'unreadable', address: true, message: httpWords(response.status) };
    } catch {
      result = { status: 'unreadable', address: true, message: '无法访问该地址（网络错误，或该网站不允许本页读取）。' };
    }
  }
  if (id === loadId) accept('url', url, result);
}

/** An HTTP failure blames the address (or the server), never the file, which was not read. */
function httpWords(status: number): string {
  const what = status === 404 || status === 410 ? '这个地址上没有文件' : status === 401 || status === 403 ? '服务器不允许读取这个地址' : '服务器出错';
  return `服务器返回 ${status}：${what}。请检查地址是否正确（例如 /budget/tongnan-cac-2023.json）；文件本身尚未检查。`;
}

async function loadLocal(): Promise<void> {
  const file = dataFile.files?.[0];
  if (!file) return;
  const id = ++loadId;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (id === loadId) accept('local', file.name, checkBytes(bytes, true));
}

// ——— copying ———

async function copy(button: HTMLButtonElement): Promise<void> {
  const box = $<HTMLTextAreaElement>(button.dataset.copy!);
  let copied = false;
  try {
    await navigator.clipboard.writeText(box.value);
    copied = true;
  } catch {
    // No clipboard permission (or not a secure context): select the text for Ctrl+C instead.
    box.focus();
    box.select();
    copied = document.execCommand?.('copy') ?? false;
  }
  say(copied ? '已复制' : '已选中代码，请按 Ctrl+C（Mac 上按 ⌘C）复制');
}

// ——— wiring ———

form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('change', (e) => {
  const t = e.target as HTMLElement;
  if (t === dataUrl) loading = loadUrl();
  else if (t === dataFile) loading = loadLocal();
  else update();
});
form.addEventListener('input', (e) => {
  const t = e.target as HTMLElement;
  if (t === publishUrl || t === budgetSrcInput || (t instanceof HTMLInputElement && t.type === 'color')) update();
});
kitPath.addEventListener('input', update);
dataUrl.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    loading = loadUrl();
  }
});
$('load-url').addEventListener('click', () => (loading = loadUrl()));
// Back from a local file to an address on the site: the URL field returns, focused.
$('use-url').addEventListener('click', () => {
  publishField.hidden = true;
  urlField.hidden = false;
  dataFile.value = '';
  dataUrl.focus();
});
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-preset]')) {
  b.addEventListener('click', () => {
    dataUrl.value = b.dataset.preset!;
    loading = loadUrl();
  });
}
for (const b of document.querySelectorAll<HTMLButtonElement>('button.copy')) b.addEventListener('click', () => void copy(b));
$<HTMLInputElement>('show-en').addEventListener('change', (e) => document.documentElement.classList.toggle('show-en', (e.target as HTMLInputElement).checked));

// Start with the first bundled file, so an editor sees a working widget at once.
const params = new URLSearchParams(location.search);
dataUrl.value = params.get('src') ?? document.querySelector<HTMLButtonElement>('[data-preset]')!.dataset.preset!;
fillOptions(null, false);
update();
loading = loadUrl();

declare global {
  interface Window {
    /** For tests: `loaded()` resolves once the latest data file has been checked and shown. */
    budgetBuilder?: { loaded: () => Promise<void> };
  }
}
window.budgetBuilder = { loaded: () => loading };
