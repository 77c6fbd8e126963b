/**
 * What toICalendar says when its input cannot become a calendar: the
 * message names the problem, not only the path.
 */
import { describe, expect, it } from 'vitest';
import { annualCalendar, toICalendar } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('toICalendar refuses with a message that says why', () => {
  it('no events', () => {
    expect(issuesOf(() => toICalendar([]))).toEqual([{ path: ['events'], message: 'a calendar needs at least one event' }]);
  });

  it('a uidDomain that is not like a domain name', () => {
    const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' }).slice(0, 1);
    expect(issuesOf(() => toICalendar(events, { uidDomain: 'k 17' }))).toEqual([
      { path: ['options', 'uidDomain'], message: 'uidDomain must be letters, digits, dots, hyphens or underscores (like a domain name), at most 253 characters' },
    ]);
  });
});
