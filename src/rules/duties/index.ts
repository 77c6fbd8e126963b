/** Public API of the duties area (explicit named exports). */
export { agmRecordSchema, clusterMeetingSchema, doneFactSchema, yearDutiesSchema } from './schema.js';
export type { AgmRecord, DoneFact, YearDuties } from './schema.js';
export type { DutyCheck, DutyState, DutyStatus } from './state.js';
export type { DutiesRuleId } from './dutiesRules.js';
