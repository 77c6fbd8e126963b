/**
 * Every public function either answers or throws KlyngeInputError for any
 * input whatsoever — never a TypeError, a zod error or anything else — and
 * never mutates what it was given.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { PUBLIC_INPUTS } from './support/publicInputs.js';

const functions = Object.entries(api).filter(([name, value]) => typeof value === 'function' && name !== 'KlyngeInputError') as [string, (...args: unknown[]) => unknown][];

// Inputs near the real shapes find deeper paths than pure noise.
const near = fc.oneof(
  fc.anything(),
  fc.constantFrom('2025-03-27', '2025-02-30', '2025-03-27T00:00:00Z', '', '1.005', '-5', 'catering', 'other', '0101901234'),
  fc.integer({ min: -5, max: 3000 }),
  fc.double(),
  fc.record({ year: fc.integer({ min: 1890, max: 2310 }), patients: fc.integer({ min: -1, max: 100000 }), rate: fc.oneof(fc.string(), fc.double()) }, { requiredKeys: [] }),
  fc.record({ category: fc.constantFrom('catering', 'other', 'bowling'), amount: fc.oneof(fc.integer(), fc.string()), date: fc.constantFrom('2025-03-01', 'x') }, { requiredKeys: [] }),
  fc.array(fc.anything(), { maxLength: 4 }),
);

describe('robustness of every public function', () => {
  for (const [name, fn] of functions) {
    test.prop([fc.array(near, { maxLength: 3 })], { numRuns: 60 })(`${name}: answers or throws KlyngeInputError, and mutates nothing`, (args) => {
      const before = JSON.stringify(args, (_, v) => (typeof v === 'bigint' ? `${v}n` : v));
      try {
        fn(...args);
      } catch (error) {
        if (!api.isKlyngeInputError(error)) throw error;
        expect(error).toBeInstanceOf(api.KlyngeInputError);
        expect((error as api.KlyngeInputError).issues.length).toBeGreaterThan(0);
        expect((error as api.KlyngeInputError).message).not.toContain('0101901234');
      }
      expect(JSON.stringify(args, (_, v) => (typeof v === 'bigint' ? `${v}n` : v))).toBe(before);
    });
  }
});

/** A revoked Proxy: any read of it throws a TypeError. */
function revoked(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** Every object and array argument of the sample calls, with where it is (argument index and path). */
function objectSpots(args: unknown[]): (string | number)[][] {
  const spots: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value !== 'object' || value === null) return;
    spots.push(path);
    for (const [key, inner] of Object.entries(value)) walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  args.forEach((arg, index) => walk(arg, [index]));
  return spots;
}

/** Call `fn` with a revoked Proxy at `spot` (or as an extra argument); the error when it is not a KlyngeInputError. */
function revokedCall(name: string, fn: (...args: unknown[]) => unknown, spot: (string | number)[] | undefined): unknown {
  const args = PUBLIC_INPUTS[name]!();
  if (spot === undefined) {
    args.push(revoked({})); // an extra argument (options) that cannot be read
  } else {
    const parent = spot.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], args) as Record<string | number, unknown>;
    const key = spot.at(-1)!;
    parent[key] = revoked(parent[key] as object);
  }
  try {
    fn(...args);
  } catch (error) {
    if (!api.isKlyngeInputError(error)) return error;
    expect(error.issues.length).toBeGreaterThan(0);
  }
  return undefined;
}

describe('a revoked Proxy anywhere in an input', () => {
  // isKlyngeInputError reads `code` of any value: for a revoked Proxy that read fails, as for any foreign object that throws
  const checked = functions.filter(([name]) => name !== 'isKlyngeInputError');
  it('no function lets another error out, at any spot of its sample input or as an extra argument', () => {
    const failing = checked.flatMap(([name, fn]) => [...objectSpots(PUBLIC_INPUTS[name]!()), undefined].flatMap((spot) => (revokedCall(name, fn, spot) === undefined ? [] : [`${name} at ${JSON.stringify(spot ?? 'extra argument')}`])));
    expect(failing).toEqual([]);
  });
  for (const [name, fn] of checked) {
    const spots = objectSpots(PUBLIC_INPUTS[name]!());
    test.prop([fc.nat({ max: spots.length })], { numRuns: 20 })(`${name}: answers or throws KlyngeInputError, never a TypeError`, (pick) => {
      expect(revokedCall(name, fn, spots[pick])).toBeUndefined();
    });
  }
});
