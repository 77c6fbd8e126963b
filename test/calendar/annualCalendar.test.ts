import { describe, expect, it } from 'vitest';
import { pathsOf } from '../support/inputErrors.js';
import { KlyngeInputError, ruleCatalogue } from '../../src/index.js';
import { annualCalendar } from '../../src/rules/calendar/index.js';
import { grantForYear } from '../../src/rules/grant/index.js';

const brief = (year: number, rest: object = {}) => annualCalendar({ year, ...rest }).map((e) => [e.id, e.date, e.rule, e.movedFrom ?? null]);

/** The paths of the input error that `fn` throws. */

describe('annualCalendar — general practice', () => {
  it('2025: registration 31 January, grant 1 March, activity report 31 March, meeting dates 30 September', () => {
    expect(brief(2025)).toEqual([
      ['2025-registration', '2025-01-31', 'calendar.ydernumre-registration', null],
      ['2025-grant-payment', '2025-03-01', 'calendar.grant-payment', null],
      ['2025-activity-report', '2025-03-31', 'calendar.activity-report', null],
      ['2025-meeting-dates', '2025-09-30', 'calendar.meeting-dates-announcement', null],
    ]);
    expect(annualCalendar({ year: 2025, scheme: 'almen-praksis' })).toEqual(annualCalendar({ year: 2025 }));
  });

  it('every event carries the first source of its rule', () => {
    for (const event of annualCalendar({ year: 2025, agmDate: '2025-03-27' })) {
      expect(event.source).toEqual(ruleCatalogue[event.rule].sources[0]);
    }
    const sources = annualCalendar({ year: 2025 }).map((e) => e.source);
    expect(sources).toEqual([
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
      { document: 'kiap-guide', section: 'Regler for budget og regnskab' },
      { document: 'klyngeregler-2023', section: '8.1' },
      { document: 'klyngeregler-2023', section: '10.5' },
    ]);
  });

  it('titles and descriptions in Danish and English', () => {
    const [registration, grant, activity, dates] = annualCalendar({ year: 2025 });
    expect(registration!.title).toEqual({ da: 'Frist: klyngens ydernumre og medlemmer på kiap.dk', en: "Deadline: the cluster's provider numbers and members on kiap.dk" });
    expect(registration!.description).toEqual({
      da: 'Koordinatoren opdaterer klyngens ydernumre og medlemmer på www.kiap.dk inden udgangen af januar. Regionen beregner årets klyngemidler ud fra registreringen.',
      en: "The coordinator updates the cluster's provider numbers (ydernumre) and members on www.kiap.dk before the end of January. The region computes the year's grant from this record.",
    });
    expect(activity!.title).toEqual({ da: 'Frist: aktivitetsrapport til KiAP', en: 'Deadline: activity report to KiAP' });
    expect(activity!.description!.da).toContain('uden en mødedato er den dateret 31. marts');
    expect(activity!.description!.en).toContain("the date is this library's interpretation");
    expect(activity!.description!.da).toContain('formuen primo og ultimo');
    expect(grant!.title).toEqual({ da: 'Klyngemidlerne udbetales', en: 'Cluster grant paid' });
    expect(grant!.description!.en).toContain('It is a payment date, not a deadline, and does not move.');
    expect(dates!.title).toEqual({ da: 'Frist: datoer for klyngemøderne i 2026 meldes ud', en: 'Deadline: announce the cluster meeting dates for 2026' });
    expect(dates!.description!.da).toContain('senest ved udgangen af september');
  });

  it('calendar.closed-day-shift: month-bound duties never leave their month — 2026 registration stays on Saturday 31 January, with a note', () => {
    const events = annualCalendar({ year: 2026 });
    expect(events.map((e) => [e.id, e.date, e.movedFrom ?? null])).toEqual([
      ['2026-registration', '2026-01-31', null],
      ['2026-grant-payment', '2026-03-01', null],
      ['2026-activity-report', '2026-03-31', null],
      ['2026-meeting-dates', '2026-09-30', null],
    ]);
    expect(ruleCatalogue['calendar.closed-day-shift'].kind).toBe('interpretation');
    expect(events[0]!.description).toEqual({
      da: 'Koordinatoren opdaterer klyngens ydernumre og medlemmer på www.kiap.dk inden udgangen af januar. Regionen beregner årets klyngemidler ud fra registreringen.\nLørdag 31. januar 2026 er en weekenddag. Pligten hører til måneden, så datoen flyttes ikke; sidste hverdag før er fredag 30. januar 2026.',
      en: "The coordinator updates the cluster's provider numbers (ydernumre) and members on www.kiap.dk before the end of January. The region computes the year's grant from this record.\nSaturday 31 January 2026 is a weekend day. The duty is bound to its month, so the date does not move; the last working day before it is Friday 30 January 2026.",
    });
    expect(events[0]!.date).toBe(grantForYear({ year: 2026, patients: 1, rate: 1 }).registrationDeadline);
  });

  it('2023 meeting dates stay on Saturday 30 September; so do 2028\'s; a working day gets no note', () => {
    const dates2023 = annualCalendar({ year: 2023 }).find((e) => e.id === '2023-meeting-dates')!;
    expect([dates2023.date, dates2023.movedFrom]).toEqual(['2023-09-30', undefined]);
    expect(dates2023.description!.en).toContain('Saturday 30 September 2023 is a weekend day. The duty is bound to its month, so the date does not move; the last working day before it is Friday 29 September 2023.');
    expect(brief(2028).at(-1)).toEqual(['2028-meeting-dates', '2028-09-30', 'calendar.meeting-dates-announcement', null]);
    expect(annualCalendar({ year: 2025 }).find((e) => e.id === '2025-meeting-dates')!.description!.da).not.toContain('flyttes ikke');
  });

  it('the grant payment is a fact: on a Sunday (1 March 2026) it does not move', () => {
    const grant = annualCalendar({ year: 2026 }).find((e) => e.rule === 'calendar.grant-payment')!;
    expect(grant.date).toBe('2026-03-01');
    expect('movedFrom' in grant).toBe(false);
  });

  it('an extra closed day on 31 January does not move the registration either; the note names it', () => {
    const [registration] = annualCalendar({ year: 2025, extraClosedDays: ['2025-01-31'] });
    expect(registration!.date).toBe('2025-01-31');
    expect('movedFrom' in registration!).toBe(false);
    expect(registration!.description!.en).toContain(
      'Friday 31 January 2025 is one of your extra closed days. The duty is bound to its month, so the date does not move; the last working day before it is Thursday 30 January 2025.',
    );
  });

  it('calendar.activity-report: dated at the AGM when one is given, else 31 March (Easter Sunday 2024, with a note)', () => {
    const atMeeting = annualCalendar({ year: 2025, agmDate: '2025-03-27' }).find((e) => e.id === '2025-activity-report')!;
    expect(atMeeting.date).toBe('2025-03-27');
    expect(atMeeting.description!.da).toContain('så den er dateret ved årsmødet torsdag 27. marts 2025');
    expect(atMeeting.description!.en).toContain('so it is dated at the meeting on Thursday 27 March 2025');
    expect(ruleCatalogue['calendar.activity-report'].kind).toBe('interpretation');
    const fallback = annualCalendar({ year: 2024 }).find((e) => e.id === '2024-activity-report')!;
    expect(fallback.date).toBe('2024-03-31');
    expect(fallback.description!.da).toContain('Søndag 31. marts 2024 er en helligdag (Påskedag). Pligten hører til måneden, så datoen flyttes ikke; sidste hverdag før er onsdag 27. marts 2024.');
  });

  it('with an AGM date: notice, proposals, the meeting, the activity report and minutes, sorted by date', () => {
    expect(brief(2025, { agmDate: '2025-03-27' })).toEqual([
      ['2025-registration', '2025-01-31', 'calendar.ydernumre-registration', null],
      ['2025-grant-payment', '2025-03-01', 'calendar.grant-payment', null],
      ['2025-agm-notice', '2025-03-13', 'agm.notice-period', null],
      ['2025-agm-proposals', '2025-03-13', 'agm.proposal-deadline', null],
      ['2025-agm', '2025-03-27', 'agm.annual-meeting', null],
      ['2025-activity-report', '2025-03-27', 'calendar.activity-report', null],
      ['2025-agm-minutes', '2025-04-10', 'agm.minutes-deadline', null],
      ['2025-meeting-dates', '2025-09-30', 'calendar.meeting-dates-announcement', null],
    ]);
    const events = annualCalendar({ year: 2025, agmDate: '2025-03-27' });
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(byId.get('2025-agm-notice')!.title).toEqual({ da: 'Frist: indkaldelse til årsmødet med dagsorden', en: 'Deadline: notice of the annual meeting, with agenda' });
    expect(byId.get('2025-agm-notice')!.description!.da).toBe('Indkaldelsen sendes elektronisk sammen med dagsordenen senest 14 dage før årsmødet torsdag 27. marts 2025.');
    expect(byId.get('2025-agm-proposals')!.title.en).toBe('Deadline: proposals for the annual meeting');
    expect(byId.get('2025-agm-proposals')!.description!.en).toBe(
      "Members' proposals should reach the coordinator or board no later than 10 working days before the annual meeting on Thursday 27 March 2025. Skipped: 2 weekends.",
    );
    expect(byId.get('2025-agm')!.title).toEqual({ da: 'Årsmøde (generalforsamling)', en: 'Annual general meeting' });
    expect(byId.get('2025-agm-minutes')!.description!.en).toBe('The minutes of the annual meeting on Thursday 27 March 2025 go to the members within 14 days after it.');
  });

  it('the AGM deadlines follow agmDeadlines: Easter 2025 and a moved minutes deadline (counted from the meeting, so it moves)', () => {
    const events = annualCalendar({ year: 2025, agmDate: '2025-04-03' });
    const minutes = events.find((e) => e.id === '2025-agm-minutes')!;
    expect(minutes.date).toBe('2025-04-22');
    expect(minutes.movedFrom).toBe('2025-04-17');
    expect(minutes.description!.da).toBe(
      'Referatet af årsmødet torsdag 3. april 2025 sendes til medlemmerne senest 14 dage efter mødet.\nFristen torsdag 17. april 2025 er en lukkedag (Skærtorsdag) og er flyttet til næste hverdag, tirsdag 22. april 2025.',
    );
    const proposals = annualCalendar({ year: 2025, agmDate: '2025-04-24' }).find((e) => e.id === '2025-agm-proposals')!;
    expect(proposals.date).toBe('2025-04-07');
    expect(proposals.description!.da).toContain('Sprunget over: 2 weekender og påsken.');
  });

  it('noticeOnWorkingDay moves the notice back, and says so', () => {
    const plain = annualCalendar({ year: 2025, agmDate: '2025-05-05' }).find((e) => e.id === '2025-agm-notice')!;
    expect(plain.date).toBe('2025-04-21');
    expect('movedFrom' in plain).toBe(false);
    const notice = annualCalendar({ year: 2025, agmDate: '2025-05-05', noticeOnWorkingDay: true }).find((e) => e.id === '2025-agm-notice')!;
    expect(notice.date).toBe('2025-04-16');
    expect(notice.movedFrom).toBe('2025-04-21');
    expect(notice.description!.en).toBe(
      'The notice goes out electronically, with the agenda, at least 14 days before the annual meeting on Monday 5 May 2025.\nThe deadline Monday 21 April 2025 is a closed day (Easter Monday) and has moved to the previous working day, Wednesday 16 April 2025.',
    );
    expect(notice.description!.da).toContain('er flyttet til forrige hverdag, onsdag 16. april 2025.');
  });

  it('the calendar mode reaches every deadline (Grundlovsdag)', () => {
    const statutory = annualCalendar({ year: 2025, agmDate: '2025-05-22' }).find((e) => e.id === '2025-agm-minutes')!;
    const holidaysOnly = annualCalendar({ year: 2025, agmDate: '2025-05-22', closedDays: 'holidays-only' }).find((e) => e.id === '2025-agm-minutes')!;
    expect([statutory.date, statutory.movedFrom]).toEqual(['2025-06-06', '2025-06-05']);
    expect(statutory.description!.da).toContain('(Grundlovsdag)');
    expect(holidaysOnly.date).toBe('2025-06-05');
  });
});

describe('annualCalendar — specialist practice (calendar.scheme-items)', () => {
  it('2024: status to eKVIS 31 January, fee paid 31 March (Easter Sunday 2024, not moved); no general-practice items', () => {
    expect(brief(2024, { scheme: 'speciallaegepraksis' })).toEqual([
      ['2024-ekvis-status', '2024-01-31', 'calendar.ekvis-status-report', null],
      ['2024-coordinator-fee', '2024-03-31', 'calendar.specialist-fee-payment', null],
    ]);
    expect(ruleCatalogue['calendar.scheme-items'].kind).toBe('interpretation');
    const [status, fee] = annualCalendar({ year: 2024, scheme: 'speciallaegepraksis' });
    expect(status!.title).toEqual({ da: 'Frist: status over klyngens arbejde til eKVIS', en: "Deadline: status of the cluster's work to eKVIS" });
    expect(status!.description!.da).toBe('Koordinatoren afleverer i januar en status over klyngens arbejde i 2023 på eKVIS’ skema. Kilden siger "i januar"; den sidste dag i januar er bibliotekets fortolkning.');
    expect(status!.source).toEqual({ document: 'ekvis-koordinator', section: 'Plan og status for klyngens aktiviteter' });
    expect(fee!.title).toEqual({ da: 'Koordinatorhonoraret udbetales', en: 'Coordinator fee paid' });
    expect(fee!.description!.en).toBe('The fee for April 2023–March 2024 is paid as B-income at the end of March. It is a payment date, not a deadline, and does not move.');
    expect(fee!.source).toEqual({ document: 'ekvis-koordinator', section: 'Honorering' });
  });

  it('2027: 31 January is a Sunday; the status stays on it, and the text says so', () => {
    expect(brief(2027, { scheme: 'speciallaegepraksis' })).toEqual([
      ['2027-ekvis-status', '2027-01-31', 'calendar.ekvis-status-report', null],
      ['2027-coordinator-fee', '2027-03-31', 'calendar.specialist-fee-payment', null],
    ]);
    const [status] = annualCalendar({ year: 2027, scheme: 'speciallaegepraksis' });
    expect(status!.description!.da).toContain('Søndag 31. januar 2027 er en weekenddag. Pligten hører til måneden, så datoen flyttes ikke; sidste hverdag før er fredag 29. januar 2027.');
  });

  it('an AGM date adds the AGM events also for a specialist cluster (no activity report)', () => {
    expect(brief(2024, { scheme: 'speciallaegepraksis', agmDate: '2024-03-21' }).map((e) => e[0])).toEqual([
      '2024-ekvis-status',
      '2024-agm-notice',
      '2024-agm-proposals',
      '2024-agm',
      '2024-coordinator-fee',
      '2024-agm-minutes',
    ]);
  });
});

describe('annualCalendar — input', () => {
  it('hands out no object the library keeps: changing an event does not change the next calendar', () => {
    const before = annualCalendar({ year: 2025 });
    for (const event of before) {
      (event.title as { da: string }).da = 'HACKED';
      (event.description as { da: string }).da = 'HACKED';
      (event.source as { section: string }).section = 'X';
    }
    const after = annualCalendar({ year: 2025 });
    expect(after.some((e) => e.title.da === 'HACKED' || e.description?.da === 'HACKED' || e.source.section === 'X')).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = { year: 2025, agmDate: '2025-03-27', extraClosedDays: ['2025-01-31'] };
    const copy = structuredClone(input);
    annualCalendar(input);
    expect(input).toEqual(copy);
  });

  it('rejects bad input with KlyngeInputError', () => {
    expect(pathsOf(() => annualCalendar({ year: 2025.5 }))).toEqual([['year']]);
    expect(pathsOf(() => annualCalendar({ year: 1899 }))).toEqual([['year']]);
    expect(pathsOf(() => annualCalendar({ year: 2025, scheme: 'tandlaege' } as never))).toEqual([['scheme']]);
    expect(pathsOf(() => annualCalendar({ year: 2025, agmDate: '2025-02-29' }))).toEqual([['agmDate']]);
    expect(pathsOf(() => annualCalendar({ year: 2025, agmDate: '2024-03-27' }))).toEqual([['agmDate']]);
    expect(() => annualCalendar({ year: 2025, agmDate: '2024-03-27' })).toThrow('agmDate Wednesday 27 March 2024 is not in 2025');
    expect(pathsOf(() => annualCalendar({ year: 2025, meetingKind: 'ordinary' } as never))).toEqual([[]]);
    expect(pathsOf(() => annualCalendar({ year: 2025, closedDays: 'none' } as never))).toEqual([['closedDays']]);
    expect(pathsOf(() => annualCalendar(2025 as never))).toEqual([[]]);
  });
});

describe('annualCalendar, specialist scheme: the years in the texts (calendar.ekvis-status-report, calendar.specialist-fee-payment)', () => {
  const events = (year: number) => new Map(annualCalendar({ year, scheme: 'speciallaegepraksis' }).map((e) => [e.id, e]));

  it.each([2025, 2031])('the eKVIS status of %i reports on the year before, in both languages', (year) => {
    const status = events(year).get(`${year}-ekvis-status`)!;
    expect(status.rule).toBe('calendar.ekvis-status-report');
    expect(status.description?.da).toContain(`klyngens arbejde i ${year - 1} på`);
    expect(status.description?.en).toContain(`the cluster's work in ${year - 1} on`);
  });

  it.each([2025, 2031])('the fee paid in March %i covers April of the year before to March, in both languages', (year) => {
    const fee = events(year).get(`${year}-coordinator-fee`)!;
    expect(fee.rule).toBe('calendar.specialist-fee-payment');
    expect(fee.description?.da).toContain(`april ${year - 1}–marts ${year}`);
    expect(fee.description?.en).toContain(`April ${year - 1}–March ${year}`);
  });
});
