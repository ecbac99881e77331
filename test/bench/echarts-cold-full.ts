/**
 * Cold-load page of the full ECharts build, as portals ship it: echarts.min.js as a classic
 * script (the page's global `echarts`), then the same chart option as echarts-sangong.ts.
 */
import { sangongOption } from './echarts-sangong-option.js';

declare const echarts: { init(el: HTMLElement, theme: null, opts: object): { setOption(o: object): void } };
const data = await (await fetch('/data/tongnan-cac-2023.json')).json();
echarts.init(document.getElementById('chart')!, null, { renderer: 'svg', width: 640, height: 360 }).setOption(sangongOption(data));
