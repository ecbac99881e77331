/**
 * Helpers of the theme, media and export tests: every element on the Tongnan data in one
 * fixture, and colours read back from the private tokens as the browser resolved them.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { BudgetElement } from '../../src/elements/shared/budget-element.js';
import type { BudgetDisclosure } from '../../src/model/schema.js';
import { BUDGET_WIDGET_NAMES, WIDGET_NAMES, type WidgetName } from '../../src/widgets/registry.js';
import { loadTongnan } from '../fixtures/charts/browser.js';
import { SHOWING_ATTRS } from '../fixtures/widgets.js';

export const TAGS = BUDGET_WIDGET_NAMES;
export type Tag = WidgetName;

let data: BudgetDisclosure | undefined;
export async function tongnan(): Promise<BudgetDisclosure> {
  data ??= (await loadTongnan()).data;
  return data;
}

/** One element of `tag` with the Tongnan data, `theme` as its attribute (none when undefined). */
export async function element(tag: Tag, theme?: string, width = 900): Promise<BudgetElement> {
  const d = await tongnan();
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px" lang="zh"></div>`);
  const el = document.createElement(tag) as BudgetElement;
  for (const [k, v] of Object.entries(SHOWING_ATTRS[tag] ?? {})) el.setAttribute(k, v);
  if (theme !== undefined) el.setAttribute('theme', theme);
  el.data = d;
  wrap.append(el);
  await el.updateComplete;
  return el;
}

/** Every element, side by side in one wrapper, for tests about the page's tokens. */
export async function allElements(style = ''): Promise<{ wrap: HTMLElement; els: BudgetElement[] }> {
  const d = await tongnan();
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px;${style}" lang="zh"></div>`);
  const els = TAGS.map((tag) => {
    const el = document.createElement(tag) as BudgetElement;
    for (const [k, v] of Object.entries(SHOWING_ATTRS[tag] ?? {})) el.setAttribute(k, v);
    el.data = d;
    wrap.append(el);
    return el;
  });
  await Promise.all(els.map((e) => e.updateComplete));
  return { wrap, els };
}

/** [r, g, b] of any CSS colour, as the browser parses it. */
export function rgb(colour: string): [number, number, number] {
  const probe = document.createElement('span');
  // a probe in forced-colours mode would have its own colour forced: opt it out
  probe.style.forcedColorAdjust = 'none';
  probe.style.color = colour;
  if (!probe.style.color) throw new Error(`not a colour: "${colour}"`);
  document.body.append(probe);
  const m = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [m[0]!, m[1]!, m[2]!];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG 2.1 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** A private token (e.g. "--_text") as resolved inside the element's shadow root. */
export function token(el: Element, name: string): string {
  const inner = el.shadowRoot!.querySelector('[part="base"]') ?? el;
  return getComputedStyle(inner).getPropertyValue(name).trim();
}
