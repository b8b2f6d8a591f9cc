/**
 * Values held by name, and a name may be one every JavaScript object already answers to: a Java
 * member or property named `constructor`, `valueOf` or `toString` is inherited from
 * Object.prototype, and `__proto__` sets an object's prototype when assigned. Read with `ownValue`
 * and build with `keyed`, such a name finds only what the object holds under it, and is held as a
 * name like any other: a row without a value of its own shows nothing, not `function Object() {…}`.
 */

/** What `object` itself holds under `name`; undefined when it holds nothing there, or is no object. */
export function ownValue<T>(object: Readonly<Record<string, T>> | undefined, name: string): T | undefined;
export function ownValue(object: unknown, name: string): unknown;
export function ownValue(object: unknown, name: string): unknown {
  return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, name)
    ? (object as Record<string, unknown>)[name]
    : undefined;
}

/** A record of the entries, each an own property: `__proto__` too, which assigning would not make one. */
export function keyed<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}
