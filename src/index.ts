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
export type { RuleEntry, RuleKind, Bilingual, DatedValue, ParameterTable } from './core/catalogue.js';
export { SOURCES, SOURCE_DOCUMENTS } from './core/sources.js';
export type { SourceId, SourceRef, SourceDocument } from './core/sources.js';
export { ruleCatalogue, listRules, isRuleId } from './catalogue.js';
export type { RuleId } from './catalogue.js';

// Rule areas: each area's public surface, listed name by name.
// grant
export {
  rateForYear,
  grantForYear,
  grantForYearInputSchema,
  closeYear,
  closeYearInputSchema,
  closeYears,
  closeYearsInputSchema,
} from './rules/grant/index.js';
export type {
  GrantRateOptions,
  PublishedRate,
  GrantForYearInput,
  GrantForYearResult,
  CloseYearInput,
  CloseYearResult,
  CloseYearsInput,
  CloseYearsResult,
} from './rules/grant/index.js';
// fees
export {
  checkHourlyRate,
  checkHourlyRateInputSchema,
  prorateFee,
  prorateFeeInputSchema,
  prorateMethodSchema,
  feeHolderSchema,
  specialistCoordinatorFee,
  specialistCoordinatorFeeInputSchema,
} from './rules/fees/index.js';
export type {
  CheckHourlyRateInput,
  CheckHourlyRateOptions,
  CheckHourlyRateResult,
  ProrateFeeInput,
  ProrateFeeResult,
  ProrateMethod,
  FeeShare,
  SpecialistCoordinatorFeeInput,
  SpecialistCoordinatorFeeOptions,
  SpecialistCoordinatorFeeResult,
} from './rules/fees/index.js';
// restructuring
export {
  splitFunds,
  splitFundsInputSchema,
  patientsSchema,
  mergeFunds,
  mergeFundsInputSchema,
  dissolveCluster,
  dissolveClusterInputSchema,
  restructureFunds,
  restructureFundsInputSchema,
  regionsOn,
  regionSchema,
  decidedAtSchema,
} from './rules/restructuring/index.js';
export type {
  SplitFundsInput,
  SplitFundsResult,
  FundPart,
  MergeFundsInput,
  MergeFundsResult,
  DissolveClusterInput,
  DissolveClusterResult,
  RestructureFundsInput,
  RestructureFundsResult,
  RegionOptions,
  DecidedAt,
  Region,
} from './rules/restructuring/index.js';
// agm
export {
  agmDeadlines,
  noticeBy,
  proposalsBy,
  minutesBy,
  checkAgm,
  agmFactsSchema,
  checkAgmOptionsSchema,
  standardAgenda,
  agmOptionsSchema,
} from './rules/agm/index.js';
export type {
  AgmDeadlines,
  AgmFacts,
  AgmCheck,
  CheckAgmOptions,
  AgendaItem,
  AgmOptions,
  AgmExplanation,
  DeadlineExplanation,
  SkippedDay,
  AgmRuleId,
} from './rules/agm/index.js';
// governance
export {
  countVote,
  voteSchema,
  eligibleVoters,
  voterSchema,
  votersSchema,
  doctorRoleSchema,
  votingRulesSchema,
  countElection,
  electionSchema,
  foundingSchema,
  postSchema,
  coordinatorLeftSchema,
} from './rules/governance/index.js';
export type {
  VoteInput,
  VoteResult,
  EligibleVoters,
  ExcludedVoter,
  ExclusionReason,
  VoterInput,
  DoctorRole,
  VotingRules,
  VotingRulesInput,
  ElectionInput,
  ElectionResult,
} from './rules/governance/index.js';
// membership
export {
  checkMembership,
  membershipOptionsSchema,
  clusterSchema,
  clinicSchema,
  doctorSchema,
  outsideOwnerSchema,
  clusterRulesSchema,
  exclusionSchema,
  minimumListedPatientsTable,
} from './rules/membership/index.js';
export type {
  MembershipOptions,
  MembershipResult,
  Cluster,
  ClusterInput,
  ClusterRulesInput,
} from './rules/membership/index.js';
// calendar
export {
  annualCalendar,
  annualCalendarInputSchema,
  toICalendar,
  toICalendarOptionsSchema,
  calendarEventSchema,
} from './rules/calendar/index.js';
export type {
  AnnualCalendarInput,
  ToICalendarOptions,
  CalendarEvent,
  CalendarEventInput,
  CalendarRuleId,
} from './rules/calendar/index.js';
// eligibility
export {
  checkExpense,
  checkExpenses,
  advanceYearToDate,
  isValidCvr,
  isValidCpr,
  expenseSchema,
  clusterContextSchema,
  yearToDateSchema,
  EXPENSE_CATEGORIES,
  PAYEE_ROLES,
  SCHEMES,
  FEE_BASES,
} from './rules/eligibility/index.js';
export type {
  ExpenseBatchResult,
  Expense,
  ExpenseCategory,
  PayeeRole,
  Scheme,
  ClusterContext,
  YearToDate,
  YearToDateState,
  ExpenseDecision,
  DocumentKind,
  DocumentRequirement,
} from './rules/eligibility/index.js';
// report
export {
  evaluateClusterYear,
  clusterYearSchema,
  coordinatorFeeSchema,
  clusterYearStatus,
  clusterYearStatusOptionsSchema,
  clusterYearOptionsSchema,
} from './rules/report/index.js';
export type {
  ClusterYearReport,
  ReportFinding,
  ReportLedger,
  ClusterYear,
  ClusterYearStatus,
  ClusterYearStatusOptions,
  ClusterYearOptions,
} from './rules/report/index.js';
// duties
export { agmRecordSchema, clusterMeetingSchema, doneFactSchema, yearDutiesSchema } from './rules/duties/index.js';
export type { AgmRecord, DoneFact, YearDuties, DutyCheck, DutyState, DutyStatus, DutiesRuleId } from './rules/duties/index.js';
export { inputSchemas, jsonSchemaFor } from './jsonSchemas.js';
export type { InputSchemaName } from './jsonSchemas.js';
