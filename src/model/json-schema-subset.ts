/**
 * Does a value fit a JSON Schema? Only the keywords the format's schema uses (the subset zod's
 * toJSONSchema writes for schema.ts), with zod's meaning where the two differ.
 *
 * Why not zod or a JSON Schema library here: this runs on every page that shows a widget.
 * Minified + gzipped (esbuild), zod/mini with the schema is 10.5 KB and ajv's standalone code for
 * the same schema 9.4 KB; this file with the generated shape is 1.5 KB, and the bundle a page
 * loads shrank by 9.0 KB when it replaced zod there. zod stays the source
 * of the schema and the explainer of a rejected file (validate.ts, loaded only then), and
 * test/unit/json-schema-subset.test.ts proves both give the same verdict on every bundled file,
 * the hostile corpus and thousands of mutations of the real data.
 */

import { hasOwnKey, own } from './own.js';

/** A schema node in the supported subset of draft 2020-12. */
export interface SchemaNode {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'null';
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  /** false for zod's strictObject; a schema for the values of a record. */
  additionalProperties?: false | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  anyOf?: readonly SchemaNode[];
}

/** Every keyword conforms() reads; a schema with any other keyword must not be given to it. */
export const SUPPORTED_KEYWORDS: readonly string[] = [
  'type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items',
  'enum', 'const', 'pattern', 'minimum', 'maximum', 'anyOf',
];

// A pattern is compiled once per page, not once per cell.
const compiled = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let re = compiled.get(source);
  if (!re) compiled.set(source, (re = new RegExp(source)));
  return re;
};

/** Arrays of more items than this are left to the caller when it asks (`later`). */
export const LATER_ITEMS = 500;

/** The long arrays conforms() left unchecked, each with the schema of its items. */
export type Later = [readonly unknown[], SchemaNode][];

/**
 * Whether `value` fits `schema`. Never throws on any value JSON.parse or a page can produce.
 *
 * With `later` (read-big.ts, for a big file checked in slices): the items of an array longer
 * than LATER_ITEMS are not looked at here; the array is pushed onto `later`, and `value` fits
 * only if, besides, every item of every array there fits. Exact, because everything conforms()
 * asks outside anyOf must hold together; inside anyOf nothing is left for later, since a
 * provisional yes could pick another option than the whole answer would.
 */
export function conforms(value: unknown, schema: SchemaNode, later?: Later): boolean {
  if (schema.anyOf && !schema.anyOf.some((option) => conforms(value, option))) return false;
  if ('const' in schema && value !== schema.const) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  switch (schema.type) {
    case undefined:
      return true;
    case 'null':
      return value === null;
    case 'string':
      return typeof value === 'string' && (schema.pattern === undefined || regex(schema.pattern).test(value));
    case 'number':
    case 'integer':
      // zod rejects NaN and ±Infinity (possible through the `data` property, never in JSON).
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        value >= (schema.minimum ?? -Infinity) &&
        value <= (schema.maximum ?? Infinity)
      );
    case 'array':
      return (
        Array.isArray(value) &&
        (!schema.items || (later && value.length > LATER_ITEMS ? !!later.push([value, schema.items]) : every(value, schema.items, later)))
      );
    case 'object':
      return conformsObject(value, schema, later);
    default:
      return false;
  }
}

/**
 * Array.prototype.every of conforms (the length read once, holes skipped), without a closure per
 * array: with the for-in below, checking a big file just parsed allocates less, and sets off fewer
 * collections that copy the young file (issue 15).
 */
function every(array: readonly unknown[], items: SchemaNode, later: Later | undefined): boolean {
  for (let i = 0, n = array.length; i < n; i++) if (i in array && !conforms(array[i], items, later)) return false;
  return true;
}

function conformsObject(value: unknown, schema: SchemaNode, later: Later | undefined): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const object = value as Record<string, unknown>;
  const required = schema.required ?? [];
  for (const key of required) if (!hasOwnKey(object, key) || object[key] === undefined) return false;
  // The own enumerable keys, in Object.keys order (own keys come first in for-in, inherited ones are skipped).
  for (const key in object) {
    if (!hasOwnKey(object, key)) continue;
    // zod would drop such a key without a word (copying it would replace the prototype), so a
    // file holding one is refused rather than shown with something silently missing.
    if (key === '__proto__') return false;
    if (schema.propertyNames && !conforms(key, schema.propertyNames)) return false;
    const item = object[key];
    const property = own(schema.properties, key);
    if (property) {
      // zod's optional() takes a present key holding undefined (from the `data` property) as absent.
      if (item === undefined && !required.includes(key)) continue;
      if (!conforms(item, property, later)) return false;
    } else if (schema.additionalProperties === false) {
      return false;
    } else if (schema.additionalProperties && !conforms(item, schema.additionalProperties, later)) {
      return false;
    }
  }
  return true;
}
