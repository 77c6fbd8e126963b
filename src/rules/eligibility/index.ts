/** Public API of the eligibility area (explicit named exports). */
export { checkExpense } from './checkExpense.js';
export { checkExpenses } from './checkExpenses.js';
export type { ExpenseBatchResult } from './checkExpenses.js';
export { advanceYearToDate } from './advanceYearToDate.js';
export { isValidCvr, isValidCpr } from './taxIds.js';
export {
  expenseSchema,
  clusterContextSchema,
  yearToDateSchema,
  EXPENSE_CATEGORIES,
  PAYEE_ROLES,
  SCHEMES,
  FEE_BASES,
} from './schema.js';
export type {
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
} from './schema.js';
