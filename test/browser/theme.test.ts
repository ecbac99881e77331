import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { DEFAULTS, PAGE_STYLESHEETS, PRESETS, THEME_NAMES, pageStylesheet, type ThemeName } from '../../src/elements/shared/themes.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import { allElements, contrast, element, rgb, TAGS, token, tongnan } from './theme-fixtures.js';

/** [foreground, background, minimum ratio]: WCAG 2.1 AA text 4.5:1, marks and focus 3:1. */
const PAIRS: [string, string, number][] = [];
for (const bg of ['--_bg', '--_surface']) {
  for (const fg of ['--_text', '--_muted', '--_accent', '--_increase', '--_decrease', '--_error']) PAIRS.push([fg, bg, 4.5]);
  for (let i = 1; i <= 6; i++) PAIRS.push([`--_series-${i}`, bg, 3]);
  PAIRS.push(['--_focus-color', bg, 3]);
}
PAIRS.push(['--_accent-text', '--_accent', 4.5], ['--_bg', '--_text', 4.5]); // pressed buttons; tooltips
for (let i = 1; i <= 6; i++) PAIRS.push(['--_on-series', `--_series-${i}`, 4.5]); // numbers on kpi-card segments

const same = (a: string, b: string) => expect(rgb(a), `${a} vs ${b}`).to.deep.equal(rgb(b));

/** Whether the page has fetched the module of the preset rules (theme-presets.ts). */
const presetsFetched = () => performance.getEntriesByType('resource').some((e) => e.name.includes('theme-presets'));

/** Private name of each public token (the wiring of theme.ts). */
const PRIVATE: Record<string, string> = {
  '--budget-color-background': '--_bg',
  '--budget-color-on-accent': '--_accent-text',
  '--budget-color-focus': '--_focus-color',
  '--budget-font-scale': '--_scale',
  '--budget-focus-width': '--_focus-width',
  '--budget-mark-outline-width': '--_mark-outline',
  '--budget-border-width': '--_border-width',
};
const privateName = (k: string) => PRIVATE[k] ?? k.replace('--budget-color-', '--_').replace('--budget-series-', '--_series-');

describe('theme presets', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.adoptedStyleSheets = [];
  });

  // First in this file: the page has not loaded the presets yet.
  describe('loading', () => {
    it('the preset rules are fetched only once an element has a theme, and before its first render', async () => {
      await element('kpi-card');
      expect(presetsFetched(), 'no theme yet').to.equal(false);
      const wrap = document.createElement('div');
      document.body.append(wrap);
      try {
        const el = document.createElement('kpi-card') as BudgetElement;
        el.setAttribute('theme', 'dark');
        el.data = await tongnan();
        let first: string | undefined;
        const seen = new MutationObserver(() => (first ??= token(el, '--_bg')));
        wrap.append(el);
        seen.observe(el.shadowRoot!, { childList: true, subtree: true });
        await el.updateComplete;
        seen.disconnect();
        expect(presetsFetched()).to.equal(true);
        expect(first, 'the first render').to.not.equal(undefined);
        same(first!, PRESETS.dark['--budget-color-background']!);
      } finally {
        wrap.remove();
      }
    });
  });

  it('without a preset every private token resolves to the default of themes.ts (the literal fallbacks agree)', async () => {
    const el = await element('budget-table');
    for (const [k, v] of Object.entries(DEFAULTS)) {
      const got = token(el, privateName(k));
      if (v.startsWith('#')) same(got, v);
      else expect(got, k).to.equal(v);
    }
  });

  describe('contrast (WCAG 2.1 AA) of the resolved tokens', () => {
    for (const theme of THEME_NAMES) {
      it(`${theme}: text 4.5:1, marks and focus ring 3:1`, async () => {
        const el = await element('sangong-chart', theme);
        const failures = PAIRS.map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrast(token(el, fg), token(el, bg)) }))
          .filter((p) => p.ratio < p.min)
          .map((p) => `${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)} < ${p.min}`);
        expect(failures).to.deep.equal([]);
      });
    }

    it('the check itself fails on a low-contrast token set by the page', async () => {
      const { els } = await allElements('--budget-color-muted:#aaaaaa');
      expect(contrast(token(els[0]!, '--_muted'), token(els[0]!, '--_bg'))).to.be.below(4.5);
    });
  });

  describe('axe in every preset', () => {
    for (const theme of [...THEME_NAMES, 'auto']) {
      it(`every element is axe-clean with theme="${theme}"${theme === 'auto' ? ' and a dark system' : ''}`, async () => {
        if (theme === 'auto') await emulateMedia({ colorScheme: 'dark' });
        for (const tag of TAGS) {
          const el = await element(tag, theme);
          if (theme === 'auto') same(token(el, '--_bg'), PRESETS.dark['--budget-color-background']!);
          await expect(el, tag).to.be.accessible();
        }
      });
    }
  });

  describe('one attribute', () => {
    it('theme="dark" sets every colour of the preset on each element', async () => {
      for (const tag of TAGS) {
        const el = await element(tag, 'dark');
        same(token(el, '--_text'), PRESETS.dark['--budget-color-text']!);
        same(token(el, '--_series-2'), PRESETS.dark['--budget-series-2']!);
        same(getComputedStyle(el).backgroundColor, PRESETS.dark['--budget-color-background']!);
        expect(getComputedStyle(el).colorScheme).to.equal('dark');
      }
    });

    it('theme="dark" on a light page is a padded box: no text touches its edges (issue 11)', async () => {
      for (const tag of TAGS) {
        const el = await element(tag, 'dark');
        const box = el.getBoundingClientRect();
        const base = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
        expect(parseFloat(getComputedStyle(el).paddingLeft), tag).to.equal(12);
        expect(base.left - box.left, tag).to.equal(12);
        expect(base.top - box.top, tag).to.equal(12);
        expect(box.right - base.right, tag).to.be.at.least(12);
        // The light presets keep the page's edge: their background is the page's own.
        expect(getComputedStyle(await element(tag, 'gov-red')).paddingLeft, tag).to.equal('0px');
      }
    });

    it('theme="high-contrast" is the large-text preset: 1.25× text, 4 px focus ring, 2 px outlines', async () => {
      const plain = await element('budget-table');
      const big = await element('budget-table', 'high-contrast');
      expect(parseFloat(getComputedStyle(big).fontSize) / parseFloat(getComputedStyle(plain).fontSize)).to.equal(1.25);
      expect(token(big, '--_focus')).to.equal('0.25rem solid #0033a0');
      const chart = await element('sangong-chart', 'high-contrast');
      expect(getComputedStyle(chart.shadowRoot!.querySelector('.mark:not(.zero)')!).strokeWidth).to.equal('2px');
      const th = big.shadowRoot!.querySelector('th')!;
      expect(getComputedStyle(th).borderTopWidth).to.equal('2px');
    });

    it('charts grow their labels with the text: laid out at width / 1.25 and drawn 1.25× in high-contrast', async () => {
      for (const tag of ['sangong-chart', 'budget-summary'] as const) {
        const plain = (await element(tag)).shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
        const big = (await element(tag, 'high-contrast')).shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
        expect(plain.width.baseVal.value / plain.viewBox.baseVal.width, tag).to.equal(1);
        expect(big.width.baseVal.value / big.viewBox.baseVal.width, tag).to.be.closeTo(1.25, 0.01);
        const h = (svg: SVGSVGElement) => svg.querySelector('text')!.getBoundingClientRect().height;
        expect(h(big) / h(plain), tag).to.be.closeTo(1.25, 0.05);
        // the chart still fits its box
        expect(big.getBoundingClientRect().width).to.be.at.most(big.closest('[part="base"]')!.getBoundingClientRect().width);
        // a narrow box grows the text less rather than overflow
        const narrow = (await element(tag, 'high-contrast', 320)).shadowRoot!.querySelector<SVGSVGElement>('svg.plot')!;
        expect(narrow.width.baseVal.value, tag).to.equal(320);
        expect(narrow.viewBox.baseVal.width, tag).to.equal(280);
      }
    });

    it('theme="gov-red" uses the red main colour with white text on it', async () => {
      const el = await element('sangong-chart', 'gov-red');
      same(token(el, '--_accent'), '#b4001e');
      const pressed = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed="true"]')!;
      same(getComputedStyle(pressed).backgroundColor, '#b4001e');
      same(getComputedStyle(pressed).color, '#ffffff');
    });

    it('theme="auto" follows the system colour scheme', async () => {
      const el = await element('kpi-card', 'auto');
      same(token(el, '--_bg'), DEFAULTS['--budget-color-background']);
      await emulateMedia({ colorScheme: 'dark' });
      same(token(el, '--_bg'), PRESETS.dark['--budget-color-background']!);
      expect(getComputedStyle(el).paddingLeft, 'dark: a padded box').to.equal('12px');
      await emulateMedia({ colorScheme: 'light' });
      same(token(el, '--_bg'), DEFAULTS['--budget-color-background']);
      expect(getComputedStyle(el).paddingLeft).to.equal('0px');
    });
  });

  describe('tokens from the page', () => {
    it('one rule on an ancestor restyles every widget', async () => {
      const { els } = await allElements('--budget-color-accent:#6a1b9a;--budget-font-scale:1.5;--budget-series-1:#00695c');
      for (const el of els) {
        same(token(el, '--_accent'), '#6a1b9a');
        same(token(el, '--_series-1'), '#00695c');
        expect(getComputedStyle(el).fontSize, el.localName).to.equal('24px');
      }
    });

    it('a preset attribute beats inherited tokens; a rule on the element beats the attribute', async () => {
      const { els } = await allElements('--budget-color-background:#fffbe6');
      const [a, b] = [els[0]!, els[1]!];
      same(token(b, '--_bg'), '#fffbe6');
      a.setAttribute('theme', 'dark');
      await a.updateComplete;
      same(token(a, '--_bg'), PRESETS.dark['--budget-color-background']!);
      a.style.setProperty('--budget-color-background', '#000000');
      same(token(a, '--_bg'), '#000000');
      a.setAttribute('theme', 'default');
      await a.updateComplete;
      a.style.removeProperty('--budget-color-background');
      same(token(a, '--_bg'), '#ffffff');
    });

    it('a colour preset keeps the page’s font scale (a site’s 长者版 mode survives theme="dark")', async () => {
      const { els } = await allElements('--budget-font-scale:1.5');
      els[0]!.theme = 'dark';
      await els[0]!.updateComplete;
      expect(els[0]!.getAttribute('theme')).to.equal('dark');
      same(token(els[0]!, '--_bg'), PRESETS.dark['--budget-color-background']!);
      expect(getComputedStyle(els[0]!).fontSize).to.equal('24px');
    });
  });

  describe('page stylesheets (dist/themes/*.css)', () => {
    for (const name of PAGE_STYLESHEETS) {
      it(`src/themes/${name}.css is current and gives the same colours as the attribute`, async () => {
        const text = await (await fetch(`/src/themes/${name}.css`)).text();
        expect(text, 'run: node --import tsx src/tools/gen-themes.ts').to.equal(pageStylesheet(name));
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        document.adoptedStyleSheets = [sheet];
        if (name === 'dark-auto') await emulateMedia({ colorScheme: 'dark' });
        const preset: ThemeName = name === 'dark-auto' ? 'dark' : name;
        const { els } = await allElements();
        for (const el of els) {
          for (const [k, v] of Object.entries(PRESETS[preset])) {
            if (!k.startsWith('--budget-color-') && !k.startsWith('--budget-series-')) continue;
            same(token(el, privateName(k)), v);
          }
        }
        if (name === 'dark-auto') {
          await emulateMedia({ colorScheme: 'light' });
          same(token(els[0]!, '--_bg'), '#ffffff');
        }
      });
    }
  });
});
