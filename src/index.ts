/**
 * klyngeregler — the rules of Danish general-practice quality clusters as
 * typed, side-effect-free functions. Explicit named exports only.
 *
 * @packageDocumentation
 */

// Core: errors, money, dates, calendar, findings, catalogue
export { KlyngeInputError, isKlyngeInputError } from './core/errors.js';
export type { InputIssue } from './core/errors.js';
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
} from './core/calendar/workingDays.js';
export type { CalendarOptions, ClosedReason } from './core/calendar/workingDays.js';
export type { Finding, Severity } from './core/findings.js';
export { sortFindings, hasViolations } from './core/findings.js';
export type { RuleEntry, RuleKind, Bilingual, DatedValue, ParameterTable } from './core/catalogue.js';
export { SOURCES } from './core/sources.js';
export type { SourceId, SourceRef } from './core/sources.js';
export { ruleCatalogue, listRules, isRuleId } from './catalogue.js';
export type { RuleId } from './catalogue.js';

// Rule areas. TEMPORARY star re-exports while the areas are built in parallel;
// replaced by explicit named lists before release (see docs/decisions.md).
export * from './rules/grant/index.js';
export * from './rules/fees/index.js';
export * from './rules/restructuring/index.js';
export * from './rules/agm/index.js';
export * from './rules/governance/index.js';
export * from './rules/membership/index.js';
export * from './rules/calendar/index.js';
export * from './rules/eligibility/index.js';
export * from './rules/report/index.js';
export { inputSchemas, jsonSchemaFor } from './jsonSchemas.js';
export type { InputSchemaName } from './jsonSchemas.js';
