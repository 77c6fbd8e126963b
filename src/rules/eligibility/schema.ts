/**
 * Input and output shapes of the eligibility area: the expense claim, the
 * cluster context with year-to-date state, and the decision. Every input
 * shape is one strict zod schema; its TypeScript type is inferred from it.
 */
import { z } from 'zod';
import { isoDateSchema, yearSchema } from '../../core/dates.js';
import type { Finding } from '../../core/findings.js';
import type { Bilingual } from '../../core/ruleEntry.js';
import { echo } from '../../core/errors.js';
import { amountSchema } from '../../core/money.js';
import { isValidCpr, isValidCvr } from './taxIds.js';

/**
 * Every kind of expense the library knows (a closed, frozen list; anything else is `other`).
 *
 * @example
 * EXPENSE_CATEGORIES.includes('catering') // true
 */
export const EXPENSE_CATEGORIES = Object.freeze([
  'venue-rent',
  'catering',
  'coordinator-fee',
  'board-fee',
  'secretary-fee',
  'task-fee',
  'presenter-fee',
  'facilitator-fee',
  'consultancy',
  'shared-meeting-equipment',
  'conference-participation',
  'mileage',
  'continuing-education',
  'member-equipment',
  'clinical-equipment',
  'member-compensation',
  'member-transport',
  'clinic-operations',
  'study-trip-abroad',
  'other',
] as const);

/** The kind of an expense. */
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/**
 * Roles a payee can have (a frozen list).
 *
 * @example
 * PAYEE_ROLES[0] // 'coordinator'
 */
export const PAYEE_ROLES = Object.freeze(['coordinator', 'board', 'secretary', 'member', 'clinic', 'external'] as const);

/** The role of whoever the money is paid to or spent on. */
export type PayeeRole = (typeof PAYEE_ROLES)[number];

/**
 * The two cluster schemes (a frozen list).
 *
 * @example
 * SCHEMES // ['almen-praksis', 'speciallaegepraksis']
 */
export const SCHEMES = Object.freeze(['almen-praksis', 'speciallaegepraksis'] as const);

/** General practice (`almen-praksis`, default) or specialist practice (`speciallaegepraksis`, eKVIS). */
export type Scheme = (typeof SCHEMES)[number];

/**
 * How a fee is agreed in its contract (a frozen list).
 *
 * @example
 * FEE_BASES // ['fixed-sum', 'hourly']
 */
export const FEE_BASES = Object.freeze(['fixed-sum', 'hourly'] as const);

const payeeSchema = z
  .strictObject({
    role: z.enum(PAYEE_ROLES, { message: `payee.role must be one of ${PAYEE_ROLES.join(', ')}` }).describe('Who the money is paid to or spent on'),
    name: z.string().optional().describe('Name of the payee (shown to people, never checked)'),
    cvr: z
      .string({ message: 'CVR number must be a string of 8 digits' })
      .refine(isValidCvr, { message: 'not a valid CVR number (8 digits passing the modulus-11 check)' })
      .optional()
      .describe('CVR number for a fee paid as B-income'),
    cpr: z
      .string({ message: 'CPR number must be a string' })
      .refine(isValidCpr, { message: 'not a valid CPR number (10 digits, DDMMYY-XXXX, the first six a real date)' })
      .optional()
      .describe('CPR number for a fee paid as A-income (never shown in any output)'),
  })
  .describe('The payee of the claim');

const meetingSchema = z
  .strictObject({
    id: z.string().min(1, { message: 'meeting.id must not be empty' }).describe('Id of the meeting; claims with the same id in a year belong to one meeting'),
    attendees: z
      .number()
      .int({ message: 'attendees must be a whole number' })
      .min(1, { message: 'attendees must be at least 1' })
      .optional()
      .describe('Number of doctors (specialists) present'),
    externalVenue: z.boolean().optional().describe('Held "ude i byen" at a venue with meeting facilities'),
    overnight: z.boolean().optional().describe('A meeting with an overnight stay'),
  })
  .describe('The meeting a venue or catering claim belongs to');

const documentationSchema = z
  .strictObject({
    receipt: z.boolean().optional().describe('A receipt or invoice is attached'),
    contract: z.boolean().optional().describe('The contract behind a fee is attached (the formal basis for paying it)'),
    timeStatement: z.boolean().optional().describe('A statement of the hours spent is attached'),
    feeBasis: z
      .enum(FEE_BASES, { message: `feeBasis must be one of ${FEE_BASES.join(', ')}` })
      .optional()
      .describe("How the contract pays the fee: 'fixed-sum' (default) or 'hourly' (then hourlyRate is needed)"),
    hourlyRate: amountSchema.optional().describe('The hourly rate of a fee paid by the hour'),
    approvedInMinutes: z.boolean().optional().describe('The fee is approved in the minutes of the AGM'),
  })
  .describe('What documentation the claim carries');

/**
 * zod schema of one {@link Expense} claim. Unknown keys are rejected, so a
 * misspelt fact (`atendees`) cannot silently switch a cap off.
 *
 * @example
 * expenseSchema.safeParse({ category: 'catering', amount: 1200, date: '2025-03-27' }).success // true
 */
export const expenseSchema = z.strictObject({
  id: z.string().optional().describe('The claim id, echoed in the decision'),
  category: z.enum(EXPENSE_CATEGORIES, { message: `category must be one of ${EXPENSE_CATEGORIES.join(', ')}` }).describe('The kind of expense'),
  amount: amountSchema,
  date: isoDateSchema.describe('The date of the expense (or payment of a fee)'),
  description: z.string().optional().describe('Free text for people'),
  payee: payeeSchema.optional(),
  meeting: meetingSchema.optional(),
  documentation: documentationSchema.optional(),
});

/** An expense claim as a caller gives it. */
export type Expense = z.input<typeof expenseSchema>;

/** An expense claim after validation. */
export type ParsedExpense = z.output<typeof expenseSchema>;

/**
 * zod schema of {@link YearToDate}: what the specialist caps have used so far.
 * The calendar-year figures (`otherExpenses`, `meetings`) belong to `year`;
 * the coordinator fees to `feeYear` (April `feeYear` – March `feeYear + 1`).
 * Figures for another year than the claim's are ignored.
 *
 * @example
 * yearToDateSchema.safeParse({ year: 2025, otherExpenses: 6000 }).success // true
 */
export const yearToDateSchema = z.strictObject({
  year: yearSchema.optional().describe("Calendar year of otherExpenses and meetings; omitted → the claim's year"),
  otherExpenses: amountSchema.optional().describe('Approved or pending so far this calendar year under the 10,000 kr pot (presenters, equipment, consultancy, …)'),
  meetings: z
    .array(
      z.strictObject({
        id: z.string().min(1).describe('Meeting id'),
        date: isoDateSchema.describe('Date of its first counted claim'),
        venueAndCatering: amountSchema,
      }),
    )
    .superRefine((meetings, ctx) => {
      const seen = new Set<string>();
      meetings.forEach((m, index) => {
        const key = `${m.date.slice(0, 4)}|${m.id}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `meeting ${echo(m.id)} is listed twice for the same year` });
        seen.add(key);
      });
    })
    .optional()
    .describe('Meetings counted so far, in the order they were counted'),
  feeYear: yearSchema.optional().describe("Fee year (April feeYear – March feeYear+1) of coordinatorFees; omitted → the claim's fee year"),
  coordinatorFees: amountSchema.optional().describe('Coordinator fees approved or pending so far in the fee year'),
});

/** What the specialist caps have used so far (input shape, as a caller gives it). */
export type YearToDate = z.input<typeof yearToDateSchema>;

/** The year-to-date state as `advanceYearToDate` returns it (an output shape): every field filled, money as two-decimal strings. */
export interface YearToDateState {
  readonly year: number;
  readonly otherExpenses: string;
  readonly meetings: { readonly id: string; readonly date: string; readonly venueAndCatering: string }[];
  readonly feeYear: number;
  readonly coordinatorFees: string;
}

const capsSchema = z
  .strictObject({
    perSpecialist: amountSchema.optional().describe('Venue + catering per specialist present at one meeting'),
    perSpecialistExternalVenue: amountSchema.optional().describe('The same at an outside venue with meeting facilities'),
    meetingsPerYear: z.number().int().min(0).optional().describe('Meetings a calendar year with venue and catering reimbursed'),
    otherExpensesPerYear: amountSchema.optional().describe('All other refundable expenses a calendar year'),
    coordinatorFeePerYear: amountSchema.optional().describe('Coordinator fee a fee year (April–March)'),
  })
  .describe('Overrides of the specialist caps (otherwise the dated tables)');

/**
 * zod schema of {@link ClusterContext}.
 *
 * @example
 * clusterContextSchema.safeParse({ scheme: 'speciallaegepraksis' }).success // true
 * clusterContextSchema.safeParse({ scheme: 'specialist' }).success // false
 */
export const clusterContextSchema = z.strictObject({
  scheme: z.enum(SCHEMES, { message: `scheme must be one of ${SCHEMES.join(', ')}` }).optional().describe('Default almen-praksis'),
  yearToDate: yearToDateSchema.optional().describe('What the specialist caps have used so far'),
  costlyVenuePerAttendee: z
    .union([amountSchema, z.literal(false)])
    .optional()
    .describe('Venue + catering per attendee above which a general-practice meeting gets the costly-venue warning (default 750 kr, no source figure; false switches it off)'),
  caps: capsSchema.optional(),
});

/** The cluster the claims belong to, and the state and options the rules need (input shape). */
export type ClusterContext = z.input<typeof clusterContextSchema>;

/** The context after validation. */
export type ParsedContext = z.output<typeof clusterContextSchema>;

/** Kinds of missing documentation or facts that keep a claim in review. */
export type DocumentKind = 'receipt' | 'contract' | 'hourly-rate' | 'payee-tax-id' | 'agm-approval' | 'payee-role' | 'meeting-attendance';

/** One thing that is missing before a claim can be paid. */
export interface DocumentRequirement {
  readonly kind: DocumentKind;
  readonly message: Bilingual;
}

/** The decision on one claim. `claimed` = `approved` + `pending` + the part refused or cut by a cap. */
export interface ExpenseDecision {
  /** The claim's id, when it has one. */
  readonly id?: string;
  /** `needs-review`: documentation or a fact is missing, or a person must judge; nothing is approved yet. */
  readonly verdict: 'eligible' | 'ineligible' | 'needs-review';
  readonly claimed: string;
  /** What the rules approve now (caps applied); `"0.00"` while in review. */
  readonly approved: string;
  /** What awaits review (caps applied): the amount a reviewer can approve; `"0.00"` unless in review. */
  readonly pending: string;
  readonly findings: Finding[];
  readonly requiredDocuments: DocumentRequirement[];
}
