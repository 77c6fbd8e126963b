/**
 * The periods of the AGM rules (årsmøde/generalforsamling) in the 2023
 * template of cluster rules, with their sources. They have not changed since
 * the template (26 June 2023); the functions apply them to every meeting date
 * (see docs/decisions/agm-calendar.md: clusters that kept older statutes
 * should check their own periods).
 */
import type { ParameterTable } from '../core/catalogue.js';

/** Calendar days of notice before the meeting ("mindst 2 ugers varsel"). */
export const AGM_NOTICE_DAYS = 14;
/** Working days before the meeting by which members' proposals should be in ("senest 10 hverdage før"). */
export const AGM_PROPOSAL_WORKING_DAYS = 10;
/** Calendar days after the meeting within which the minutes are sent ("senest 14 dage efter"). */
export const AGM_MINUTES_DAYS = 14;
/** The recommended window for the ordinary meeting, as month and day: 16 March to 31 March. */
export const AGM_WINDOW = { from: { month: 3, day: 16 }, until: { month: 3, day: 31 } } as const;

/** Notice period, in calendar days. */
export const agmNoticeDaysTable: ParameterTable<number> = {
  name: 'agmNoticeDays',
  unit: 'calendar days',
  description: { da: 'Mindste varsel for indkaldelse til årsmødet', en: 'Minimum notice of the annual meeting' },
  values: [{ from: '2023-06-26', value: AGM_NOTICE_DAYS, source: { document: 'klyngeregler-2023', section: '4' } }],
};

/** Proposal deadline, in working days before the meeting. */
export const agmProposalWorkingDaysTable: ParameterTable<number> = {
  name: 'agmProposalWorkingDays',
  unit: 'working days',
  description: { da: 'Hverdage før mødet, hvor forslag bør være modtaget', en: 'Working days before the meeting by which proposals should be received' },
  values: [{ from: '2023-06-26', value: AGM_PROPOSAL_WORKING_DAYS, source: { document: 'klyngeregler-2023', section: '5.2' } }],
};

/** Minutes deadline, in calendar days after the meeting. */
export const agmMinutesDaysTable: ParameterTable<number> = {
  name: 'agmMinutesDays',
  unit: 'calendar days',
  description: { da: 'Dage efter mødet, inden referatet sendes ud', en: 'Days after the meeting within which the minutes are sent' },
  values: [{ from: '2023-06-26', value: AGM_MINUTES_DAYS, source: { document: 'klyngeregler-2023', section: '5.3' } }],
};
