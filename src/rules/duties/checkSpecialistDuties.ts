/**
 * The duties of a specialist-practice cluster's coordinator that the
 * document can show (ekvis-koordinator): 2–4 meetings a year, an agenda and
 * a record of attendance for each meeting, the yearly coordinators' meeting,
 * an agreed term, and telling eKVIS about a change of coordinator.
 */
import { longDates } from '../../core/dateText.js';
import type { IsoDate } from '../../core/dates.js';
import { echo } from '../../core/errors.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import { dutiesRules } from './dutiesRules.js';
import type { YearDuties } from './schema.js';
import { duty, missedSeverity } from './state.js';
import type { DutyCheck, DutyStatus } from './state.js';

/** Meetings in a year beyond which venue and catering are not refunded (ekvis-koordinator "Møder": "max 4 årlige møder"). */
const REFUNDED_MEETINGS = 4;
/** The fewest meetings of a year (ekvis-koordinator: "2-4 møder årligt"). */
const FEWEST_MEETINGS = 2;

function meetingDuties(year: number, meetings: NonNullable<YearDuties['meetings']>, asOf: IsoDate): DutyCheck {
  const duties: DutyStatus[] = [];
  const findings: Finding[] = [];
  const sorted = [...meetings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  sorted.forEach((meeting, index) => {
    const day = longDates(meeting.date);
    const name = meeting.id === undefined ? day : { da: `"${echo(meeting.id)}" ${day.da}`, en: `"${echo(meeting.id)}" on ${day.en}` };
    const checks = [
      {
        rule: dutiesRules['duties.specialist-meeting-agenda'],
        suffix: 'agenda',
        fact: meeting.agenda,
        title: { da: `Dagsorden til klyngemødet ${day.da}`, en: `Agenda for the cluster meeting on ${day.en}` },
        missed: { da: `Klyngemødet ${name.da} havde ingen dagsorden.`, en: `The cluster meeting ${name.en} had no agenda.` },
      },
      {
        rule: dutiesRules['duties.specialist-attendance'],
        suffix: 'attendance',
        fact: meeting.attendanceRecorded,
        title: { da: `Fremmøde og afbud noteres på klyngemødet ${day.da}`, en: `Attendance and apologies recorded at the cluster meeting on ${day.en}` },
        missed: { da: `Ved klyngemødet ${name.da} blev fremmøde og afbud ikke noteret.`, en: `At the cluster meeting ${name.en} attendance and apologies were not recorded.` },
      },
    ];
    for (const check of checks) {
      const status = duty(check.rule, { id: `${year}-meeting-${index + 1}-${check.suffix}`, due: meeting.date, title: check.title }, check.fact, asOf);
      duties.push(status);
      if (status.state === 'overdue') findings.push(finding(check.rule, missedSeverity(check.rule), check.missed, { duty: status.id, meeting: meeting.date, due: meeting.date }));
    }
  });

  const rule = dutiesRules['duties.specialist-meetings-per-year'];
  const yearEnd = `${year}-12-31`;
  const held = sorted.filter((m) => m.date <= asOf).length;
  const count = duty(
    rule,
    { id: `${year}-meetings-per-year`, due: yearEnd, title: { da: `${FEWEST_MEETINGS}–${REFUNDED_MEETINGS} klyngemøder i året`, en: `${FEWEST_MEETINGS}–${REFUNDED_MEETINGS} cluster meetings in the year` } },
    held >= FEWEST_MEETINGS ? true : asOf >= yearEnd ? false : undefined,
    asOf,
  );
  duties.push(count);
  if (count.state === 'overdue') {
    findings.push(
      finding(
        rule,
        'warning',
        { da: `Klyngen holdt ${held} møde${held === 1 ? '' : 'r'} i ${year}; koordinatoren indkalder til 2–4 om året.`, en: `The cluster held ${held} meeting${held === 1 ? '' : 's'} in ${year}; the coordinator calls 2–4 a year.` },
        { year, meetings: held, fewest: FEWEST_MEETINGS },
      ),
    );
  }
  if (held > REFUNDED_MEETINGS) {
    findings.push(
      finding(
        rule,
        'info',
        {
          da: `Klyngen har holdt ${held} møder i ${year}; lokale og forplejning refunderes kun for ${REFUNDED_MEETINGS} møder om året.`,
          en: `The cluster has held ${held} meetings in ${year}; venue and catering are refunded for ${REFUNDED_MEETINGS} meetings a year only.`,
        },
        { year, meetings: held, refunded: REFUNDED_MEETINGS },
      ),
    );
  }
  return { duties, findings };
}

/**
 * The specialist scheme's duties of the year as of `asOf`: each meeting's
 * agenda and attendance record (a violation when a fact says it was not
 * done), the number of meetings (fewer than 2 in a finished year → warning;
 * more than 4 → info: only 4 are refunded), the yearly coordinators'
 * meeting (dated 31 December), the agreed term (none agreed → info), and
 * the outgoing coordinator telling eKVIS about a change (dated at the change).
 * A fact left out is unknown and gives no finding.
 *
 * @example
 * checkSpecialistDuties(2025, { meetings: [{ date: '2025-03-04', agenda: true, attendanceRecorded: true }] }, '2025-12-31').findings[0].rule
 * // 'duties.specialist-meetings-per-year'
 * checkSpecialistDuties(2025, { coordinatorTerm: { agreed: false } }, '2025-12-31').findings[0].severity // 'info'
 */
export function checkSpecialistDuties(year: number, facts: YearDuties, asOf: IsoDate): DutyCheck {
  const duties: DutyStatus[] = [];
  const findings: Finding[] = [];
  if (facts.meetings !== undefined) {
    const meetings = meetingDuties(year, facts.meetings, asOf);
    duties.push(...meetings.duties);
    findings.push(...meetings.findings);
  }

  const gathering = dutiesRules['duties.specialist-coordinators-meeting'];
  const yearEnd = `${year}-12-31`;
  const attended = duty(gathering, { id: `${year}-coordinators-meeting`, due: yearEnd, title: { da: 'eKVIS’ årlige koordinatortræf', en: "eKVIS's yearly coordinators' meeting" } }, facts.coordinatorsMeetingAttended, asOf);
  duties.push(attended);
  if (attended.state === 'overdue') {
    findings.push(
      finding(
        gathering,
        missedSeverity(gathering),
        { da: `Koordinatoren deltog ikke i eKVIS’ koordinatortræf i ${year}; deltagelsen hører til opgaven.`, en: `The coordinator did not take part in eKVIS's coordinators' meeting in ${year}; taking part is part of the task.` },
        { duty: attended.id, due: yearEnd },
      ),
    );
  }

  if (facts.coordinatorTerm?.agreed === false) {
    findings.push(
      finding(
        dutiesRules['duties.specialist-coordinator-term'],
        'info',
        { da: 'Der er ikke aftalt en funktionsperiode for koordinatoren; eKVIS anbefaler at aftale en, fx 2 år.', en: 'No term is agreed for the coordinator; eKVIS advises agreeing one, e.g. 2 years.' },
        { agreed: false },
      ),
    );
  }

  const change = facts.coordinatorChange;
  if (change !== undefined) {
    const handover = dutiesRules['duties.specialist-handover'];
    const day = longDates(change.on);
    const status = duty(handover, { id: `${year}-coordinator-handover`, due: change.on, title: { da: `eKVIS får besked om koordinatorskiftet ${day.da}`, en: `eKVIS told of the change of coordinator on ${day.en}` } }, change.ekvisInformed, asOf);
    duties.push(status);
    if (status.state === 'overdue') {
      findings.push(
        finding(
          handover,
          missedSeverity(handover),
          { da: `Den afgående koordinator har ikke fortalt eKVIS, hvem der overtager ${day.da}.`, en: `The outgoing coordinator has not told eKVIS who takes over on ${day.en}.` },
          { duty: status.id, due: change.on },
        ),
      );
    }
  }
  return { duties, findings };
}
