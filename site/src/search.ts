/** The rule search: every word of the query must occur in the text. */

/**
 * True when every word of the query occurs in the rule's searchable text.
 *
 * @example
 * matches('agm.notice-period Kristi 4', 'agm 4') // true
 */
export function matches(text: string, query: string): boolean {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => text.includes(w));
}
