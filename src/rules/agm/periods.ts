/** The AGM periods in force on a meeting date, read from the dated tables of src/params/agm.ts. */
import { valueOn } from '../../core/parameterTable.js';
import type { ParameterTable } from '../../core/parameterTable.js';
import type { IsoDate } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { longDate } from '../../core/dateText.js';
import { agmMinutesDaysTable, agmNoticeDaysTable, agmProposalWorkingDaysTable } from '../../params/agm.js';

/** The three periods of the AGM rules for one meeting. */
export interface AgmPeriods {
  /** Calendar days of notice before the meeting. */
  readonly noticeDays: number;
  /** Working days before the meeting by which proposals should be in. */
  readonly proposalWorkingDays: number;
  /** Calendar days after the meeting within which the minutes are sent. */
  readonly minutesDays: number;
}

function periodOn(table: ParameterTable<number>, meeting: IsoDate): number {
  const entry = valueOn(table, meeting);
  if (entry === undefined) throw inputError(['meeting'], `no ${table.name} period is known for a meeting on ${longDate(meeting, 'en')}`);
  return entry.value;
}

/**
 * Internal: the periods in force on the meeting date (a valid ISO date).
 *
 * @example
 * agmPeriodsOn('2025-03-27') // { noticeDays: 14, proposalWorkingDays: 10, minutesDays: 14 }
 */
export function agmPeriodsOn(meeting: IsoDate): AgmPeriods {
  return {
    noticeDays: periodOn(agmNoticeDaysTable, meeting),
    proposalWorkingDays: periodOn(agmProposalWorkingDaysTable, meeting),
    minutesDays: periodOn(agmMinutesDaysTable, meeting),
  };
}
