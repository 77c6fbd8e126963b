/**
 * A fast path in front of `expenseSchema` for batches: a hand-written check
 * that accepts only claims zod surely accepts unchanged (plain objects, known
 * keys, no `undefined` values). A batch that passes is used as given, with no
 * copy; anything else goes through zod, so every error path and message
 * still comes from the one schema. `test/eligibility/fastValidate.prop.test.ts`
 * checks that nothing is accepted here that zod refuses or would change.
 */
import { dateProblem } from '../../core/dates.js';
import { amountProblem } from '../../core/money.js';
import { EXPENSE_CATEGORIES, PAYEE_ROLES, type ParsedExpense } from './schema.js';
import { isValidCpr, isValidCvr } from './taxIds.js';

const CATEGORY_SET: ReadonlySet<unknown> = new Set(EXPENSE_CATEGORIES);
const ROLE_SET: ReadonlySet<unknown> = new Set(PAYEE_ROLES);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

const isBoolean = (value: unknown): boolean => value === true || value === false;

function isPayee(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let hasRole = false;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case 'role':
        if (!ROLE_SET.has(v)) return false;
        hasRole = true;
        break;
      case 'name':
        if (typeof v !== 'string') return false;
        break;
      case 'cvr':
        if (!isValidCvr(v)) return false;
        break;
      case 'cpr':
        if (!isValidCpr(v)) return false;
        break;
      default:
        return false;
    }
  }
  return hasRole;
}

function isMeeting(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  let hasId = false;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case 'id':
        if (typeof v !== 'string' || v.length === 0) return false;
        hasId = true;
        break;
      case 'attendees':
        if (!Number.isSafeInteger(v) || (v as number) < 1) return false;
        break;
      case 'externalVenue':
      case 'overnight':
        if (!isBoolean(v)) return false;
        break;
      default:
        return false;
    }
  }
  return hasId;
}

function isDocumentation(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case 'receipt':
      case 'contract':
      case 'timeStatement':
      case 'approvedInMinutes':
        if (!isBoolean(v)) return false;
        break;
      case 'hourlyRate':
        if (amountProblem(v) !== undefined) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * Internal: true only when `value` is a claim `expenseSchema` accepts and
 * returns unchanged. `false` means "let zod decide", not "invalid".
 *
 * @example
 * isSurelyValidExpense({ category: 'catering', amount: '1200.00', date: '2025-03-27' }) // true
 * isSurelyValidExpense({ category: 'catering', amount: 1200, date: '2025-03-27', id: undefined }) // false (zod decides)
 */
export function isSurelyValidExpense(value: unknown): value is ParsedExpense {
  if (!isPlainObject(value)) return false;
  let required = 0;
  for (const key in value) {
    const v = value[key];
    switch (key) {
      case 'category':
        if (!CATEGORY_SET.has(v)) return false;
        required += 1;
        break;
      case 'amount':
        if (amountProblem(v) !== undefined) return false;
        required += 1;
        break;
      case 'date':
        if (dateProblem(v) !== undefined) return false;
        required += 1;
        break;
      case 'id':
      case 'description':
        if (typeof v !== 'string') return false;
        break;
      case 'payee':
        if (!isPayee(v)) return false;
        break;
      case 'meeting':
        if (!isMeeting(v)) return false;
        break;
      case 'documentation':
        if (!isDocumentation(v)) return false;
        break;
      default:
        return false;
    }
  }
  return required === 3;
}

/**
 * Internal: the batch as given when every claim passes
 * {@link isSurelyValidExpense}, else `undefined` (validate with zod).
 *
 * @example
 * surelyValidExpenses([{ category: 'catering', amount: 1200, date: '2025-03-27' }]) // the same array
 */
export function surelyValidExpenses(value: unknown): ParsedExpense[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let i = 0; i < value.length; i += 1) {
    if (!isSurelyValidExpense(value[i])) return undefined;
  }
  return value as ParsedExpense[];
}
