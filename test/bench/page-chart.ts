/**
 * In-page half of the <sangong-chart> vs ECharts comparison (bundled by esbuild). Both pages
 * load this harness plus their chart code; the harness is not counted in the bytes shipped.
 *
 * Timed from the moment the data is handed over (the element is created and gets `data`;
 * ECharts is `init`-ed and gets `setOption`) until the bars are in the DOM and laid out
 * (`layout`), then until the next frame has run (`frame`). Data is fetched and
 * parsed before the clock starts; the element's time includes its schema validation of the
 * whole file, as in real use, which ECharts does not do.
 */

type Chart = 'ours' | 'echarts';
interface EchartsModule {
  renderSangongEcharts(el: HTMLElement, data: unknown, width: number, height: number): { dispose(): void };
}

const WIDTH = 640;
const HEIGHT = 360;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

let module: EchartsModule | undefined;
let last: { dispose(): void } | undefined;
let loadedAt = NaN;
let prepared: unknown;

interface Drawn {
  layout: number;
  frame: number;
  marks: number;
}

async function draw(chart: Chart, data: unknown): Promise<Drawn> {
  const stage = document.getElementById('stage')!;
  last?.dispose();
  last = undefined;
  stage.replaceChildren();
  await nextFrame();
  let count: () => number;
  let host: HTMLElement;
  const t0 = performance.now();
  if (chart === 'ours') {
    const el = document.createElement('sangong-chart') as HTMLElement & { data?: unknown; updateComplete: Promise<unknown>; isUpdatePending: boolean };
    host = el;
    stage.append(el);
    el.data = data;
    for (let i = 0; i < 20 && (i === 0 || el.isUpdatePending); i++) await el.updateComplete;
    count = () => el.shadowRoot?.querySelectorAll('svg.plot rect.mark').length ?? 0;
  } else {
    host = document.createElement('div');
    stage.append(host);
    last = module!.renderSangongEcharts(host, data, WIDTH, HEIGHT);
    // Bars of the SVG renderer are <path>s (with the axes and legend).
    count = () => host.querySelectorAll('svg path').length;
  }
  // Should the renderer defer drawing to a later frame, wait for it (bounded).
  for (let i = 0; i < 60 && count() === 0; i++) await nextFrame();
  void host.getBoundingClientRect();
  void document.body.offsetHeight;
  const layout = performance.now() - t0;
  await nextFrame();
  return { layout, frame: performance.now() - t0, marks: count() };
}

const chartBench = {
  /** Loads the chart code; returns when it finished evaluating (ms since navigation start). */
  async init(chart: Chart, url: string): Promise<{ loadedAt: number; error?: string }> {
    try {
      const m = await import(/* @vite-ignore */ url);
      if (chart === 'echarts') module = m as EchartsModule;
      else await customElements.whenDefined('sangong-chart');
      loadedAt = performance.now();
      return { loadedAt };
    } catch (e) {
      return { loadedAt: NaN, error: String(e) };
    }
  },

  /**
   * The first chart drawn in the page (`cold`: code not yet run, as a reader's first view), then
   * `warm` more on the same page (median), each a fresh element/instance on the same data.
   */
  async measure(chart: Chart, dataUrl: string, warm: number): Promise<{ cold: Drawn; warm: Drawn[]; scripts: string[]; note?: string }> {
    const data = await (await fetch(dataUrl)).json();
    const cold = await draw(chart, data);
    const again: Drawn[] = [];
    for (let i = 0; i < warm; i++) again.push(await draw(chart, data));
    const scripts = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'));
    const bad = [cold, ...again].find((d) => d.marks === 0);
    return { cold, warm: again, scripts, note: bad ? 'no bars rendered' : undefined };
  },

  /** Fetches and parses the data for `drawOnce` (so a profile of `drawOnce` holds only the drawing). */
  async prepare(dataUrl: string): Promise<void> {
    prepared = await (await fetch(dataUrl)).json();
  },

  drawOnce: (chart: Chart): Promise<Drawn> => draw(chart, prepared),

  loadedAt: () => loadedAt,
};

(window as unknown as { chartBench: typeof chartBench }).chartBench = chartBench;
export type ChartBench = typeof chartBench;
