/**
 * prorateFee with a map of ids and a binary search for the holder gives the
 * same result as the direct reading of the methods: count, day by day, who
 * held the post, and give each month by method. No timing is asserted.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { allocate, prorateFee } from '../../src/index.js';

const METHODS = ['first-of-month', 'majority-of-days', 'whole-months-only'] as const;
const DAY = 86_400_000;
const START = Date.UTC(2024, 3, 1);
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

type Holder = { id: string | null; from: string };

/** The reference: for every day of every month, scan all holders for the one holding it. */
function reference(holders: Holder[], months: number, method: (typeof METHODS)[number]) {
  const ids: string[] = [];
  for (const h of holders) if (h.id !== null && !ids.includes(h.id)) ids.push(h.id);
  const count = new Map<string, number>(ids.map((id) => [id, 0]));
  let unallocated = 0;
  for (let m = 0; m < months; m += 1) {
    const first = Date.UTC(2024, 3 + m, 1);
    const next = Date.UTC(2024, 4 + m, 1);
    const days: [string | null, number][] = [];
    for (let t = first; t < next; t += DAY) {
      const day = iso(t);
      let holder: string | null = null;
      for (const h of holders) if (h.from <= day) holder = h.id;
      const last = days.find(([id]) => id === holder);
      if (last) last[1] += 1;
      else days.push([holder, 1]);
    }
    let owner: string | null;
    if (method === 'first-of-month') owner = days[0]![0];
    else if (method === 'whole-months-only') owner = days.length === 1 ? days[0]![0] : null;
    else owner = days.reduce((best, d) => (d[1] > best[1] ? d : best))[0];
    if (owner === null) unallocated += 1;
    else count.set(owner, count.get(owner)! + 1);
  }
  const amounts = allocate('50000.00', [...ids.map((id) => count.get(id)!), unallocated]);
  return { shares: ids.map((id, i) => ({ id, months: count.get(id)!, amount: amounts[i]! })), unallocated: { months: unallocated, amount: amounts[ids.length]! } };
}

/** Many holders with distinct ids (and some repeated ones and vacancies), strictly increasing dates. */
const holdersArb = fc
  .uniqueArray(fc.integer({ min: -40, max: 420 }), { minLength: 0, maxLength: 60 })
  .chain((offsets) =>
    fc.tuple(
      fc.constant([...offsets].sort((a, b) => a - b)),
      fc.array(fc.oneof(fc.nat({ max: 80 }).map((n) => `H${String(n)}`), fc.constant(null)), { minLength: offsets.length, maxLength: offsets.length }),
    ),
  )
  .map(([offsets, ids]) => offsets.map((o, i) => ({ id: ids[i]!, from: iso(START + o * DAY) })));

test.prop([holdersArb, fc.constantFrom(...METHODS), fc.integer({ min: 1, max: 14 })])(
  'prorateFee gives the same shares as a day-by-day count over all holders',
  (holders, method, months) => {
    const { shares, unallocated } = prorateFee({ annualFee: 50000, periodStart: '2024-04-01', months, holders, method });
    expect({ shares, unallocated }).toEqual(reference(holders, months, method));
  },
);
