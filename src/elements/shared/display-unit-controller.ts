/**
 * The `display-unit` attribute as a reactive controller: amounts are converted exactly from the
 * published unit to the one asked for while the host renders, and an unknown value is said once
 * in the console (the published unit is shown).
 *
 * The conversion is a context that formatting reads (format.ts, withAmountUnit), in force only
 * while the host's synchronous update runs: it covers render() and the directives (repeat, guard)
 * Lit calls while committing, and nothing else — CSV exports and other handlers see the published
 * unit (the CSV converts on its own, see csvAmounts). The host wraps its `update` in `during`:
 * setting the context in hostUpdate and clearing it in hostUpdated would leave it set for every
 * element rendered after one whose template threw (Lit skips hostUpdated then).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { knownChoice } from './choices.js';
import { DISPLAY_UNITS, withAmountUnit } from './format.js';

export class DisplayUnitController implements ReactiveController {
  /**
   * @param host the element; its `displayUnit` is the unit asked for.
   * @param published the unit the amounts it shows are published in; undefined while no data is shown.
   */
  constructor(
    private readonly host: ReactiveElement & { displayUnit?: string },
    private readonly published: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    knownChoice(this.host, 'display-unit', this.host.displayUnit, DISPLAY_UNITS);
  }

  /** Runs `update` (the host's) with amounts converted to the unit asked for. */
  during<T>(update: () => T): T {
    return withAmountUnit(this.published() ?? '', this.host.displayUnit, update);
  }
}
