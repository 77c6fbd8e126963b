/**
 * Internal: the library's own data tables are frozen all the way down, and
 * what a function returns is the caller's own copy, never an object the
 * library keeps.
 */

/**
 * Freeze `value` and every object and array inside it (not functions).
 *
 * @example
 * const table = deepFreeze({ values: [{ from: '2025-01-01' }] });
 * Object.isFrozen(table.values[0]) // true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/**
 * A deep copy of plain data (objects, arrays, primitives): the caller may
 * change it without changing the library.
 *
 * @example
 * const kept = deepFreeze({ name: { da: 'Juledag', en: 'Christmas Day' } });
 * const mine = copyData(kept);
 * mine.name === kept.name // false
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = copyData(inner);
  return copy as T;
}
