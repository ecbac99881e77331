/**
 * The words of a 部门决算 (final accounts), over the budget's: only the entries that differ, in
 * Chinese and English, keyed like the catalogues (words.ts). A 决算 states what was received and
 * spent, so a heading over actual figures says 决算 (“部门决算概览”, “收入决算”, “经费决算”); words
 * that name planned figures or the unit type 预算单位 stay as they are. Downloaded once a page shows
 * a 决算 (BudgetElement waits for it, as for English), so budget pages never pay for it; Node code
 * (the static fallback, the CLI) imports it directly.
 */
import type { SangongFacts } from '../sangong-chart/strings.js';
import type { SummaryFacts } from '../budget-summary/strings.js';
import { setFinalWords, type KindOverlay } from './words.js';

const zh: KindOverlay = {
  summary: {
    title: '部门决算概览',
    figures: { income: '收入决算', expenditure: '支出决算', sangong: '“三公”经费决算', operating: '机关运行经费', procurement: '政府采购支出' },
    narrative: '决算情况说明',
    describe: (f: SummaryFacts): string => {
      const u = f.unit;
      const out: string[] = [];
      if (f.income !== undefined) out.push(`${f.fiscalYear}年本年收入决算${f.income}${u}。`);
      if (f.expenditure !== undefined) {
        const c = f.change;
        const ch = c ? (c.zero ? `，与${f.comparisonYear}年持平` : `，比${f.comparisonYear}年${c.down ? '减少' : '增加'}${c.amount}${u}（${c.percent}）`) : '';
        out.push(`本年支出决算${f.expenditure}${u}${ch}${f.reason ? `，${f.reason}` : ''}。`);
      }
      const s = f.split;
      if (s) out.push(`其中基本支出${s.basic}${u}（${s.basicShare}），项目支出${s.project}${u}（${s.projectShare}）。`);
      if (f.sangong !== undefined) out.push(`“三公”经费支出决算${f.sangong}${u}。`);
      if (f.operating !== undefined) out.push(`机关运行经费支出${f.operating}${u}。`);
      if (f.procurement !== undefined) out.push(`政府采购支出${f.procurement}${u}。`);
      return out.join('');
    },
  },
  sangong: {
    title: '“三公”经费决算',
    empty: '数据中没有“三公”经费支出决算表。',
    noRows: '“三公”经费支出决算表没有数据行。',
    chart: '“三公”经费决算图',
    describe: (f: SangongFacts): string => {
      const items = f.items.map((i) => `${i.name}${i.amount}${i.change ? `，${i.change}` : ''}`);
      const change = f.change ? `，比${f.comparisonYear}年决算${f.change}` : '';
      return `${f.who ?? ''}${f.fiscalYear}年“三公”经费支出决算${f.total}${change}${f.reason ? `，${f.reason}` : ''}。其中：${items.join('；')}。`;
    },
  },
  // <kpi-card> on a 决算 shows the 绩效自评 (its own words are in ../shared/evaluation-words.ts).
  kpi: { shown: (name: string) => `已显示“${name}”的绩效自评` },
};

const en: KindOverlay = {
  summary: {
    title: 'Final accounts at a glance',
    figures: { income: 'Actual income', expenditure: 'Actual expenditure', sangong: '“Three public expenses” (actual)', operating: 'Operating costs (actual)', procurement: 'Government procurement (actual)' },
    narrative: 'Final accounts statement',
  },
  sangong: {
    title: 'The “three public expenses”, final accounts',
    chart: 'Chart of the “three public expenses”, final accounts',
    describe: (f: SangongFacts): string => {
      const items = f.items.map((i) => `${i.name} ${i.amount}${i.change ? ` (${i.change})` : ''}`);
      const change = f.change ? `, ${f.change} on ${f.comparisonYear}’s final accounts` : '';
      return `${f.who ? `${f.who}: ` : ''}In ${f.fiscalYear} the “three public expenses” came to ${f.total}${change}${f.reason ? ` (reason given: ${f.reason})` : ''}. Items: ${items.join('; ')}.`;
    },
  },
  kpi: { shown: (name: string) => `Showing the self-evaluation of “${name}”` },
};

setFinalWords({ zh, en });
