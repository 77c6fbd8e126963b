/**
 * The order in which a batch is decided (rule `eligibility.cap-order`): by
 * date, and on the same date by input order (a stable sort).
 */

/**
 * Internal: the indexes of `claims` in date order, ties in input order. ISO
 * dates sort as text.
 *
 * @example
 * dateOrder([{ date: '2025-03-01' }, { date: '2025-01-01' }, { date: '2025-03-01' }]) // [1, 0, 2]
 */
export function dateOrder(claims: readonly { readonly date: string }[]): number[] {
  return claims
    .map((_, index) => index)
    .sort((a, b) => {
      const x = claims[a]!.date;
      const y = claims[b]!.date;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
}
