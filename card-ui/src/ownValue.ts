/**
 * An object's own value under a name, never one it inherits: a card's property may be named
 * `constructor`, `valueOf` or `toString`, which every plain object inherits from Object.prototype,
 * and a row without a value of its own must show nothing, not `function Object() {…}`.
 */
export function ownValue(object: unknown, name: string): unknown {
  return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, name)
    ? (object as Record<string, unknown>)[name]
    : undefined;
}
