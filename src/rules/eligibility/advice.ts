/**
 * The advice that comes with general-practice claims (warnings and notes,
 * never a change of verdict or amount): costly venues, overnight meetings
 * away from a weekend, and PLO-E's venue agreements.
 */
import { longDates, weekdayName } from '../../core/dateText.js';
import { toDayNumber, weekday } from '../../core/dates.js';
import { echo } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { ZERO, entryAmount, formatAmount, formatKroner, toMoney, type Money } from '../../core/money.js';
import { valueOn } from '../../core/parameterTable.js';
import { costlyVenuePerAttendeeTable } from '../../params/eligibility.js';
import { PLO_E_VENUES, type CategoryRule, type Note } from './categories.js';
import { eligibilityRules } from './eligibilityRules.js';
import type { ParsedContext, ParsedExpense } from './schema.js';
import type { Ytd } from './yearToDate.js';

/** Weekdays next to a weekend: Friday (5), Saturday (6), Sunday (0), Monday (1). */
const NEAR_WEEKEND: ReadonlySet<number> = new Set([5, 6, 0, 1]);

/**
 * Internal: a fresh finding from a table note (so no decision shares an object with the tables).
 *
 * @example
 * fromNote(PLO_E_VENUES).severity // 'info'
 */
export function fromNote(note: Note, data?: Record<string, unknown>): Finding {
  return finding(eligibilityRules[note.rule], note.severity, note.message, data);
}

/** The costly-venue threshold per attendee on a date; `null` when switched off. */
function costlyThreshold(option: ParsedContext['costlyVenuePerAttendee'], date: string): Money | null {
  if (option === false) return null;
  if (option !== undefined) return toMoney(option);
  const entry = valueOn(costlyVenuePerAttendeeTable, date);
  return entry === undefined ? null : entryAmount(entry, ['context', 'costlyVenuePerAttendee']).money;
}

/**
 * One warning per meeting: given on the claim that takes the meeting's venue
 * and catering above the threshold, not on the claims after it.
 */
function costlyVenue(e: ParsedExpense, claimed: Money, context: ParsedContext, ytd: Ytd): Finding | undefined {
  const meeting = e.meeting;
  if (meeting?.attendees === undefined) return undefined;
  const threshold = costlyThreshold(context.costlyVenuePerAttendee, e.date);
  if (threshold === null) return undefined;
  const limit = threshold.times(meeting.attendees);
  const before = ytd.meetings.get(meeting.id)?.total ?? ZERO;
  const total = before.plus(claimed);
  if (!total.greaterThan(limit) || before.greaterThan(limit)) return undefined;
  const texts = { total: formatAmount(total), perAttendee: formatAmount(total.dividedBy(meeting.attendees)), threshold: formatAmount(threshold) };
  const id = echo(meeting.id);
  return finding(
    eligibilityRules['eligibility.costly-venue'],
    'warning',
    {
      da: `Lokale og forplejning til møde ${id} koster nu ${formatKroner(texts.total)} for ${meeting.attendees} deltagere, dvs. ${formatKroner(texts.perAttendee)} pr. deltager (vores grænse ${formatKroner(texts.threshold)}). PLO beder klyngerne undgå dyre restauranter og konferencesteder.`,
      en: `Venue and catering for meeting ${id} now cost ${texts.total} kr for ${meeting.attendees} attendees, i.e. ${texts.perAttendee} kr per attendee (our threshold ${texts.threshold} kr). PLO asks clusters to avoid expensive restaurants and conference venues.`,
    },
    { meetingId: meeting.id, attendees: meeting.attendees, ...texts },
  );
}

function overnightAwayFromWeekend(e: ParsedExpense): Finding | undefined {
  if (e.meeting?.overnight !== true || NEAR_WEEKEND.has(weekday(toDayNumber(e.date)))) return undefined;
  const when = longDates(e.date);
  return finding(
    eligibilityRules['eligibility.overnight-near-weekend'],
    'warning',
    {
      da: `Mødet med overnatning ${when.da} ligger ikke op ad en weekend; læg det fredag–mandag af hensyn til lægedækningen.`,
      en: `The overnight meeting on ${when.en} is not next to a weekend; hold it Friday–Monday to keep clinics staffed.`,
    },
    { date: e.date, weekday: weekdayName(e.date, 'en') },
  );
}

/**
 * Internal: the general-practice advice for one claim, in order (PLO-E
 * venues, costly venue, overnight meeting).
 *
 * @example
 * const claim = expenseSchema.parse({ category: 'venue-rent', amount: 8000, date: '2025-03-27', meeting: { id: 'm1', attendees: 10 } });
 * adviceFor(CATEGORIES['venue-rent'], claim, toMoney(8000), {}, emptyYtd('2025-03-27')).map((f) => f.rule)
 * // ['eligibility.plo-e-venues', 'eligibility.costly-venue']
 */
export function adviceFor(row: CategoryRule, e: ParsedExpense, claimed: Money, context: ParsedContext, ytd: Ytd): Finding[] {
  const found: Finding[] = [];
  if (row.specialistCap === 'meeting') {
    if (e.category === 'venue-rent') found.push(fromNote(PLO_E_VENUES));
    const costly = costlyVenue(e, claimed, context, ytd);
    if (costly) found.push(costly);
  }
  const overnight = overnightAwayFromWeekend(e);
  if (overnight) found.push(overnight);
  return found;
}
