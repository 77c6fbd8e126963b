import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { mergeFunds, restructureFunds, splitFunds, dissolveCluster, KlyngeInputError } from '../../src/index.js';

const ore = fc.integer({ min: 0, max: 1_000_000_000 });
const toOre = (s: string): number => Math.round(Number(s) * 100);
const patientsList = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 8 }).filter((p) => p.some((x) => x > 0));

test.prop([ore, patientsList])('split sums exactly to the balance, and split-then-merge returns the balance', (balance, patients) => {
  const input = { balance: (balance / 100).toFixed(2), parts: patients.map((p, i) => ({ id: `K${String(i)}`, patients: p })) };
  const { parts } = splitFunds(input);
  expect(parts.reduce((s, p) => s + toOre(p.amount), 0)).toBe(balance);
  const merged = mergeFunds({ clusters: parts.map((p) => ({ id: p.id, balance: p.amount, patients: p.patients })) });
  expect(merged.balance).toBe(input.balance);
  expect(merged.patients).toBe(patients.reduce((a, b) => a + b, 0));
});

test.prop([ore, patientsList])('split: identical for numbers and strings; input not mutated; monotone in patients', (balance, patients) => {
  const parts = patients.map((p, i) => ({ id: `K${String(i)}`, patients: p }));
  const asNumber = { balance: balance / 100, parts };
  const copy = structuredClone(asNumber);
  const a = splitFunds(asNumber);
  expect(splitFunds({ balance: (balance / 100).toFixed(2), parts })).toEqual(a);
  expect(asNumber).toEqual(copy);
  for (const x of a.parts) for (const y of a.parts) if (x.patients > y.patients) expect(toOre(x.amount)).toBeGreaterThanOrEqual(toOre(y.amount));
});

const restructureArb = fc
  .tuple(fc.array(ore, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([balances, newCount]) =>
    fc.tuple(
      fc.constant(balances),
      fc.array(
        fc.record({
          from: fc.integer({ min: 0, max: balances.length - 1 }),
          to: fc.integer({ min: 0, max: newCount - 1 }),
          patients: fc.integer({ min: 1, max: 50_000 }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
    ),
  );

test.prop([restructureArb, fc.constantFrom('pooled' as const, 'by-origin' as const)])(
  'restructureFunds: new amounts sum exactly to the old balances; numbers = strings; input not mutated',
  ([balances, rawMoves], method) => {
    const moves = rawMoves.map((m) => ({ from: `O${String(m.from)}`, to: `N${String(m.to)}`, patients: m.patients }));
    const movedFrom = new Set(moves.map((m) => m.from));
    // by-origin needs somewhere to go for every non-empty old cluster
    const clusters = balances.map((b, i) => ({ id: `O${String(i)}`, balance: method === 'by-origin' && !movedFrom.has(`O${String(i)}`) ? 0 : b / 100 }));
    const input = { clusters, moves, method };
    const copy = structuredClone(input);
    const r = restructureFunds(input);
    expect(input).toEqual(copy);
    const total = clusters.reduce((s, c) => s + Math.round(c.balance * 100), 0);
    expect(r.clusters.reduce((s, c) => s + toOre(c.amount), 0)).toBe(total);
    expect(toOre(r.balance)).toBe(total);
    const asStrings = { ...input, clusters: clusters.map((c) => ({ id: c.id, balance: c.balance.toFixed(2) })) };
    expect(restructureFunds(asStrings)).toEqual(r);
  },
);

test.prop([ore, patientsList])('restructureFunds of one old cluster equals splitFunds', (balance, patients) => {
  fc.pre(patients.length >= 1);
  const b = (balance / 100).toFixed(2);
  const parts = patients.map((p, i) => ({ id: `K${String(i)}`, patients: p }));
  const split = splitFunds({ balance: b, parts }).parts.filter((p) => p.patients > 0);
  for (const method of ['pooled', 'by-origin'] as const) {
    const r = restructureFunds({
      clusters: [{ id: 'old', balance: b }],
      moves: parts.filter((p) => p.patients > 0).map((p) => ({ from: 'old', to: p.id, patients: p.patients })),
      method,
    });
    expect(r.clusters).toEqual(split);
  }
});

test.prop([fc.integer({ min: -100, max: -1 }), fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
  'negative or non-integer patients are a KlyngeInputError',
  (negative, fraction) => {
    expect(() => splitFunds({ balance: 1, parts: [{ id: 'A', patients: negative }] })).toThrow(KlyngeInputError);
    expect(() => splitFunds({ balance: 1, parts: [{ id: 'A', patients: 1 + fraction }] })).toThrow(KlyngeInputError);
    expect(() => mergeFunds({ clusters: [{ id: 'A', balance: 1, patients: negative }] })).toThrow(KlyngeInputError);
  },
);

test.prop([fc.anything()])('malformed input throws KlyngeInputError, never another error', (junk) => {
  for (const fn of [splitFunds, mergeFunds, dissolveCluster, restructureFunds]) {
    try {
      fn(junk as never);
    } catch (error) {
      expect(error).toBeInstanceOf(KlyngeInputError);
    }
  }
});
