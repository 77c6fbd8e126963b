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
const isString = (value: unknown): boolean => typeof value === 'string';
const isAmount = (value: unknown): boolean => amountProblem(value) === undefined;

/** A strict object's fields: a check per allowed key (required keys are counted). */
interface Fields {
  readonly checks: Readonly<Record<string, { readonly check: (value: unknown) => boolean; readonly required: boolean }>>;
  readonly requiredCount: number;
}

const fields = (checks: Record<string, (value: unknown) => boolean>, required: readonly string[] = []): Fields => ({
  // No prototype: a key such as `constructor` or `toString` must find nothing.
  checks: Object.assign(Object.create(null) as {}, Object.fromEntries(Object.entries(checks).map(([key, check]) => [key, { check, required: required.includes(key) }]))),
  requiredCount: required.length,
});

/** True when `value` is a plain object whose every key is allowed and passes its check, with every required key present. */
function hasOnlyFields(value: unknown, { checks, requiredCount }: Fields): boolean {
  if (!isPlainObject(value)) return false;
  let present = 0;
  for (const key in value) {
    const field = checks[key];
    if (field === undefined || !field.check(value[key])) return false;
    if (field.required) present += 1;
  }
  return present === requiredCount;
}

// The same fields as payeeSchema, meetingSchema, documentationSchema and expenseSchema (schema.ts).
const PAYEE = fields({ role: (v) => ROLE_SET.has(v), name: isString, cvr: isValidCvr, cpr: isValidCpr }, ['role']);

const MEETING = fields(
  {
    id: (v) => typeof v === 'string' && v.length > 0,
    attendees: (v) => Number.isSafeInteger(v) && (v as number) >= 1,
    externalVenue: isBoolean,
    overnight: isBoolean,
  },
  ['id'],
);

const DOCUMENTATION = fields({ receipt: isBoolean, contract: isBoolean, timeStatement: isBoolean, approvedInMinutes: isBoolean, hourlyRate: isAmount });

const EXPENSE = fields(
  {
    category: (v) => CATEGORY_SET.has(v),
    amount: isAmount,
    date: (v) => dateProblem(v) === undefined,
    id: isString,
    description: isString,
    payee: (v) => hasOnlyFields(v, PAYEE),
    meeting: (v) => hasOnlyFields(v, MEETING),
    documentation: (v) => hasOnlyFields(v, DOCUMENTATION),
  },
  ['category', 'amount', 'date'],
);

/**
 * Internal: true only when `value` is a claim `expenseSchema` accepts and
 * returns unchanged. `false` means "let zod decide", not "invalid".
 *
 * @example
 * isSurelyValidExpense({ category: 'catering', amount: '1200.00', date: '2025-03-27' }) // true
 * isSurelyValidExpense({ category: 'catering', amount: 1200, date: '2025-03-27', id: undefined }) // false (zod decides)
 */
export function isSurelyValidExpense(value: unknown): value is ParsedExpense {
  return hasOnlyFields(value, EXPENSE);
}

/**
 * Internal: the batch as given when every claim passes
 * {@link isSurelyValidExpense}, else `undefined` (validate with zod).
 *
 * @example
 * const batch = [{ category: 'catering', amount: 1200, date: '2025-03-27' }];
 * surelyValidExpenses(batch) === batch // true (used as given, no copy)
 */
export function surelyValidExpenses(value: unknown): ParsedExpense[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let i = 0; i < value.length; i += 1) {
    if (!isSurelyValidExpense(value[i])) return undefined;
  }
  return value as ParsedExpense[];
}
