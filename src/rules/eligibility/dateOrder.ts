/**
 * The order in which a batch is decided (rule `eligibility.cap-order`): by
 * date, and on the same date by input order. A stable counting sort over the
 * day numbers (the calendar's 400 years are 146,097 distinct
 * days, so the count table stays small); a batch already in that order (the
 * usual case) is recognised in one pass.
 */
import { toDayNumber } from '../../core/dates.js';

/**
 * Internal: the indexes of `claims` in date order, ties in input order. The
 * dates must already be valid.
 *
 * @example
 * dateOrder([{ date: '2025-03-01' }, { date: '2025-01-01' }, { date: '2025-03-01' }]) // [1, 0, 2]
 */
export function dateOrder(claims: readonly { readonly date: string }[]): number[] {
  const n = claims.length;
  // Stryker disable next-line ArrayDeclaration: equivalent — the length only preallocates; every index is written below
  const order = new Array<number>(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  if (inDateOrder(claims)) return order;
  const days = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const day = toDayNumber(claims[i]!.date);
    days[i] = day;
    min = Math.min(min, day);
    max = Math.max(max, day);
  }
  // Counting sort: starts[d] is the number of claims dated before day min + d.
  const starts = new Int32Array(max - min + 1);
  for (const day of days) starts[day - min]! += 1;
  let before = 0;
  starts.forEach((count, d) => {
    starts[d] = before;
    before += count;
  });
  days.forEach((day, i) => {
    order[starts[day - min]!++] = i;
  });
  return order;
}

/** True when the dates never decrease (a shortcut: for such claims the counting sort would return the same order). */
function inDateOrder(claims: readonly { readonly date: string }[]): boolean {
  for (let i = 1; i < claims.length; i += 1) if (claims[i]!.date < claims[i - 1]!.date) return false;
  return true;
}
