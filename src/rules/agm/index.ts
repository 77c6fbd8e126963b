/** Public API of the agm area (explicit named exports). */
export { agmDeadlines } from './agmDeadlines.js';
export type { AgmDeadlines } from './agmDeadlines.js';
export { noticeBy } from './noticeBy.js';
export { proposalsBy } from './proposalsBy.js';
export { minutesBy } from './minutesBy.js';
export { checkAgm, agmFactsSchema, checkAgmOptionsSchema } from './checkAgm.js';
export type { AgmFacts, AgmCheck, CheckAgmOptions } from './checkAgm.js';
export { standardAgenda } from './standardAgenda.js';
export type { AgendaItem } from './standardAgenda.js';
export { agmOptionsSchema } from './options.js';
export type { AgmOptions } from './options.js';
export type { AgmExplanation, DeadlineExplanation, SkippedDay } from './explanation.js';
export type { AgmRuleId } from './agmRules.js';
