import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { prorateFee, KlyngeInputError } from '../../src/index.js';

const METHODS = ['first-of-month', 'majority-of-days', 'whole-months-only'] as const;
const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const START = Date.UTC(2024, 3, 1);

/** Holders with strictly increasing dates within −60 … +400 days of 2024-04-01. */
const holdersArb = fc
  .uniqueArray(fc.integer({ min: -60, max: 400 }), { minLength: 1, maxLength: 6 })
  .chain((offsets) =>
    fc.tuple(
      fc.constant([...offsets].sort((a, b) => a - b)),
      fc.array(fc.constantFrom<string | null>('A', 'B', 'C', null), { minLength: offsets.length, maxLength: offsets.length }),
    ),
  )
  .map(([offsets, ids]) => offsets.map((o, i) => ({ id: ids[i]!, from: iso(START + o * DAY) })));

const feeOre = fc.integer({ min: 0, max: 20_000_000 });

test.prop([feeOre, holdersArb, fc.constantFrom(...METHODS), fc.integer({ min: 1, max: 24 })])(
  'shares and unallocated sum exactly to the fee; months sum to the period; amounts are monotone in months',
  (ore, holders, method, months) => {
    const r = prorateFee({ annualFee: (ore / 100).toFixed(2), periodStart: '2024-04-01', months, holders, method });
    const toOre = (s: string): number => Math.round(Number(s) * 100);
    expect(r.shares.reduce((s, x) => s + toOre(x.amount), 0) + toOre(r.unallocated.amount)).toBe(ore);
    expect(r.shares.reduce((s, x) => s + x.months, 0) + r.unallocated.months).toBe(months);
    const parts = [...r.shares, r.unallocated];
    for (const a of parts) for (const b of parts) if (a.months > b.months) expect(toOre(a.amount)).toBeGreaterThanOrEqual(toOre(b.amount));
    const ids = [...new Set(holders.map((h) => h.id).filter((id) => id !== null))];
    expect(r.shares.map((s) => s.id)).toEqual(ids);
    expect(r.findings.length).toBe(r.unallocated.months > 0 ? 1 : 0);
  },
);

test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom(...METHODS)])(
  'moving the change date later never lowers the outgoing holder\'s months',
  (change, delay, method) => {
    const at = (offset: number) =>
      prorateFee({ annualFee: 50000, periodStart: '2024-04-01', method, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: iso(START + offset * DAY) }] });
    const early = at(change);
    const late = at(change + delay);
    expect(late.shares[0]!.months).toBeGreaterThanOrEqual(early.shares[0]!.months);
    expect(late.shares[1]!.months).toBeLessThanOrEqual(early.shares[1]!.months);
  },
);

test.prop([feeOre, holdersArb, fc.constantFrom(...METHODS)])('identical for numbers and strings; input not mutated', (ore, holders, method) => {
  const asNumber = { annualFee: ore / 100, periodStart: '2024-04-01', holders, method };
  const asString = { annualFee: (ore / 100).toFixed(2), periodStart: '2024-04-01', holders, method };
  const copy = structuredClone(asNumber);
  expect(prorateFee(asNumber)).toEqual(prorateFee(asString));
  expect(asNumber).toEqual(copy);
});

test.prop([holdersArb, fc.integer({ min: 0, max: 5 })])('unsorted holders are a KlyngeInputError', (holders, i) => {
  fc.pre(holders.length >= 2);
  const j = i % (holders.length - 1);
  const swapped = [...holders];
  [swapped[j], swapped[j + 1]] = [swapped[j + 1]!, swapped[j]!];
  expect(() => prorateFee({ annualFee: 1000, periodStart: '2024-04-01', holders: swapped })).toThrow(KlyngeInputError);
});

test.prop([fc.integer({ min: 2, max: 28 }), fc.integer({ min: 1, max: 12 })])('a period start that is not the 1st is a KlyngeInputError', (day, month) => {
  const start = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  expect(() => prorateFee({ annualFee: 1000, periodStart: start, holders: [] })).toThrow(KlyngeInputError);
});

test.prop([fc.anything()])('malformed input throws KlyngeInputError, never another error', (junk) => {
  try {
    prorateFee(junk as never);
  } catch (error) {
    expect(error).toBeInstanceOf(KlyngeInputError);
  }
});

/** Holders whose changes all fall on the 1st of a month, within two years around the period. */
const firstOfMonthHoldersArb = fc
  .uniqueArray(fc.integer({ min: -3, max: 26 }), { minLength: 1, maxLength: 8 })
  .chain((offsets) =>
    fc.tuple(
      fc.constant([...offsets].sort((a, b) => a - b)),
      fc.array(fc.constantFrom<string | null>('A', 'B', 'C', null), { minLength: offsets.length, maxLength: offsets.length }),
    ),
  )
  .map(([offsets, ids]) =>
    offsets.map((o, i) => {
      const month = 3 + o; // months after January 2024
      const year = 2024 + Math.floor(month / 12);
      return { id: ids[i]!, from: `${String(year)}-${String((((month % 12) + 12) % 12) + 1).padStart(2, '0')}-01` };
    }),
  );

test.prop([feeOre, firstOfMonthHoldersArb, fc.integer({ min: 1, max: 24 })])(
  'fees.month-assignment: when every change falls on the 1st, the three methods agree',
  (ore, holders, months) => {
    const run = (method: (typeof METHODS)[number]) => prorateFee({ annualFee: (ore / 100).toFixed(2), periodStart: '2024-04-01', months, holders, method });
    const majority = run('majority-of-days');
    expect(run('first-of-month')).toEqual(majority);
    expect(run('whole-months-only')).toEqual(majority);
  },
);
