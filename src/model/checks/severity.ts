/** The severities of findings (src/model/checks/types.ts), kept apart so widgets can use them cheaply. */
/**
 * - `error`: the figures disagree by more than rounding can explain.
 * - `warning`: suspicious but allowed (local variants, usual-but-not-required relations).
 * - `rounding`: a difference within the rounding tolerance (0.01 of the unit per rounded term).
 * - `info`: a fact worth knowing (e.g. weights sum to 90, a relation that could not be checked).
 */
export type Severity = 'error' | 'warning' | 'rounding' | 'info';

/** Most severe first: the order reports are grouped in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'rounding', 'info'];

