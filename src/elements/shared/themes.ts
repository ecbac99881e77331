/**
 * The theme presets as data: one source for the `theme="…"` attribute styles (theme.ts) and
 * the page stylesheets in src/themes/*.css (written by src/tools/gen-themes.ts; a browser test
 * checks the two agree). No Lit here, so Node tools can import it.
 *
 * Every preset meets WCAG 2.1 AA on its own background and surface (test/browser/theme.test.ts
 * computes the ratios): text, muted text, accent, increase/decrease/error 4.5:1; on-accent on
 * accent and on-series on every series colour 4.5:1; series colours and the focus colour 3:1.
 */
import { WIDGET_NAMES } from '../../widgets/registry.js';

/** The public custom properties a preset may set (all inherited from the page). */
export type ThemeToken =
  | '--budget-color-text'
  | '--budget-color-muted'
  | '--budget-color-background'
  | '--budget-color-surface'
  | '--budget-color-border'
  | '--budget-color-accent'
  | '--budget-color-on-accent'
  | '--budget-color-increase'
  | '--budget-color-decrease'
  | '--budget-color-error'
  | '--budget-color-focus'
  | '--budget-color-on-series'
  | '--budget-color-grid'
  | '--budget-series-1'
  | '--budget-series-2'
  | '--budget-series-3'
  | '--budget-series-4'
  | '--budget-series-5'
  | '--budget-series-6'
  | '--budget-font-scale'
  | '--budget-focus-width'
  | '--budget-mark-outline-width'
  | '--budget-border-width';

export type ThemeName = 'default' | 'dark' | 'gov-red' | 'high-contrast';
export type Preset = Readonly<Partial<Record<ThemeToken, string>>>;

/**
 * The default look (also the literal fallbacks of theme.ts): GitHub-like neutrals, a
 * government blue accent, Chinese convention for change (increase red, decrease green).
 */
const DEFAULT_COLOURS = {
  '--budget-color-text': '#1f2328',
  '--budget-color-muted': '#57606a',
  '--budget-color-background': '#ffffff',
  '--budget-color-surface': '#f6f8fa',
  '--budget-color-border': '#d0d7de',
  '--budget-color-accent': '#0b5cad',
  '--budget-color-on-accent': '#ffffff',
  '--budget-color-increase': '#b42318',
  '--budget-color-decrease': '#1a7f37',
  '--budget-color-error': '#b42318',
  '--budget-color-focus': '#0b5cad',
  '--budget-color-on-series': '#ffffff',
  '--budget-color-grid': '#d0d7de',
  '--budget-series-1': '#0b5cad',
  '--budget-series-2': '#c2410c',
  '--budget-series-3': '#1a7f37',
  '--budget-series-4': '#7c3aed',
  '--budget-series-5': '#975a06',
  '--budget-series-6': '#be185d',
} as const satisfies Preset;

/** Non-colour defaults. A colour preset leaves these alone so a site's large-text scale survives it. */
const DEFAULT_SIZES = {
  '--budget-font-scale': '1',
  '--budget-focus-width': '0.1875rem',
  '--budget-mark-outline-width': '0.5',
  '--budget-border-width': '1px',
} as const satisfies Preset;

export const DEFAULTS: Readonly<Record<ThemeToken, string>> = { ...DEFAULT_COLOURS, ...DEFAULT_SIZES };

/** Dark: light text on near-black; series lightened so marks keep 3:1 and dark text sits on them. */
const DARK: Preset = {
  '--budget-color-text': '#e6edf3',
  '--budget-color-muted': '#9da7b3',
  '--budget-color-background': '#0d1117',
  '--budget-color-surface': '#161b22',
  '--budget-color-border': '#3d444d',
  '--budget-color-grid': '#3d444d',
  '--budget-color-accent': '#58a6ff',
  '--budget-color-on-accent': '#0d1117',
  '--budget-color-increase': '#ff7b72',
  '--budget-color-decrease': '#3fb950',
  '--budget-color-error': '#ff7b72',
  '--budget-color-focus': '#79c0ff',
  '--budget-color-on-series': '#0d1117',
  '--budget-series-1': '#58a6ff',
  '--budget-series-2': '#f0883e',
  '--budget-series-3': '#3fb950',
  '--budget-series-4': '#bc8cff',
  '--budget-series-5': '#d29922',
  '--budget-series-6': '#f778ba',
};

/**
 * 政务红: one main colour (a deep 中国红, #b4001e) with a warm gold and a neutral grey, in two
 * strengths each for the six series; surfaces warm. Increase is the main red, decrease a muted green.
 */
const GOV_RED: Preset = {
  '--budget-color-text': '#1f1a17',
  '--budget-color-muted': '#5c534e',
  '--budget-color-background': '#ffffff',
  '--budget-color-surface': '#faf5f2',
  '--budget-color-border': '#dccfc8',
  '--budget-color-grid': '#dccfc8',
  '--budget-color-accent': '#b4001e',
  '--budget-color-on-accent': '#ffffff',
  '--budget-color-increase': '#b4001e',
  '--budget-color-decrease': '#2f6b3f',
  '--budget-color-error': '#b4001e',
  '--budget-color-focus': '#b4001e',
  '--budget-color-on-series': '#ffffff',
  '--budget-series-1': '#b4001e',
  '--budget-series-2': '#8a5a00',
  '--budget-series-3': '#5c534e',
  '--budget-series-4': '#d9364f',
  '--budget-series-5': '#9a6700',
  '--budget-series-6': '#766d67',
};

/**
 * 长者版 / high contrast: black on white, strong saturated series, text 1.25×, a 4 px focus
 * ring, 2 px bar outlines and borders.
 */
const HIGH_CONTRAST: Preset = {
  '--budget-color-text': '#000000',
  '--budget-color-muted': '#333333',
  '--budget-color-background': '#ffffff',
  '--budget-color-surface': '#f0f0f0',
  '--budget-color-border': '#000000',
  '--budget-color-grid': '#a0a0a0',
  '--budget-color-accent': '#0033a0',
  '--budget-color-on-accent': '#ffffff',
  '--budget-color-increase': '#a50000',
  '--budget-color-decrease': '#005c1f',
  '--budget-color-error': '#a50000',
  '--budget-color-focus': '#0033a0',
  '--budget-color-on-series': '#ffffff',
  '--budget-series-1': '#0033a0',
  '--budget-series-2': '#a33000',
  '--budget-series-3': '#005c1f',
  '--budget-series-4': '#5a1f9e',
  '--budget-series-5': '#6b4a00',
  '--budget-series-6': '#9e0052',
  '--budget-font-scale': '1.25',
  '--budget-focus-width': '0.25rem',
  '--budget-mark-outline-width': '2',
  '--budget-border-width': '2px',
};

/** What each `theme` attribute value sets on the host. `default` restores the colours only. */
export const PRESETS: Readonly<Record<ThemeName, Preset>> = {
  default: DEFAULT_COLOURS,
  dark: DARK,
  'gov-red': GOV_RED,
  'high-contrast': HIGH_CONTRAST,
};

export const THEME_NAMES = Object.keys(PRESETS) as ThemeName[];

/** `selector { token: value; … }` for one preset. */
export function presetRule(selector: string, preset: Preset, indent = ''): string {
  const body = Object.entries(preset)
    .map(([k, v]) => `${indent}  ${k}: ${v};`)
    .join('\n');
  return `${indent}${selector} {\n${body}\n${indent}}`;
}

/**
 * The page stylesheet of a preset (dist/themes/<file>): the tokens on :root, so every widget on
 * the page inherits them. `dark-auto` applies dark only when the reader's system asks for it.
 */
export function pageStylesheet(file: 'dark' | 'dark-auto' | 'gov-red' | 'high-contrast'): string {
  const head = `/* budget-widgets theme "${file}": generated from src/elements/shared/themes.ts by src/tools/gen-themes.ts. */\n`;
  // Native parts (select lists, scrollbars) follow the widgets, not the whole page.
  const scheme = `${WIDGET_NAMES.join(', ')} { color-scheme: dark; }`;
  if (file === 'dark-auto') return `${head}@media (prefers-color-scheme: dark) {\n${presetRule(':root', DARK, '  ')}\n  ${scheme}\n}\n`;
  return `${head}${presetRule(':root', PRESETS[file])}\n${file === 'dark' ? `${scheme}\n` : ''}`;
}

export const PAGE_STYLESHEETS = ['dark', 'dark-auto', 'gov-red', 'high-contrast'] as const;
