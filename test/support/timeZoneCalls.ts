/**
 * Child process of test/timeZones.test.ts: runs a fixed set of public calls
 * and prints their results as one JSON text, preceded by the zone this
 * process runs in and its UTC offset on two dates (so the test can tell
 * that the zone really took effect). Run as
 * `TZ=<zone> node --import tsx test/support/timeZoneCalls.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longDates, weekText } from '../../src/core/dateText.js';
import {
  addWorkingDays,
  agmDeadlines,
  allocate,
  annualCalendar,
  danishHolidays,
  evaluateClusterYear,
  formatKroner,
  grantForYear,
  prorateFee,
  toICalendar,
  workingDaysBetween,
} from '../../src/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
// Days where local time is unusual somewhere: Kiritimati skipped 1994-12-31; DST changes in
// Copenhagen (2025-03-30, 2025-10-26) and St John's (2025-03-09, 2025-11-02); a leap day; year ends.
const DAYS = ['1994-12-30', '1994-12-31', '1995-01-01', '2024-02-29', '2025-03-09', '2025-03-30', '2025-10-26', '2025-11-02', '2025-12-31', '2026-01-01'];

const results = {
  money: { allocate: allocate('100000', [30000, 20000, 10000]), formatKroner: formatKroner('29166.67') },
  calendar: {
    holidays: danishHolidays(2025),
    addWorkingDays: DAYS.map((day) => [addWorkingDays(day, 1), addWorkingDays(day, -1), addWorkingDays(day, 10)]),
    workingDaysBetween: workingDaysBetween('2025-03-01', '2025-05-01'),
  },
  dateTexts: DAYS.map((day) => [longDates(day), weekText(day, 'da'), weekText(day, 'en')]),
  agmDeadlines: ['1995-01-02', '2025-03-27', '2025-04-24', '2025-10-27'].map((meeting) => agmDeadlines(meeting)),
  grant: grantForYear({ year: 2025, patients: 31000 }),
  fee: prorateFee({ annualFee: 50000, periodStart: '2024-04-01', holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] }),
  report: evaluateClusterYear(JSON.parse(readFileSync(join(ROOT, 'examples', 'almen-praksis-2025.json'), 'utf8'))),
  iCalendar: toICalendar(annualCalendar({ year: 2025, agmDate: '2025-03-27' }), { uidDomain: 'k1.klynge.example' }),
};

const offsets = [new Date(2025, 0, 15).getTimezoneOffset(), new Date(2025, 6, 15).getTimezoneOffset()];
process.stdout.write(`${JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, offsets })}\n${JSON.stringify(results)}`);
