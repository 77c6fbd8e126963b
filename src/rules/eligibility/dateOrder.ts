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
  const order = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i += 1) {
    order[i] = i;
    if (i > 0 && claims[i]!.date < claims[i - 1]!.date) sorted = false;
  }
  // Stryker disable next-line ConditionalExpression: a shortcut only; without it the counting sort returns the same order (equivalent mutant).
  if (sorted) return order;
  const days = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const day = toDayNumber(claims[i]!.date);
    days[i] = day;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const starts = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i += 1) starts[days[i]! - min + 1]! += 1;
  for (let d = 1; d < starts.length; d += 1) starts[d]! += starts[d - 1]!;
  for (let i = 0; i < n; i += 1) order[starts[days[i]! - min]!++] = i;
  return order;
}
