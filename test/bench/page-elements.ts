/**
 * In-page half of the element bench (bundled by esbuild, loaded by the bench's elements page).
 * Node drives it through `window.bench`, one measurement per call, so memory can be read
 * between calls over CDP. Times are performance.now() differences around:
 *   data assigned (or the click) → every pending Lit update done → layout forced (`layout`)
 *   → the next animation frame has run and its paint task returned (`frame`).
 * The page loads the built kit (dist/), never the sources: what is measured is what ships.
 */
import { WIDGET_NAMES } from '../../src/widgets/registry.js';

interface Kit {
  /** Asynchronous in the bundle: a valid file resolves at once (the describer of problems loads on demand). */
  validateDisclosure?: (json: unknown) => Promise<{ ok: boolean }>;
}

type LitLike = HTMLElement & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean; data?: unknown };

export interface Timing {
  layout: number;
  frame: number;
  ok: boolean;
  note?: string;
}

// The registry is plain data (no element code), so bundling it here keeps the page on dist/.
const TAGS = WIDGET_NAMES;

let kit: Kit = {};
let text = '';
let data: unknown;
let el: LitLike | undefined;
const stage = () => document.getElementById('stage')!;

/** The next frame has been produced: rAF, then a task after it (the paint follows the rAF callbacks). */
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Waits until the element (and any update it queued while updating) is done, at most 20 rounds. */
async function settle(e: LitLike): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await e.updateComplete;
    if (!e.isUpdatePending) return;
  }
}

function forceLayout(e: HTMLElement): void {
  void e.getBoundingClientRect();
  void document.body.offsetHeight;
}

const q = <T extends Element>(sel: string): T | null => (el?.shadowRoot?.querySelector<T>(sel) ?? null);

function state(e: LitLike): { ok: boolean; note?: string } {
  const alert = e.shadowRoot?.querySelector('[role=alert]');
  if (alert) return { ok: false, note: `error state: ${alert.textContent?.trim().slice(0, 160)}` };
  if (!e.shadowRoot || e.shadowRoot.childElementCount === 0) return { ok: false, note: 'rendered nothing' };
  return { ok: true };
}

/** Times an action on the current element: it runs at t0, then settle → layout → frame. */
async function timed(action: () => void, check?: () => string | undefined): Promise<Timing> {
  const t0 = performance.now();
  action();
  if (!el) return { layout: NaN, frame: NaN, ok: false, note: 'no element' };
  await settle(el);
  forceLayout(el);
  const layout = performance.now() - t0;
  await nextFrame();
  const frame = performance.now() - t0;
  const problem = check?.();
  return { layout, frame, ok: !problem, note: problem };
}

function clickSvg(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

const bench = {
  /** Loads the kit (one module with every element); falls back to the per-element modules. */
  async init(kitUrl: string, elementUrl: (tag: string) => string): Promise<{ defined: string[]; validator: boolean; notes: string[] }> {
    const notes: string[] = [];
    try {
      kit = (await import(/* @vite-ignore */ kitUrl)) as Kit;
    } catch (e) {
      notes.push(`${kitUrl}: ${String(e)}`);
      for (const tag of TAGS) {
        try {
          await import(/* @vite-ignore */ elementUrl(tag));
        } catch (err) {
          notes.push(`${elementUrl(tag)}: ${String(err)}`);
        }
      }
    }
    return { defined: TAGS.filter((t) => customElements.get(t)), validator: typeof kit.validateDisclosure === 'function', notes };
  },

  /** Fetches a data file as text (not timed); returns its size in bytes. */
  async fetchData(url: string): Promise<number> {
    const res = await fetch(url);
    text = await res.text();
    data = JSON.parse(text);
    return new TextEncoder().encode(text).length;
  },

  /** JSON.parse and validateDisclosure of the fetched text, timed apart. */
  async validate(): Promise<{ parse: number; validate: number; ok: boolean }> {
    const t0 = performance.now();
    const json = JSON.parse(text);
    const t1 = performance.now();
    const r = await kit.validateDisclosure!(json);
    const t2 = performance.now();
    return { parse: t1 - t0, validate: t2 - t1, ok: r.ok };
  },

  /** First render: create the element, set its attributes, connect it and assign the data. */
  async render(tag: string, attrs: Record<string, string>): Promise<Timing> {
    bench.clear();
    const t = await timed(() => {
      el = document.createElement(tag) as LitLike;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      stage().append(el);
      el.data = data;
    });
    const s = el ? state(el) : { ok: false, note: 'no element' };
    return { ...t, ok: t.ok && s.ok, note: s.note ?? t.note };
  },

  /** <project-table>: clicks the sort button of the column whose heading contains `heading`. */
  async sort(heading: string): Promise<Timing & { direction?: string }> {
    const th = [...(el?.shadowRoot?.querySelectorAll<HTMLElement>('th.sortable') ?? [])].find((h) => h.textContent?.includes(heading));
    const button = th?.querySelector<HTMLButtonElement>('button');
    if (!th || !button) return { layout: NaN, frame: NaN, ok: false, note: `no sort button for “${heading}”` };
    const before = th.getAttribute('aria-sort');
    const t = await timed(
      () => button.click(),
      () => (th.isConnected && th.getAttribute('aria-sort') === before ? 'aria-sort did not change' : undefined),
    );
    return { ...t, direction: th.getAttribute('aria-sort') ?? undefined };
  },

  /** <project-table>: types `query` into the filter (one input event with the whole text). */
  async filter(query: string): Promise<Timing & { status?: string }> {
    const input = q<HTMLInputElement>('input[type=search]');
    if (!input) return { layout: NaN, frame: NaN, ok: false, note: 'no filter input' };
    const before = q('.count')?.textContent ?? '';
    const t = await timed(
      () => {
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: query, inputType: 'insertText' }));
      },
      () => ((q('.count')?.textContent ?? '') === before ? 'the match count did not change' : undefined),
    );
    return { ...t, status: q('.count')?.textContent?.trim() };
  },

  /** <budget-summary>: drills into the first 类 that has lower levels. */
  async drill(): Promise<Timing & { crumb?: string }> {
    const hit = q('g.row.drillable rect.hit');
    if (!hit) return { layout: NaN, frame: NaN, ok: false, note: 'no drillable row' };
    const before = q('[aria-current]')?.textContent ?? '';
    const t = await timed(
      () => clickSvg(hit),
      () => ((q('[aria-current]')?.textContent ?? '') === before ? 'the breadcrumb did not change' : undefined),
    );
    return { ...t, crumb: q('[aria-current]')?.textContent?.trim() };
  },

  /** <budget-summary>: back to the 类 level through the first breadcrumb. */
  async drillUp(): Promise<Timing> {
    const button = q<HTMLButtonElement>('nav button');
    if (!button) return { layout: NaN, frame: NaN, ok: false, note: 'no breadcrumb button' };
    return timed(() => button.click());
  },

  /** Removes the element (and the data when asked), so memory can be read without it. */
  clear(dropData = false): void {
    el?.remove();
    el = undefined;
    stage().replaceChildren();
    if (dropData) {
      data = undefined;
      text = '';
    }
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
export type Bench = typeof bench;
