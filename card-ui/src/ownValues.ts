/**
 * A form's values and errors are held by member name, and a Java member may have a name every
 * JavaScript object answers to (`constructor`, `toString`) or one that sets an object's prototype
 * when assigned (`__proto__`). Read with `ownValue` and build with `keyed`, such a name finds only
 * what the form holds under it, and is held as a name like any other.
 */

/** What `record` itself holds under `key`; undefined when it holds nothing there. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A record of the entries, each an own property: `__proto__` too, which assigning would not make one. */
export function keyed<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries(entries) as Record<string, T>;
}
