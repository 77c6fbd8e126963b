import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { AGM_WINDOW } from '../../src/params/agm.js';
import { agmPeriodsOn } from '../../src/rules/agm/periods.js';

describe('agm and calendar catalogue entries: kinds, sources and parameters', () => {
  it('agm rules', () => {
    const pick = (id: keyof typeof ruleCatalogue) => [ruleCatalogue[id].kind, ruleCatalogue[id].sources];
    expect(pick('agm.annual-meeting')).toEqual(['requirement', [{ document: 'klyngeregler-2023', section: '4.3' }]]);
    expect(pick('agm.notice-period')).toEqual(['requirement', [{ document: 'klyngeregler-2023', section: '4' }]]);
    expect(pick('agm.proposal-deadline')).toEqual(['recommendation', [{ document: 'klyngeregler-2023', section: '5.2' }]]);
    expect(pick('agm.minutes-deadline')).toEqual([
      'requirement',
      [
        { document: 'klyngeregler-2023', section: '5.3' },
        { document: 'forældelsesloven-27', section: '§ 27, stk. 2' },
      ],
    ]);
    expect(pick('agm.election-record')).toEqual([
      'requirement',
      [
        { document: 'klyngeregler-2023', section: '5.4' },
        { document: 'klyngeregler-2023', section: '4.2' },
      ],
    ]);
    expect(pick('agm.meeting-after-accounts')).toEqual(['recommendation', [{ document: 'kiap-guide', section: 'Regler for budget og regnskab' }]]);
    expect(pick('agm.meeting-first-quarter')).toEqual(['recommendation', [{ document: 'klyngeregler-2023', section: '4.3' }]]);
    expect(pick('agm.extraordinary-meeting')).toEqual([
      'interpretation',
      [
        { document: 'klyngeregler-2023', section: '7.3' },
        { document: 'kiap-guide', section: 'Klyngens regler' },
      ],
    ]);
    expect(pick('agm.standard-agenda')).toEqual(['interpretation', [{ document: 'klyngeregler-2023', section: '5.1' }]]);
  });

  it('the periods are dated parameters with their sources, read by the meeting date for every year the calendar accepts', () => {
    for (const meeting of ['1900-01-01', '2023-06-25', '2023-06-26', '2299-12-31']) {
      expect(agmPeriodsOn(meeting), meeting).toEqual({ noticeDays: 14, proposalWorkingDays: 10, minutesDays: 14 });
    }
    expect(AGM_WINDOW).toEqual({ from: { month: 3, day: 16 }, until: { month: 3, day: 31 } });
    const table = (id: 'agm.notice-period' | 'agm.proposal-deadline' | 'agm.minutes-deadline') => ruleCatalogue[id].parameters![0]!;
    expect(table('agm.notice-period')).toEqual({
      name: 'agmNoticeDays',
      unit: 'calendar days',
      description: { da: 'Mindste varsel for indkaldelse til årsmødet', en: 'Minimum notice of the annual meeting' },
      values: [{ from: '1900-01-01', value: 14, source: { document: 'klyngeregler-2023', section: '4' } }],
    });
    expect(table('agm.proposal-deadline')).toEqual({
      name: 'agmProposalWorkingDays',
      unit: 'working days',
      description: { da: 'Hverdage før mødet, hvor forslag bør være modtaget', en: 'Working days before the meeting by which proposals should be received' },
      values: [{ from: '1900-01-01', value: 10, source: { document: 'klyngeregler-2023', section: '5.2' } }],
    });
    expect(table('agm.minutes-deadline')).toEqual({
      name: 'agmMinutesDays',
      unit: 'calendar days',
      description: { da: 'Dage efter mødet, inden referatet sendes ud', en: 'Days after the meeting within which the minutes are sent' },
      values: [{ from: '1900-01-01', value: 14, source: { document: 'klyngeregler-2023', section: '5.3' } }],
    });
  });

  it('calendar rules', () => {
    const pick = (id: keyof typeof ruleCatalogue) => [ruleCatalogue[id].kind, ruleCatalogue[id].sources];
    expect(pick('calendar.ydernumre-registration')).toEqual([
      'requirement',
      [
        { document: 'kiap-guide', section: 'Klyngens økonomi' },
        { document: 'klyngeregler-2023', section: '3.1' },
      ],
    ]);
    expect(pick('calendar.activity-report')).toEqual(['interpretation', [{ document: 'klyngeregler-2023', section: '8.1' }]]);
    expect(pick('calendar.grant-payment')).toEqual([
      'requirement',
      [
        { document: 'kiap-guide', section: 'Regler for budget og regnskab' },
        { document: 'kiap-guide', section: 'Klyngens økonomi' },
      ],
    ]);
    expect(pick('calendar.meeting-dates-announcement')).toEqual(['recommendation', [{ document: 'klyngeregler-2023', section: '10.5' }]]);
    expect(pick('calendar.ekvis-status-report')).toEqual(['requirement', [{ document: 'ekvis-koordinator', section: 'Plan og status for klyngens aktiviteter' }]]);
    expect(pick('calendar.specialist-fee-payment')).toEqual(['requirement', [{ document: 'ekvis-koordinator', section: 'Honorering' }]]);
    expect(pick('calendar.closed-day-shift')).toEqual([
      'interpretation',
      [
        { document: 'forældelsesloven-27', section: '§ 27, stk. 2' },
        { document: 'design-interpretation', section: 'The cluster year and the calendar' },
        { document: 'kiap-guide', section: 'Klyngens økonomi' },
      ],
    ]);
    expect(pick('calendar.scheme-items')).toEqual([
      'interpretation',
      [
        { document: 'klyngeregler-2023', section: '1.1' },
        { document: 'ekvis-koordinator', section: 'Plan og status for klyngens aktiviteter' },
      ],
    ]);
  });
});
