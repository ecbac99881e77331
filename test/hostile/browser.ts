/**
 * Browser helpers for the hostile tests: the `window.__pwned` trap, an uncaught-error recorder,
 * deep (shadow-piercing) queries, the five elements, and a way to wait until an element has
 * either its data or its error — without sleeping.
 */
import { waitUntil } from '@open-wc/testing';
import { BUDGET_WIDGET_NAMES } from '../../src/widgets/registry.js';
import { SHOWING_ATTRS, VARIANTS } from '../fixtures/widgets.js';
import type { ManifestEntry } from './manifest-types.js';

export const CORPUS = '/test/hostile/corpus/';
export const TONGNAN_URL = '/data/tongnan-cac-2023.json';

/** The elements under test and the attributes each needs to show something of the data. */
export const ELEMENTS: readonly { tag: string; attrs: Record<string, string> }[] = BUDGET_WIDGET_NAMES.flatMap((tag) =>
  (VARIANTS[tag] ?? [SHOWING_ATTRS[tag] ?? {}]).map((attrs) => ({ tag, attrs })),
);
export const label = (e: { tag: string; attrs: Record<string, string> }) =>
  `<${e.tag}${Object.entries(e.attrs).map(([k, v]) => (v ? ` ${k}="${v}"` : ` ${k}`)).join('')}>`;

export async function manifest(): Promise<ManifestEntry[]> {
  return ((await (await fetch('/test/hostile/manifest.json')).json()) as { files: ManifestEntry[] }).files;
}

/**
 * Defines `window.__pwned` (and the same on `parent`, which is `window` here) as a setter that
 * records every attempt. Returns the attempts, live.
 */
export function installTrap(): string[] {
  const hits: string[] = [];
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: (v: unknown) => void hits.push(String(v)),
  });
  return hits;
}

/** Records uncaught errors and unhandled rejections until `stop()`. */
export function recordUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Every element under `root`, through open shadow roots. */
export function deepAll(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from((node as ParentNode).children ?? [])) {
      out.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if ((root as Element).shadowRoot) walk((root as Element).shadowRoot!);
  walk(root);
  return out;
}

/** The visible-or-not text of an element and its shadow tree, one string. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const e = child as Element;
        if (e.localName === 'style') continue;
        if (e.shadowRoot) walk(e.shadowRoot);
        walk(e);
      }
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return parts.join('');
}

/**
 * What parsed markup would leave behind: script/iframe/img/mglyph elements, event-handler
 * attributes, javascript: or data: links, an injected stylesheet. Returns descriptions.
 */
export function injectedMarkup(root: Element): string[] {
  const found: string[] = [];
  for (const e of deepAll(root)) {
    const name = e.localName;
    if (['script', 'iframe', 'img', 'mglyph', 'object', 'embed', 'foreignobject'].includes(name)) found.push(`<${name}>`);
    for (const a of Array.from(e.attributes)) {
      if (/^on/i.test(a.name)) found.push(`<${name} ${a.name}>`);
      if (/^\s*(javascript|data|vbscript):/i.test(a.value) && /href|src|action|formaction|xlink:href/i.test(a.name)) found.push(`<${name} ${a.name}="${a.value}">`);
    }
    if (e instanceof HTMLAnchorElement && e.hasAttribute('href') && !['http:', 'https:', 'blob:', ''].includes(e.protocol)) found.push(`<a href> with protocol ${e.protocol}`);
    if (name === 'style' && /__pwned|display:\s*none\s*!important/.test(e.textContent ?? '')) found.push('<style> from the data');
  }
  return found;
}

type Loading = { loader?: { status?: unknown }; loadComplete?: Promise<boolean> };
/** The element has its data or its error (not initial, not pending). */
export function settled(el: Element): boolean {
  const s = (el as Loading).loader?.status;
  if (typeof s === 'string') return s === 'complete' || s === 'error';
  return !!el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]');
}

/**
 * Waits for the element's data or error to be rendered (its loadComplete), then for the checks it
 * loads on demand. `timeout` only turns a hang into a clear failure; an element the kit could not
 * define (no loadComplete) is polled until it shows no busy state.
 */
export async function whenSettled(el: Element, timeout = 5000): Promise<void> {
  const done = (el as Loading).loadComplete;
  let timer = 0;
  const hang = new Promise<never>((_, reject) => (timer = window.setTimeout(() => reject(new Error(`${el.localName} never left the loading state`)), timeout)));
  try {
    await Promise.race([done ?? waitUntil(() => settled(el), '', { timeout }), hang]);
  } finally {
    clearTimeout(timer);
  }
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  // <budget-summary show-checks> loads the checks on demand and says when they are rendered.
  const checks = (el as unknown as { checksComplete?: Promise<unknown> }).checksComplete;
  if (checks) await checks;
}

/** The error shown by an element (its role="alert" text), or null when it shows none. */
export function alertText(el: Element): string | null {
  const alert = deepAll(el).find((e) => e.getAttribute('role') === 'alert');
  return alert ? (alert.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** Creates `<tag attrs>` (not yet connected). */
export function make(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** The next frame (lets ResizeObserver-driven re-renders and image error events happen). */
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until the element's text is the same on two consecutive frames (work some elements
 * finish after their first render, e.g. checks computed when idle). At most `frames` frames.
 */
export async function stable(el: Element, frames = 30): Promise<void> {
  let last = deepText(el);
  for (let i = 0; i < frames; i++) {
    await frame();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const now = deepText(el);
    if (now === last) return;
    last = now;
  }
}

/**
 * Whether the shared data layer (issue 2: fetch with timeout/abort/cache, plain-words errors,
 * budget-load/budget-error events) is wired into the elements yet. Probed by behaviour, not by
 * file: the layer brings the `timeout` property the issue asks for. Call after the elements are
 * defined.
 */
export function hasDataLayer(): boolean {
  return 'timeout' in document.createElement('budget-table');
}
