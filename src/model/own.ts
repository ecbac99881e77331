/**
 * Own-property reads of records keyed by data. Table kinds, column keys and figure keys come
 * from the file, so a key such as "constructor", "toString" or "__proto__" must never reach
 * Object.prototype: `values["toString"]` would be a function, `tables["constructor"]` the
 * Object constructor. Every lookup by a key the data chose goes through here.
 *
 * Not `Object.hasOwn`: it is ES2022 (Chromium 93, Safari 15.4), above the browsers the kit
 * supports (README: Browser support); without it every widget failed.
 */

const hasOwnProperty = Object.prototype.hasOwnProperty;

/** The value stored under `key` as an own property, else undefined. */
export function own<V>(record: Readonly<Record<string, V>> | null | undefined, key: string): V | undefined {
  return record != null && hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when `key` is an own property of the record (not inherited). */
export function hasOwnKey(record: object | null | undefined, key: string): boolean {
  return record != null && hasOwnProperty.call(record, key);
}
