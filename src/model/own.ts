/**
 * Own-property reads of records keyed by data. Table kinds, column keys and figure keys come
 * from the file, so a key such as "constructor", "toString" or "__proto__" must never reach
 * Object.prototype: `values["toString"]` would be a function, `tables["constructor"]` the
 * Object constructor. Every lookup by a key the data chose goes through here.
 */

/** The value stored under `key` as an own property, else undefined. */
export function own<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `key` is an own property of the record (not inherited). */
export function hasOwnKey(record: object | null | undefined, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}
