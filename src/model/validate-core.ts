/**
 * The synchronous half of validation: is this JSON a disclosure this kit reads? Small on purpose,
 * because every page runs it: it checks the schema's generated shape (disclosure-shape.ts) with a
 * small JSON Schema reader rather than loading zod. Saying what is wrong, in plain words, is
 * src/model/validate.ts (zod), which the browser loads only when a file fails (the CLI and the
 * builder import it directly).
 */
import type { BudgetDisclosure } from './schema.js';
import { DISCLOSURE_SHAPE } from './disclosure-shape.js';
import { conforms } from './json-schema-subset.js';
import { amountRangeFaults } from './amount-limit.js';

/** A problem with a file, said for people. */
export interface Problem {
  /** Where in the file, as a JSON path: `tables["gpb-expenditure"].rows[3].values.total`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: { zh: string; en: string };
  /** What the place should hold, in short (e.g. `"258.24"`-style amount, `number`). */
  expected?: string;
  /** What it holds, as JSON text (absent when the key is missing). */
  found?: string;
}

export type ValidationResult =
  | { ok: true; data: BudgetDisclosure }
  | { ok: false; problems: Problem[] };

/**
 * The disclosure when `json` fits the format of this version, otherwise undefined. Accepts
 * exactly what explainDisclosure (validate.ts) accepts, which calls it for its verdict. The
 * value returned is `json` itself, not a copy: widgets never change the data they are given.
 */
export function acceptDisclosure(json: unknown): BudgetDisclosure | undefined {
  return conforms(json, DISCLOSURE_SHAPE) ? (json as BudgetDisclosure) : undefined;
}

/**
 * Validates parsed JSON as a budget disclosure; never rejects. A valid file resolves at once;
 * for an invalid one the plain-words describer is loaded first (the browser bundle's export —
 * Node code may import the synchronous explainDisclosure from validate.ts).
 */
export async function validateDisclosure(json: unknown): Promise<ValidationResult> {
  const data = readable(json);
  if (data) return { ok: true, data };
  return (await import('./validate.js')).explainDisclosure(json);
}

/**
 * The disclosure when `json` fits the format and its amounts stay in the range the kit computes
 * exactly (amount-limit.ts), otherwise undefined: the verdict every reader of a file goes by.
 * What is wrong is said by validate.ts.
 */
export function readable(json: unknown): BudgetDisclosure | undefined {
  const data = acceptDisclosure(json);
  return data && amountRangeFaults(data).length === 0 ? data : undefined;
}
