/**
 * The comparison chart: the grouped bar chart of <sangong-chart> made with ECharts 6, tree-shaken
 * to what it needs (bar chart, grid, tooltip, legend) with the SVG renderer. Bundled and minified
 * by the bench (esbuild) into the ECharts comparison page; never shipped.
 *
 * Same input as the element — the whole disclosure — and the same picture: one group per 三公
 * item plus 总计, a bar per year, the value on each bar and the change under each item's name.
 * Animation is off so the first frame is the finished chart, as it is for the element.
 */
import { init, use, type EChartsType } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { sangongOption, type Disclosure } from './echarts-sangong-option.js';

export { sangongOption };

use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

/** Draws the chart of the 三公 合计 row into `el` and returns the instance. */
export function renderSangongEcharts(el: HTMLElement, data: Disclosure, width: number, height: number): EChartsType {
  const chart = init(el, null, { renderer: 'svg', width, height });
  chart.setOption(sangongOption(data));
  return chart;
}

