/**
 * Every public function either answers or throws KlyngeInputError for any
 * input whatsoever — never a TypeError, a zod error or anything else — and
 * never mutates what it was given.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as api from '../src/index.js';

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
