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
import { objectPaths, setAt, type Path } from './walk.js';

type Fn = (...args: unknown[]) => unknown;
const fns = api as unknown as Record<string, Fn>;

/**
 * Arguments that are not input objects, by function and argument index: a
 * predicate's any value, findings and a decision the library made (passed
 * back as they were returned, with all their fields).
 */
const NOT_INPUT_ARGS: Readonly<Record<string, readonly number[]>> = { isKlyngeInputError: [0], sortFindings: [0], hasViolations: [0], advanceYearToDate: [2] };

/**
 * Functions with an object in their sample input that still accepts an
 * unknown key; their areas make the schemas strict (the list must be
 * exactly the functions that fail, so it empties as they are fixed).
 */
const NOT_YET_STRICT = new Set<string>([
  'checkMembership',
  'closeYears',
  'countVote',
  'eligibleVoters',
  'evaluateClusterYear',
  'mergeFunds',
  'prorateFee',
  'restructureFunds',
  'specialistCoordinatorFee',
  'splitFunds',
]);

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

describe('unknown keys are input errors', () => {
  it('the functions that still accept an unknown key are exactly the known list', () => {
    const failing = candidates.filter((name) => positions(name).some((p) => problem(name, p, 'unknownKey') !== undefined));
    expect(failing.sort()).toEqual([...NOT_YET_STRICT].sort());
  });
  for (const name of candidates.filter((n) => !NOT_YET_STRICT.has(n))) {
    const where = positions(name);
    test.prop([fc.nat({ max: where.length - 1 }), fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'clustrId', 'elegible'))], { numRuns: 40 })(
      `${name}: a random unknown key anywhere is refused, naming the key and its path`,
      (i, key) => {
        const args = PUBLIC_INPUTS[name]!();
        const [index, path] = where[i]!;
        const target = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], args[index]) as object;
        fc.pre(!Object.prototype.hasOwnProperty.call(target, key));
        expect(problem(name, where[i]!, key)).toBeUndefined();
      },
    );
  }
});
