/**
 * klyngeregler — the rules of Danish general-practice quality clusters as
 * typed, side-effect-free functions. Explicit named exports only.
 *
 * @packageDocumentation
 */

// Core: errors, money, dates, calendar, findings, catalogue
export { KlyngeInputError, isKlyngeInputError, INPUT_ISSUE_CODES } from './core/errors.js';
export type { InputIssue, InputIssueCode } from './core/errors.js';
export { allocate, formatKroner, amountSchema } from './core/money.js';
export type { Amount } from './core/money.js';
export { isoDateSchema, yearSchema } from './core/dates.js';
export type { IsoDate } from './core/dates.js';
export { danishHolidays, easterSunday } from './core/calendar/public.js';
export type { Holiday } from './core/calendar/holidays.js';
export {
  isWorkingDay,
  addWorkingDays,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
  calendarOptionsSchema,
  closedDaysSchema,
} from './core/calendar/workingDays.js';
export type { CalendarOptions, ClosedReason } from './core/calendar/workingDays.js';
export type { Finding, Severity } from './core/findings.js';
export { sortFindings, hasViolations } from './core/findings.js';
export type { RuleEntry, RuleKind, Bilingual } from './core/ruleEntry.js';
export type { DatedValue, ParameterTable } from './core/parameterTable.js';
export { SOURCES, SOURCE_DOCUMENTS } from './core/sources.js';
export type { SourceId, SourceRef, SourceDocument } from './core/sources.js';
export { ruleCatalogue, listRules, isRuleId } from './ruleCatalogue.js';
export type { RuleId } from './ruleCatalogue.js';

// Rule areas: each area's barrel is the one list of its public names.
export * from './rules/grant/index.js';
export * from './rules/fees/index.js';
export * from './rules/restructuring/index.js';
export * from './rules/agm/index.js';
export * from './rules/governance/index.js';
export * from './rules/membership/index.js';
export * from './rules/calendar/index.js';
export * from './rules/eligibility/index.js';
export * from './rules/report/index.js';
export * from './rules/duties/index.js';

export { inputSchemas, jsonSchemaFor } from './jsonSchemas.js';
export type { InputSchemaName } from './jsonSchemas.js';
