/**
 * The map-based (linear) restructuring gives the same results as the direct
 * reading of the rule it replaced: every new cluster's patients summed by a
 * scan of all moves, and under by-origin every old cluster's savings divided
 * over all new clusters (zero weights included). No timing is asserted.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { allocate, mergeFunds, restructureFunds, type RestructureFundsInput } from '../../src/index.js';

const ore = fc.integer({ min: 0, max: 1_000_000_000 });
const kroner = (n: bigint): string => `${String(n / 100n)}.${String(n % 100n).padStart(2, '0')}`;
const toOre = (s: string): bigint => BigInt(s.replace('.', ''));

/** The rule read directly (quadratic for pooled, cubic for by-origin): the reference. */
function reference(input: { clusters: { id: string; balance: string }[]; moves: { from: string; to: string; patients: number }[]; method: 'pooled' | 'by-origin' }) {
  const newIds: string[] = [];
  for (const m of input.moves) if (!newIds.includes(m.to)) newIds.push(m.to);
  const patients = newIds.map((id) => input.moves.filter((m) => m.to === id).reduce((s, m) => s + m.patients, 0));
  const total = input.clusters.reduce((s, c) => s + toOre(c.balance), 0n);
  let amounts: bigint[];
  if (input.method === 'pooled') amounts = allocate(kroner(total), patients).map(toOre);
  else {
    amounts = newIds.map(() => 0n);
    for (const c of input.clusters) {
      const weights = newIds.map((id) => input.moves.filter((m) => m.from === c.id && m.to === id).reduce((s, m) => s + m.patients, 0));
      if (weights.every((w) => w === 0)) continue;
      allocate(c.balance, weights).forEach((a, j) => (amounts[j] = amounts[j]! + toOre(a)));
    }
  }
  return newIds.map((id, i) => ({ id, patients: patients[i]!, amount: kroner(amounts[i]!) }));
}

/** Old clusters with savings and random moves (repeated pairs, zero moves, ties in weights). */
const restructureArb = fc
  .record({
    balances: fc.array(ore, { minLength: 1, maxLength: 12 }),
    newCount: fc.integer({ min: 1, max: 12 }),
    moves: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), patients: fc.constantFrom(0, 1, 2, 3, 1000, 2000, 10_000_000) }), { minLength: 1, maxLength: 40 }),
    method: fc.constantFrom('pooled' as const, 'by-origin' as const),
  })
  .map(({ balances, newCount, moves, method }) => {
    const clusters = balances.map((b, i) => ({ id: `O${String(i)}`, balance: kroner(BigInt(b)) }));
    const list = moves.map((m) => ({ from: clusters[m.from % clusters.length]!.id, to: `N${String(m.to % newCount)}`, patients: m.patients }));
    // Under by-origin every old cluster with savings needs somewhere to send them.
    if (method === 'by-origin') for (const c of clusters) list.push({ from: c.id, to: 'N0', patients: 1 });
    return { clusters, moves: list, method };
  })
  .filter((input) => input.moves.some((m) => m.patients > 0));

test.prop([restructureArb])('restructureFunds with maps gives the same clusters as the direct reading of the rule', (input) => {
  const result = restructureFunds(input as RestructureFundsInput);
  expect(result.clusters).toEqual(reference(input));
  expect(result.clusters.reduce((s, c) => s + toOre(c.amount), 0n)).toBe(input.clusters.reduce((s, c) => s + toOre(c.balance), 0n));
});

test.prop([fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 200 })])(
  'mergeFunds adds patient counts exactly (each at most 10,000,000)',
  (counts) => {
    const merged = mergeFunds({ clusters: counts.map((p, i) => ({ id: `K${String(i)}`, balance: 0, patients: p })) });
    expect(BigInt(merged.patients)).toBe(counts.reduce((s, p) => s + BigInt(p), 0n));
    expect(Number.isSafeInteger(merged.patients)).toBe(true);
  },
);
