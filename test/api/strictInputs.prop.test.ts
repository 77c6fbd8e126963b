/**
 * Every input object is strict: a key the input does not have, added to any
 * object of a valid input of any public function, is a KlyngeInputError
 * whose issue has the code `unknown-key`, a path that ends with the
 * object's path, and a message that names the key.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { PUBLIC_INPUTS } from '../support/publicInputs.js';
import { at, objectPaths, setAt, type Path } from './walk.js';

type Fn = (...args: unknown[]) => unknown;
const fns = api as unknown as Record<string, Fn>;

/**
 * Arguments that are not input objects, by function and argument index: a
 * predicate's any value, and findings (passed back as they were returned,
 * with all their fields). The decision given to `advanceYearToDate` is an
 * input: it may have the keys of a decision, and no other.
 */
const NOT_INPUT_ARGS: Readonly<Record<string, readonly number[]>> = { isKlyngeInputError: [0], sortFindings: [0], hasViolations: [0] };

/** Where an unknown key can go: every plain object in every argument, as [argument index, path inside it]. */
function positions(name: string): [number, Path][] {
  return PUBLIC_INPUTS[name]!().flatMap((arg, index) => (NOT_INPUT_ARGS[name]?.includes(index) ? [] : objectPaths(arg).map((path) => [index, path] as [number, Path])));
}

/** Call `name` with `key` added at `position`; undefined when it is refused as it should be, else what went wrong. */
function problem(name: string, [index, path]: [number, Path], key: string): string | undefined {
  const args = PUBLIC_INPUTS[name]!();
  setAt(args, [index, ...path, key], 'x');
  try {
    fns[name]!(...args);
    return `accepted ${JSON.stringify([index, ...path, key])}`;
  } catch (error) {
    if (!api.isKlyngeInputError(error)) return `threw ${String(error)}`;
    const wanted = path;
    const suffix = (p: readonly (string | number)[]) => (wanted.length === 0 ? [] : p.slice(-wanted.length));
    const shown = `"${api.isKlyngeInputError(error) ? key.slice(0, 40) : key}`;
    const named = error.issues.some((i) => i.code === 'unknown-key' && JSON.stringify(suffix(i.path)) === JSON.stringify(wanted) && i.message.includes(shown) && i.messages.da.includes(shown));
    return named ? undefined : `issues ${JSON.stringify(error.issues.map((i) => [i.path, i.code]))} do not name ${JSON.stringify(wanted)}`;
  }
}

const candidates = Object.keys(PUBLIC_INPUTS).filter((name) => positions(name).length > 0);

/** Every property name a JSON Schema declares (under `properties`, at any depth). */
function declaredKeys(schema: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => declaredKeys(s, into));
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, inner] of Object.entries(schema)) {
      if (key === 'properties' && typeof inner === 'object' && inner !== null) Object.keys(inner).forEach((k) => into.add(k));
      declaredKeys(inner, into);
    }
  }
  return into;
}

/**
 * Keys some input object of the library has (from the JSON Schemas of the
 * input documents, and the keys of the samples): a random key that is one of
 * them may be a real (optional) key where it is put, so it is not used as an
 * unknown key. The fixed key `unknownKey` is tried at every position.
 */
const KNOWN_KEYS = declaredKeys(
  Object.keys(api.inputSchemas).map((name) => api.jsonSchemaFor(name as api.InputSchemaName)),
  new Set(),
);
for (const sample of Object.values(PUBLIC_INPUTS)) {
  for (const arg of sample()) for (const path of objectPaths(arg)) for (const key of Object.keys(at(arg, path) as object)) KNOWN_KEYS.add(key);
}

describe('unknown keys are input errors', () => {
  it('knows the keys of the input documents (a random key that is one of them is not used)', () => {
    expect([...KNOWN_KEYS]).toEqual(expect.arrayContaining(['name', 'clinicId', 'clusterId', 'coordinatorId', 'amount', 'eligible']));
  });
  it('every function refuses an unknown key in every object of its input', () => {
    const failing = candidates.flatMap((name) => positions(name).flatMap((p) => problem(name, p, 'unknownKey') ?? []).map((why) => `${name}: ${why}`));
    expect(failing).toEqual([]);
  });
  for (const name of candidates) {
    const where = positions(name);
    test.prop([fc.nat({ max: where.length - 1 }), fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'clustrId', 'elegible'))], { numRuns: 40 })(
      `${name}: a random unknown key anywhere is refused, naming the key and its path`,
      (i, key) => {
        const args = PUBLIC_INPUTS[name]!();
        const [index, path] = where[i]!;
        const target = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], args[index]) as object;
        fc.pre(!Object.prototype.hasOwnProperty.call(target, key) && !KNOWN_KEYS.has(key));
        expect(problem(name, where[i]!, key)).toBeUndefined();
      },
    );
  }
});
