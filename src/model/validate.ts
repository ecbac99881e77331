/**
 * Validation at the boundary: schema first, then the schema version, with every problem
 * translated into plain words (zh and en) and a place in the file. Shared by the browser data
 * layer and the CLI; raw validator text only goes to the console.
 */
import { BudgetDisclosure, SCHEMA_VERSION } from './schema.js';

/** A problem with a file, said for people. */
export interface Problem {
  /** Where in the file, as a JSON path: `tables["gpb-expenditure"].rows[3].values.total`. */
  path: string;
  /** What is wrong and how to fix it. */
  message: { zh: string; en: string };
}

export type ValidationResult =
  | { ok: true; data: BudgetDisclosure }
  | { ok: false; problems: Problem[] };

/** Formats a path array as a JSON path people can find in their editor. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || '(root)';
}

/** Validates parsed JSON as a budget disclosure. Never throws. */
export function validateDisclosure(json: unknown): ValidationResult {
  if (json && typeof json === 'object' && 'schemaVersion' in json && (json as { schemaVersion: unknown }).schemaVersion !== SCHEMA_VERSION) {
    const v = JSON.stringify((json as { schemaVersion: unknown }).schemaVersion);
    return {
      ok: false,
      problems: [{
        path: 'schemaVersion',
        message: {
          zh: `数据格式版本为 ${v}，本工具只支持版本 ${SCHEMA_VERSION}。`,
          en: `The file is format version ${v}; this kit reads version ${SCHEMA_VERSION}.`,
        },
      }],
    };
  }
  const result = BudgetDisclosure.safeParse(json);
  if (result.success) return { ok: true, data: result.data };
  // TODO(data layer): one plain-words message per issue code (see issue #2).
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: { zh: issue.message, en: issue.message },
    })),
  };
}
