/**
 * duties.as-of, as a property: whatever the facts, no duty whose due date
 * lies after asOf is ever a violation, and such a duty is upcoming or done.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import { cluster } from '../support/clusterYear.js';

const dayOf = (offset: number) => addDays('2025-01-01', offset);
const dayIn2025 = fc.integer({ min: 0, max: 364 }).map(dayOf);
const fact = fc.option(fc.oneof(fc.boolean(), dayIn2025), { nil: undefined });
const flag = fc.option(fc.boolean(), { nil: undefined });
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const generalYear = fc
  .record({
    meeting: fc.option(fc.integer({ min: 30, max: 340 }).map(dayOf), { nil: undefined }),
    kind: fc.constantFrom('ordinary' as const, 'extraordinary' as const),
    noticeBack: fc.integer({ min: 5, max: 30 }),
    minutesAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    record: fc.record({
      chairChosen: flag,
      minuteTakerChosen: flag,
      minutesNameChair: flag,
      minutesSignedByChair: fact,
      accountsPresented: flag,
      budgetAdopted: flag,
      secretariatInformed: fact,
      kiapUpdated: fact,
    }),
    elected: fc.boolean(),
    duties: fc.record({ ydernumreRegistered: fact, activityReportSent: fact, meetingDatesAnnounced: fact }),
  })
  .map(({ meeting, kind, noticeBack, minutesAfter, record, elected, duties }): ClusterYear => ({
    year: 2025,
    cluster,
    duties: defined(duties),
    ...(meeting === undefined
      ? {}
      : {
          agm: {
            meeting,
            kind,
            noticeSentOn: addDays(meeting, -noticeBack),
            ...(minutesAfter === undefined ? {} : { minutesSentOn: addDays(meeting, minutesAfter) }),
            ...(elected ? { elections: [{ post: 'Klyngekoordinator', name: 'A', term: '2 år' }] } : {}),
            record: defined(record),
          },
        }),
  }));

const specialistYear = fc
  .record({
    meetings: fc.option(fc.array(fc.record({ date: dayIn2025, agenda: flag, attendanceRecorded: flag }), { maxLength: 6 }), { nil: undefined }),
    coordinatorsMeetingAttended: fact,
    ekvisStatusSent: fact,
    change: fc.option(fc.record({ on: dayIn2025, ekvisInformed: fact }), { nil: undefined }),
  })
  .map(({ meetings, coordinatorsMeetingAttended, ekvisStatusSent, change }): ClusterYear => ({
    year: 2025,
    cluster: { ...cluster, scheme: 'speciallaegepraksis' },
    duties: defined({
      meetings: meetings?.map((m) => defined(m)),
      coordinatorsMeetingAttended,
      ekvisStatusSent,
      coordinatorChange: change === undefined ? undefined : defined(change),
    }),
  }));

const asOf = fc.integer({ min: -40, max: 400 }).map(dayOf);

describe('duties.as-of', () => {
  test.prop([fc.oneof(generalYear, specialistYear), asOf])('no duty due after asOf is a violation, overdue or unknown', (doc, day) => {
    const report = evaluateClusterYear(doc, { asOf: day });
    const notDue = report.duties.filter((d) => d.due > day);
    for (const d of notDue) expect(['upcoming', 'done'], d.id).toContain(d.state);
    for (const f of report.findings.filter((x) => x.severity === 'violation')) {
      const ofRule = report.duties.filter((d) => d.rule === f.rule);
      if (ofRule.length > 0) expect(ofRule.some((d) => d.due <= day), `${f.rule} ${JSON.stringify(f.data)}`).toBe(true);
      const due = f.data?.['due'];
      if (typeof due === 'string') expect(due <= day, f.rule).toBe(true);
    }
  });

  test.prop([fc.oneof(generalYear, specialistYear)])('the default asOf is 31 December: the whole year', (doc) => {
    expect(evaluateClusterYear(doc)).toEqual(evaluateClusterYear(doc, { asOf: '2025-12-31' }));
  });
});
