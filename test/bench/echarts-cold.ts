/** Cold-load page of the tree-shaken ECharts chart: fetch the bundled file, draw (bench only). */
import { renderSangongEcharts } from './echarts-sangong.js';

const data = await (await fetch('/data/tongnan-cac-2023.json')).json();
renderSangongEcharts(document.getElementById('chart')!, data, 640, 360);
