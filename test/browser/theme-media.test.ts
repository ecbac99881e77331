import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { element, rgb, TAGS, token } from './theme-fixtures.js';

const forcedColors = (on: boolean) =>
  executeServerCommand('emulate-media-features', on ? [{ name: 'forced-colors', value: 'active' }] : []);

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** Rendered at all (an ancestor with display:none hides it too). */
const shown = (n: Element) => n.checkVisibility();

describe('media: forced colours, reduced motion, print', () => {
  afterEach(async () => {
    await forcedColors(false);
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  describe('forced-colors: active (Windows high contrast)', () => {
    it('draws chart marks in system colours, keeps their textures, outlines and the focus ring', async () => {
      const el = await element('sangong-chart', 'gov-red');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      for (let i = 1; i <= 6; i++) expect(token(el, `--_series-${i}`)).to.equal('CanvasText');
      const canvasText = rgb('CanvasText');
      const canvas = rgb('Canvas');
      expect(canvasText).to.not.deep.equal(canvas);
      // every pattern is CanvasText under its texture, the texture (hatch, dots…) in Canvas
      const patterns = $$(el, 'pattern');
      expect(patterns).to.have.length(4);
      for (const p of patterns) expect(rgb(getComputedStyle(p.querySelector('rect')!).fill)).to.deep.equal(canvasText);
      for (const path of $$(el, 'pattern path')) expect(rgb(getComputedStyle(path).stroke)).to.deep.equal(canvas);
      expect($$(el, 'pattern path')).to.have.length(3);
      const mark = $<SVGRectElement>(el, '.mark:not(.zero)');
      expect(rgb(getComputedStyle(mark).stroke)).to.deep.equal(canvasText);
      mark.focus();
      await el.updateComplete;
      expect(rgb(getComputedStyle(mark).stroke)).to.deep.equal(rgb('Highlight'));
    });

    it('keeps the kpi-card weight segments and the summary split bar visible', async () => {
      await forcedColors(true);
      const kpi = await element('kpi-card');
      const seg = $(kpi, '.seg:not(.execution)');
      expect(rgb(getComputedStyle(seg).backgroundColor)).to.deep.equal(rgb('CanvasText'));
      expect(rgb(getComputedStyle(seg).color)).to.deep.equal(rgb('Canvas'));
      const summary = await element('budget-summary');
      expect(rgb(getComputedStyle($(summary, '.split .basic')).backgroundColor)).to.deep.equal(rgb('CanvasText'));
    });
  });

  describe('prefers-reduced-motion', () => {
    it('no element declares a transition or animation outside (prefers-reduced-motion: no-preference)', async () => {
      const offenders: string[] = [];
      const walk = (rules: CSSRuleList, safe: boolean, tag: string) => {
        for (const r of rules) {
          if (r instanceof CSSMediaRule) walk(r.cssRules, safe || /prefers-reduced-motion:\s*no-preference/.test(r.conditionText), tag);
          else if (r instanceof CSSStyleRule) {
            const moving = (r.style.transitionProperty && r.style.transitionDuration && r.style.transitionDuration !== '0s') || (r.style.animationName && r.style.animationName !== 'none');
            if (moving && !safe) offenders.push(`${tag}: ${r.selectorText}`);
            if (r.cssRules.length) walk(r.cssRules, safe, tag);
          }
        }
      };
      let sheets = 0;
      for (const tag of TAGS) {
        const el = await element(tag);
        for (const sheet of el.shadowRoot!.adoptedStyleSheets) {
          sheets++;
          walk(sheet.cssRules, false, tag);
        }
      }
      expect(sheets).to.be.above(TAGS.length);
      expect(offenders).to.deep.equal([]);
    });

    it('animates bars and skeletons only without a reduced-motion preference', async () => {
      const el = await element('sangong-chart');
      const mark = $(el, '.mark');
      expect(getComputedStyle(mark).transitionDuration).to.match(/^0\.2s/);
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(mark).transitionDuration).to.equal('0s');
      const table = await element('budget-table');
      const icon = $(table, '.icon');
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(icon).transitionDuration).to.not.equal('0s');
    });
  });

  describe('print', () => {
    it('hides the chart controls and the download group, keeps the legend as a key and prints the table', async () => {
      const el = await element('sangong-chart');
      const viewButtons = $$(el, '.controls .group:not(.legend):not(.export) button');
      expect(viewButtons).to.have.length(2);
      const exportGroup = $(el, '.export');
      expect(shown(exportGroup)).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(viewButtons.map(shown)).to.deep.equal([false, false]);
      expect(shown(exportGroup)).to.equal(false);
      const legend = $$(el, '.legend button');
      expect(legend.map(shown)).to.deep.equal([true, true]);
      expect(getComputedStyle(legend[0]!).borderTopStyle).to.equal('none');
      // the equivalent table is printed although the <details> is closed
      expect($<HTMLDetailsElement>(el, 'details').open).to.equal(false);
      expect(shown($(el, 'details > summary'))).to.equal(false);
      expect($(el, 'table').getBoundingClientRect().height).to.be.above(100);
      expect(getComputedStyle($(el, 'tbody tr')).breakInside).to.equal('avoid');
      expect(getComputedStyle($(el, '[part="tooltip"]')).display).to.equal('none');
    });

    it('prints black text on white whatever the preset', async () => {
      const el = await element('budget-summary', 'dark');
      await emulateMedia({ media: 'print' });
      expect(rgb(token(el, '--_bg'))).to.deep.equal([255, 255, 255]);
      expect(rgb(getComputedStyle(el).color)).to.deep.equal([0, 0, 0]);
      expect(shown($(el, '.export'))).to.equal(false);
    });

    it('hides table toolbars, filters and pagers, repeats headings, never splits rows', async () => {
      const bt = await element('budget-table');
      const pt = await element('project-table');
      const controls = [...$$(bt, '.toolbar'), ...$$(pt, '.toolbar'), ...$$(pt, '.pager'), ...$$(pt, '.filter')];
      expect(controls.length).to.be.at.least(3);
      expect(controls.every(shown)).to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(controls.map(shown)).to.deep.equal(controls.map(() => false));
      for (const el of [bt, pt]) {
        expect(getComputedStyle($(el, 'thead')).display).to.equal('table-header-group');
        expect(getComputedStyle($(el, 'tbody tr')).breakInside).to.equal('avoid');
        expect(getComputedStyle($(el, '.scroll')).overflowX).to.equal('visible');
      }
    });
  });
});
