/**
 * Where the AGM functions point when a meeting date is impossible: the
 * path of the error names the meeting, also when a result's meeting was
 * changed before its explanation was first read.
 */
import { describe, expect, it } from 'vitest';
import { agmDeadlines, minutesBy } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('an impossible meeting date is refused at meeting', () => {
  it('minutesBy', () => {
    expect(issuesOf(() => minutesBy('2025-02-30')).map((i) => i.path)).toEqual([['meeting']]);
  });

  it('the explanation of a result whose meeting was changed to an impossible date', () => {
    const result = agmDeadlines('2025-03-27');
    (result as { meeting: string }).meeting = '2025-02-30';
    expect(issuesOf(() => result.explanation).map((i) => i.path)).toEqual([['meeting']]);
  });
});
