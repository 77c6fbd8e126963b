import { describe, expect, it } from 'vitest';
import { clearCaches } from '../../src/core/caches.js';
import { addWorkingDays, agmDeadlines, danishHolidays, isWorkingDay } from '../../src/index.js';

/** Results of the cached computations for a few years, computed afresh on each call. */
function cachedResults() {
  return ['2023', '2024', '2025'].map((year) => ({
    holidays: danishHolidays(Number(year)),
    closedOnStoreBededag: isWorkingDay(`${year}-05-05`),
    after: addWorkingDays(`${year}-12-20`, 5),
    before: addWorkingDays(`${year}-04-10`, -7, { closedDays: 'holidays-only' }),
    deadlines: agmDeadlines(`${year}-04-24`),
    lateMeeting: agmDeadlines(`${year}-05-20`, { closedDays: 'holidays-only' }),
  }));
}

describe('clearCaches', () => {
  it('empties the per-year tables without changing any result', () => {
    const warm = cachedResults();
    clearCaches();
    const cold = cachedResults();
    expect(cold).toEqual(warm);
    expect(cold[2]!.after).toBe('2026-01-02');
    expect(cold[0]!.holidays.map((h) => h.date)).toContain('2023-05-05');
    expect(cold[1]!.holidays.map((h) => h.date)).not.toContain('2024-04-26');
    expect(cold[1]!.lateMeeting.findings.map((f) => f.rule)).toEqual(['agm.meeting-first-quarter']);
  });
});
