/**
 * agm.annual-meeting and agm.meeting-first-quarter as of a date
 * (klyngeregler-2023 §4.3, duties.as-of): one ordinary meeting a year, as a
 * rule in the first quarter. With no ordinary meeting recorded it is upcoming
 * until 31 March, a warning from the end of March, and a violation at the
 * end of the year.
 */
import { longDates } from '../../core/dateText.js';
import type { IsoDate } from '../../core/dates.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import { agmRules } from '../agm/agmRules.js';
import { duty } from './state.js';
import type { DutyCheck } from './state.js';

const TITLE = { da: 'Årsmøde (generalforsamling)', en: 'Annual general meeting' };

/**
 * The year's annual meeting as a dated duty: done on the day of the ordinary
 * meeting recorded (upcoming while that day is after `asOf`). With none
 * recorded it is due 31 March (first quarter, a recommendation): upcoming
 * before, then overdue with a `warning` of `agm.meeting-first-quarter`, and
 * from 31 December a `violation` of `agm.annual-meeting`.
 *
 * @param ordinaryMeeting - the day of the year's ordinary meeting, if the document records one
 * @example
 * checkAnnualMeeting(2025, undefined, '2025-03-30').duties[0].state // 'upcoming'
 * checkAnnualMeeting(2025, undefined, '2025-06-30').findings[0].severity // 'warning'
 * checkAnnualMeeting(2025, undefined, '2025-12-31').findings[0].rule // 'agm.annual-meeting'
 * checkAnnualMeeting(2025, '2025-03-20', '2025-12-31').findings // []
 */
export function checkAnnualMeeting(year: number, ordinaryMeeting: IsoDate | undefined, asOf: IsoDate): DutyCheck {
  const rule = agmRules['agm.annual-meeting'];
  if (ordinaryMeeting !== undefined) {
    return { duties: [duty(rule, { id: `${year}-agm`, due: ordinaryMeeting, title: TITLE }, ordinaryMeeting, asOf)], findings: [] };
  }
  const due = `${year}-03-31`;
  const yearEnd = `${year}-12-31`;
  const findings: Finding[] = [];
  if (asOf >= yearEnd) {
    findings.push(
      finding(
        rule,
        'violation',
        {
          da: `Dokumentet viser intet ordinært årsmøde i ${year}; klyngen skal holde årsmøde en gang om året.`,
          en: `The document records no ordinary annual meeting in ${year}; the cluster must hold one every year.`,
        },
        { year, due: yearEnd },
      ),
    );
  } else if (asOf >= due) {
    const day = longDates(asOf);
    findings.push(
      finding(
        agmRules['agm.meeting-first-quarter'],
        'warning',
        {
          da: `Pr. ${day.da} er der intet årsmøde noteret i ${year}; det bør holdes i første kvartal og skal holdes inden årets udgang.`,
          en: `As of ${day.en} no annual meeting is recorded in ${year}; it should be held in the first quarter and must be held before the year ends.`,
        },
        { year, due, asOf },
      ),
    );
  }
  return { duties: [duty(rule, { id: `${year}-agm`, due, title: TITLE }, asOf >= due ? false : undefined, asOf)], findings };
}
