/**
 * Rule R31 (`stated-sangong`): the 三公 figures the narrative states agree with each other —
 * for the amounts (`sangong.total`, `sangong.<item>`) and for the changes (`sangong.change`,
 * `sangong.<item>.change`) alike:
 *   公务用车 = 购置 + 运行维护   (sangong.vehicle = sangong.vehiclePurchase + sangong.vehicleOps)
 *   合计 = 因公出国（境） + 公务用车 + 公务接待   (the vehicle figure, else its two parts)
 * Each relation is checked only when every figure in it is stated. It matters most where the
 * 三公 table prints this year only: the widgets then show the text's changes (marked
 * 据文字说明) and no table can vouch for them (rule 13 has nothing to compare with). Within
 * the rounding of the stated terms it is a 尾差 note (context.ts compare), beyond it an error.
 */
import type { Figure } from '../schema.js';
import { toCents } from '../money.js';
import { FIGURE_KEYS } from '../table-kinds.js';
import { collect, compare, type Amt, type Context } from './context.js';
import { finalLabel } from './final-figures.js';
import type { Finding } from './types.js';

type Item = 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOps' | 'reception';

export function checkStatedSangong(ctx: Context): Finding[] {
  const figures = new Map<string, Figure>();
  for (const f of ctx.data.narrative?.figures ?? []) if (!figures.has(f.key)) figures.set(f.key, f);
  const out: Finding[] = [];
  for (const suffix of ['', '.change']) {
    const key = (item: Item | 'total') => (item === 'total' ? (suffix ? 'sangong.change' : 'sangong.total') : `sangong.${item}${suffix}`);
    const amount = (k: string): Amt | null => {
      const f = figures.get(k);
      const cents = f && (!f.unit || ['元', '万元', '亿元'].includes(f.unit)) ? toCents(f.value) : null;
      return cents === null || cents === undefined ? null : { cents, unit: (f!.unit as Amt['unit'] | undefined) ?? ctx.unit };
    };
    // A 决算's text states actual figures: named as such (公务接待费决算较上年决算增减).
    const final = ctx.data.department.kind === 'final';
    const name = (k: string) => (final ? finalLabel(k) : undefined) ?? FIGURE_KEYS[k as keyof typeof FIGURE_KEYS] ?? k;
    const check = (whole: Item | 'total', parts: (Item | 'total')[]) => {
      const terms = parts.map((p) => amount(key(p)));
      const actual = amount(key(whole));
      if (!actual || terms.some((t) => !t)) return false;
      collect(
        out,
        compare({
          rule: 'R31',
          place: { figure: key(whole) },
          where: { zh: `文字说明中的“${name(key(whole))}”`, en: `The stated figure “${key(whole)}”` },
          relation: {
            zh: `应等于${parts.map((p) => `“${name(key(p))}”`).join(' + ')}`,
            en: `should equal ${parts.map((p) => `“${key(p)}”`).join(' + ')}`,
          },
          actual,
          terms,
        }),
      );
      return true;
    };
    check('vehicle', ['vehiclePurchase', 'vehicleOps']);
    if (!check('total', ['abroad', 'vehicle', 'reception'])) check('total', ['abroad', 'vehiclePurchase', 'vehicleOps', 'reception']);
  }
  return out;
}
