/**
 * The periods of the AGM rules (årsmøde/generalforsamling) with their
 * sources, read by the meeting date through `valueOn` like every other dated
 * table. The periods are those of the 2023 template of cluster rules (26 June
 * 2023); the entries start in 1900, the first year the calendar accepts, so
 * that an earlier meeting gets the same periods as before (see
 * docs/decisions/agm-calendar.md: clusters that kept older statutes should
 * check their own periods).
 */
import type { ParameterTable } from '../core/parameterTable.js';

/**
 * Notice period, in calendar days before the meeting ("mindst 2 ugers varsel").
 *
 * @example
 * valueOn(agmNoticeDaysTable, '2025-03-27')?.value // 14
 */
export const agmNoticeDaysTable: ParameterTable<number> = {
  name: 'agmNoticeDays',
  unit: 'calendar days',
  description: { da: 'Mindste varsel for indkaldelse til årsmødet', en: 'Minimum notice of the annual meeting' },
  values: [{ from: '1900-01-01', value: 14, source: { document: 'klyngeregler-2023', section: '4' } }],
};

/**
 * Proposal deadline, in working days before the meeting ("senest 10 hverdage før").
 *
 * @example
 * valueOn(agmProposalWorkingDaysTable, '1950-05-01')?.value // 10
 */
export const agmProposalWorkingDaysTable: ParameterTable<number> = {
  name: 'agmProposalWorkingDays',
  unit: 'working days',
  description: { da: 'Hverdage før mødet, hvor forslag bør være modtaget', en: 'Working days before the meeting by which proposals should be received' },
  values: [{ from: '1900-01-01', value: 10, source: { document: 'klyngeregler-2023', section: '5.2' } }],
};

/**
 * Minutes deadline, in calendar days after the meeting ("senest 14 dage efter").
 *
 * @example
 * valueOn(agmMinutesDaysTable, '2299-12-31')?.value // 14
 */
export const agmMinutesDaysTable: ParameterTable<number> = {
  name: 'agmMinutesDays',
  unit: 'calendar days',
  description: { da: 'Dage efter mødet, inden referatet sendes ud', en: 'Days after the meeting within which the minutes are sent' },
  values: [{ from: '1900-01-01', value: 14, source: { document: 'klyngeregler-2023', section: '5.3' } }],
};

/**
 * The recommended window for the ordinary meeting, as month and day: 16 March to 31 March.
 *
 * @example
 * AGM_WINDOW.from // { month: 3, day: 16 }
 */
export const AGM_WINDOW = { from: { month: 3, day: 16 }, until: { month: 3, day: 31 } } as const;
