import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Decimal } from 'decimal.js';
import { allocate } from '../../src/index.js';

const ore = fc.integer({ min: 0, max: 10_000_000_000 });
const weights = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }).filter((ws) => ws.some((w) => w > 0));
const toKroner = (o: number) => (o / 100).toFixed(2);

describe('money.allocate properties', () => {
  test.prop([ore, weights])('parts sum exactly to the total', (o, ws) => {
    const parts = allocate(toKroner(o), ws);
    const sum = parts.reduce((a, p) => a.plus(p), new Decimal(0));
    expect(sum.toFixed(2)).toBe(toKroner(o));
  });

  test.prop([ore, weights])('each part is within 1 øre of its exact share, and never below its floor', (o, ws) => {
    const parts = allocate(toKroner(o), ws);
    const total = ws.reduce((a, b) => a + b, 0);
    parts.forEach((p, i) => {
      const exact = new Decimal(o).times(ws[i]!).dividedBy(total);
      const got = new Decimal(p).times(100);
      expect(got.minus(exact).abs().lessThan(1)).toBe(true);
      expect(got.greaterThanOrEqualTo(exact.floor())).toBe(true);
      if (ws[i] === 0) expect(p).toBe('0.00');
    });
  });

  test.prop([ore, weights, fc.infiniteStream(fc.nat())])(
    'permuting distinct weights permutes the parts (order only matters through the tie-break)',
    (o, ws, seeds) => {
      const distinct = [...new Set(ws)].filter((w) => w > 0);
      fc.pre(distinct.length > 0);
      const keys = distinct.map(() => seeds.next().value as number);
      const permuted = distinct.map((w, i) => ({ w, k: keys[i]! })).sort((a, b) => a.k - b.k).map((x) => x.w);
      const original = allocate(toKroner(o), distinct);
      const shuffled = allocate(toKroner(o), permuted);
      const byWeight = new Map(distinct.map((w, i) => [w, original[i]]));
      permuted.forEach((w, i) => expect(shuffled[i]).toBe(byWeight.get(w)));
    },
  );

  test.prop([ore, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 1000 })])(
    'equal weights differ by at most 1 øre and the larger parts come first',
    (o, n, w) => {
      const parts = allocate(toKroner(o), Array.from({ length: n }, () => w)).map((p) => new Decimal(p));
      for (let i = 1; i < parts.length; i += 1) expect(parts[i - 1]!.greaterThanOrEqualTo(parts[i]!)).toBe(true);
      expect(parts[0]!.minus(parts[parts.length - 1]!).lessThanOrEqualTo('0.01')).toBe(true);
    },
  );

  test.prop([ore, weights])('is pure: the weights array is not mutated and results repeat', (o, ws) => {
    const copy = [...ws];
    const a = allocate(toKroner(o), ws);
    expect(ws).toEqual(copy);
    expect(allocate(toKroner(o), ws)).toEqual(a);
    expect(allocate(o / 100, ws.map(String))).toEqual(a);
  });
});
