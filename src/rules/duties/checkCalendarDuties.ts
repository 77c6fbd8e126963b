/**
 * The calendar's dated duties (annualCalendar) with their state as of a
 * date, from the facts of the document: registration of ydernumre, the
 * activity report, next year's meeting dates, the eKVIS status, and the AGM
 * notice and minutes. Payment dates and the members' proposal deadline are
 * events, not duties of the cluster, and the meeting itself is
 * checkAnnualMeeting's.
 */
import type { RuleId } from '../../ruleCatalogue.js';
import { ruleCatalogue } from '../../ruleCatalogue.js';
import { longDates } from '../../core/dateText.js';
import type { IsoDate } from '../../core/dates.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import type { CalendarEvent } from '../calendar/event.js';
import type { DoneFact } from './schema.js';
import { duty, missedSeverity } from './state.js';
import type { DutyCheck, DutyStatus } from './state.js';

/** The facts the document gives for the calendar's duties. */
export interface CalendarFacts {
  readonly ydernumreRegistered?: DoneFact | undefined;
  readonly activityReportSent?: DoneFact | undefined;
  readonly meetingDatesAnnounced?: DoneFact | undefined;
  readonly ekvisStatusSent?: DoneFact | undefined;
  readonly noticeSentOn?: IsoDate | undefined;
  readonly minutesSentOn?: IsoDate | undefined;
}

const NOT_DUTIES = new Set<string>(['calendar.grant-payment', 'calendar.specialist-fee-payment', 'agm.proposal-deadline', 'agm.annual-meeting']);

/** The fact of a calendar duty, and whether this check judges it (the AGM notice and minutes are checkAgm's). */
function factOf(rule: string, facts: CalendarFacts): { fact: DoneFact | undefined; judged: boolean } {
  switch (rule) {
    case 'calendar.ydernumre-registration':
      return { fact: facts.ydernumreRegistered, judged: true };
    case 'calendar.activity-report':
      return { fact: facts.activityReportSent, judged: true };
    case 'calendar.meeting-dates-announcement':
      return { fact: facts.meetingDatesAnnounced, judged: true };
    case 'calendar.ekvis-status-report':
      return { fact: facts.ekvisStatusSent, judged: true };
    case 'agm.notice-period':
      return { fact: facts.noticeSentOn, judged: false };
    case 'agm.minutes-deadline':
      return { fact: facts.minutesSentOn, judged: false };
    default:
      return { fact: undefined, judged: false };
  }
}

/**
 * Each duty of the calendar with its state as of `asOf`, and a finding for
 * a duty not done (fact `false`) or done after its day, once that day has
 * passed: the calendar rule's own id, a violation for a requirement and a
 * warning otherwise.
 *
 * @example
 * const events = annualCalendar({ year: 2025 });
 * checkCalendarDuties(events, { ydernumreRegistered: '2025-02-10' }, '2025-12-31').findings[0].rule
 * // 'calendar.ydernumre-registration'
 */
export function checkCalendarDuties(events: readonly CalendarEvent[], facts: CalendarFacts, asOf: IsoDate): DutyCheck {
  const duties: DutyStatus[] = [];
  const findings: Finding[] = [];
  for (const event of events) {
    if (NOT_DUTIES.has(event.rule)) continue;
    const rule = ruleCatalogue[event.rule as RuleId];
    const { fact, judged } = factOf(event.rule, facts);
    const status = duty(rule, { id: event.id, due: event.date, title: event.title }, fact, asOf);
    duties.push(status);
    if (!judged) continue;
    const due = longDates(event.date);
    if (status.state === 'overdue') {
      findings.push(
        finding(
          rule,
          missedSeverity(rule),
          { da: `${event.title.da}: ikke gjort pr. fristen ${due.da}.`, en: `${event.title.en}: not done by the deadline, ${due.en}.` },
          { duty: event.id, due: event.date },
        ),
      );
    } else if (status.doneOn !== undefined && status.doneOn > event.date) {
      const done = longDates(status.doneOn);
      findings.push(
        finding(
          rule,
          missedSeverity(rule),
          { da: `${event.title.da}: gjort ${done.da}, efter fristen ${due.da}.`, en: `${event.title.en}: done on ${done.en}, after the deadline, ${due.en}.` },
          { duty: event.id, due: event.date, doneOn: status.doneOn },
        ),
      );
    }
  }
  return { duties, findings };
}
