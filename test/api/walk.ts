/**
 * Test helpers for the whole-API property tests: where the plain objects and
 * the strings are inside a value, and how to change a value at a path.
 */

export type Path = (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The paths of every plain object inside `value` (arrays are walked, not listed). */
export function objectPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (!isPlainObject(value)) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** The paths of every string inside `value`. */
export function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

/** The value at `path`. */
export function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);
}

/** Set the value at a non-empty `path` (as an own property, also for `__proto__`). */
export function setAt(value: unknown, path: Path, next: unknown): void {
  const parent = at(value, path.slice(0, -1)) as object;
  Object.defineProperty(parent, path.at(-1)!, { value: next, enumerable: true, writable: true, configurable: true });
}

/** Every string in `value` that people read: under a key `da`, `en`, `message`, `text` or `summary`, with its path. */
export function humanTexts(value: unknown, path: Path = []): { path: Path; text: string }[] {
  const last = path.at(-1);
  if (typeof value === 'string') return ['da', 'en', 'message', 'text', 'summary'].includes(String(last)) || path.length === 0 ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => humanTexts(v, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => humanTexts(v, [...path, k]));
  return [];
}

/**
 * Change every object and array inside `value`, deepest first: each
 * property set to 'CHANGED', each array given an extra element. A frozen
 * object is left as it is (it cannot change anything).
 */
export function vandalise(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) vandalise((value as Record<PropertyKey, unknown>)[key], seen);
  if (Object.isFrozen(value)) return;
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === 'length') continue;
    try {
      (value as Record<PropertyKey, unknown>)[key] = 'CHANGED';
    } catch {
      // a read-only property: it cannot change anything either
    }
  }
  if (Array.isArray(value)) value.push('CHANGED');
}

/** Everything in `value` that is an object and not frozen, with its path (zod schemas not entered). */
export function unfrozen(value: unknown, path: Path = [], seen = new Set<unknown>()): Path[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  if (typeof (value as { safeParse?: unknown }).safeParse === 'function') return [];
  seen.add(value);
  const inner = Object.entries(value).flatMap(([k, v]) => unfrozen(v, [...path, k], seen));
  return Object.isFrozen(value) ? inner : [path, ...inner];
}
