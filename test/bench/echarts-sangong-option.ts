/**
 * The ECharts option of the comparison chart (see echarts-sangong.ts), without importing ECharts,
 * so the full-build page (the global `echarts` of echarts.min.js) uses the very same option.
 */
export interface Disclosure {
  department: { fiscalYear: number; comparisonYear?: number; unit: string };
  tables: Record<string, { rows: { name: string; role?: string; values: Record<string, string | null> }[] } | undefined>;
}

const ITEMS = [
  ['abroad', '因公出国(境)'],
  ['vehiclePurchase', '公务用车购置'],
  ['vehicleOps', '公务用车运行维护'],
  ['reception', '公务接待'],
  ['total', '合计'],
] as const;

/** Published amount → number of cents (exact for two decimals), blank → 0. */
function cents(s: string | null | undefined): number {
  if (!s || !/^-?\d+(\.\d+)?$/.test(s)) return 0;
  const [int, frac = ''] = s.replace('-', '').split('.');
  const c = Number(int) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return s.startsWith('-') ? -c : c;
}
const text = (c: number) => (c / 100).toFixed(2);

/** The chart's option (no ECharts import: the full-build page uses it with the global `echarts`). */
export function sangongOption(data: Disclosure) {
  const rows = data.tables.sangong?.rows ?? [];
  const row = rows.find((r) => r.role === 'total') ?? rows[0];
  const values = row?.values ?? {};
  const prior = ITEMS.map(([k]) => cents(values[`prior.${k}`]));
  const current = ITEMS.map(([k]) => cents(values[k]));
  const fy = data.department.fiscalYear;
  const py = data.department.comparisonYear ?? fy - 1;
  return {
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${Number(v).toFixed(2)} ${data.department.unit}` },
    legend: { data: [`${py} 年`, `${fy} 年`], top: 0 },
    grid: { left: 56, right: 16, top: 40, bottom: 56 },
    xAxis: {
      type: 'category',
      data: ITEMS.map(([, name], i) => {
        const change = current[i]! - prior[i]!;
        return `${name}\n${change > 0 ? '+' : ''}${text(change)}`;
      }),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', name: data.department.unit },
    series: [
      { name: `${py} 年`, type: 'bar', data: prior.map((c) => c / 100), label: { show: true, position: 'top', formatter: (p: { value: unknown }) => Number(p.value).toFixed(2) } },
      { name: `${fy} 年`, type: 'bar', data: current.map((c) => c / 100), label: { show: true, position: 'top', formatter: (p: { value: unknown }) => Number(p.value).toFixed(2) } },
    ],
  };
}
