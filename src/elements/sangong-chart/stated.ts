/**
 * Changes of the 三公 expenses as the narrative states them (`sangong.change`,
 * `sangong.<item>.change`), for tables that print this year only. Loaded on demand: most
 * disclosures have a prior-year column, and then the changes are computed, never taken from
 * the text (domain §5, rule 13). A stated change is always shown marked 据文字说明 — the reader
 * must see that the figure is the text's, not the table's. Both languages are here (the chunk is
 * small and loaded only for such files).
 */
import type { BudgetDisclosure } from '../../model/schema.js';
import { toCents, type Cents } from '../../model/money.js';
import { formatChange, unitLabel } from '../shared/format.js';
import type { Locale } from '../shared/locale.js';
import { sharedWords } from '../shared/strings.js';
import type { SangongKey, SangongModel } from './model.js';

const KEY = /^sangong\.(?:(abroad|vehicle|vehiclePurchase|vehicleOps|reception)\.)?change$/;

/**
 * The stated changes by key (the total under `total`), in `unit` (the 三公 table's); empty when
 * the text states none. A figure stated in another unit is left out rather than shown wrongly.
 */
export function statedChanges(data: BudgetDisclosure, unit: string = data.department.unit): Partial<Record<SangongKey, Cents>> {
  const out: Partial<Record<SangongKey, Cents>> = {};
  for (const f of data.narrative?.figures ?? []) {
    const m = f.unit && f.unit !== unit ? null : KEY.exec(f.key);
    const c = m && toCents(f.value);
    if (c !== null && c !== undefined) out[(m![1] ?? 'total') as SangongKey] = c;
  }
  return out;
}

/**
 * Gives `model` the text's changes when its table has no prior-year column and the text
 * states some: `model.stated.text(key, locale, unit?)` then says "较上年-0.40（据文字说明）"
 * ("-0.40 on last year (as stated in the text)"), with the unit when `unit` is given.
 */
export function addStated(model: SangongModel, data: BudgetDisclosure): void {
  const s = model.series;
  // The text states the department's figures: for its 合计 row (or its only unit), not for each unit.
  if (!s || s.hasPrior || (!s.unit.isTotal && model.units.length > 2)) return;
  const changes = statedChanges(data, model.amountUnit);
  if (!Object.keys(changes).length) return;
  model.stated = {
    ...model.stated,
    text: (key, locale: Locale, unit) => {
      const c = changes[key];
      if (c === undefined) return undefined;
      const amount = formatChange(c, locale);
      const shown = unit ? sharedWords(locale).amount(amount, unitLabel(unit, locale)) : amount;
      return locale === 'en' ? `${shown} on last year (as stated in the text)` : `较上年${shown}（据文字说明）`;
    },
  };
}
