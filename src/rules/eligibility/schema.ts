/**
 * Input and output shapes of the eligibility area: the expense claim, the
 * cluster context with year-to-date state, and the decision.
 */
import { z } from 'zod';
import { isoDateSchema, yearSchema, type IsoDate } from '../../core/dates.js';
import type { Finding } from '../../core/findings.js';
import type { Bilingual } from '../../core/catalogue.js';
import { amountSchema, type Amount } from '../../core/money.js';
import { isValidCpr, isValidCvr } from './taxIds.js';

/** Every kind of expense the library knows (a closed list; anything else is `other`). */
export const EXPENSE_CATEGORIES = [
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
] as const;

/** The kind of an expense. */
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

/** Roles a payee can have. */
export const PAYEE_ROLES = ['coordinator', 'board', 'secretary', 'member', 'clinic', 'external'] as const;

/** The role of whoever the money is paid to or spent on. */
export type PayeeRole = (typeof PAYEE_ROLES)[number];

/** The two cluster schemes. */
export const SCHEMES = ['almen-praksis', 'speciallaegepraksis'] as const;

/** General practice (`almen-praksis`, default) or specialist practice (`speciallaegepraksis`, eKVIS). */
export type Scheme = (typeof SCHEMES)[number];

const payeeSchema = z.strictObject({
  role: z.enum(PAYEE_ROLES, { message: `payee.role must be one of ${PAYEE_ROLES.join(', ')}` }).describe('Who is paid: coordinator, board member, secretary, member, clinic or an outside party'),
  name: z.string().optional().describe("The payee's name"),
  cvr: z
    .string({ message: 'CVR number must be a string of 8 digits' })
    .refine(isValidCvr, { message: 'not a valid CVR number (8 digits passing the modulus-11 check)' })
    .optional().describe('CVR number of a payee paid as B-income (8 digits)'),
  cpr: z
    .string({ message: 'CPR number must be a string' })
    .refine(isValidCpr, { message: 'not a valid CPR number (10 digits, DDMMYY-XXXX, the first six a real date)' })
    .optional().describe('CPR number of a payee paid as A-income; never shown in any output'),
});

const meetingSchema = z.strictObject({
  id: z.string().min(1, { message: 'meeting.id must not be empty' }).describe('The meeting the expense belongs to (claims of one meeting share caps and advice)'),
  attendees: z.number().int({ message: 'attendees must be a whole number' }).min(1, { message: 'attendees must be at least 1' }).optional().describe('People present (specialists present, in the specialist scheme)'),
  externalVenue: z.boolean().optional().describe('Held outside the clinics at a venue with meeting facilities'),
  overnight: z.boolean().optional().describe('A meeting with an overnight stay'),
});

const documentationSchema = z.strictObject({
  receipt: z.boolean().optional().describe('A receipt or voucher is held'),
  contract: z.boolean().optional().describe('A contract for the fee is held'),
  timeStatement: z.boolean().optional().describe('A statement of the hours worked is held'),
  hourlyRate: amountSchema.optional(),
  approvedInMinutes: z.boolean().optional().describe('The fee is approved at the AGM and recorded in the minutes'),
});

/**
 * zod schema of one {@link Expense} claim. Unknown keys are rejected, so a
 * misspelt fact (`atendees`) cannot silently switch a cap off.
 *
 * @example
 * expenseSchema.safeParse({ category: 'catering', amount: 1200, date: '2025-03-27' }).success // true
 */
export const expenseSchema = z.strictObject({
  id: z.string().optional().describe("The claim's own id, echoed in the decision"),
  category: z.enum(EXPENSE_CATEGORIES, { message: `category must be one of ${EXPENSE_CATEGORIES.join(', ')}` }).describe('The kind of expense (see docs/glossary.md)'),
  amount: amountSchema,
  date: isoDateSchema,
  description: z.string().optional().describe('What the expense is, in words'),
  payee: payeeSchema.optional().describe('Who is paid'),
  meeting: meetingSchema.optional().describe('The meeting the expense is for'),
  documentation: documentationSchema.optional().describe('The documentation held for the claim'),
});

/** An expense claim as a caller gives it. */
export type Expense = z.input<typeof expenseSchema>;

/** An expense claim after validation. */
export type ParsedExpense = z.output<typeof expenseSchema>;

/**
 * zod schema of the year-to-date state the specialist caps need. `year` says
 * which calendar year the figures are for; state for another year than the
 * expense's is ignored (a new year starts empty).
 *
 * @example
 * yearToDateSchema.safeParse({ year: 2025, presenterFees: 6000 }).success // true
 */
export const yearToDateSchema = z.strictObject({
  year: yearSchema.optional(),
  presenterFees: amountSchema.optional(),
  coordinatorFees: amountSchema.optional(),
  meetings: z
    .array(z.strictObject({ id: z.string().min(1).describe('Meeting id'), date: isoDateSchema, venueAndCatering: amountSchema }))
    .superRefine((meetings, ctx) => {
      const seen = new Set<string>();
      meetings.forEach((m, index) => {
        const key = `${m.date.slice(0, 4)}|${m.id}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `meeting ${m.id} is listed twice for the same year` });
        seen.add(key);
      });
    })
    .optional().describe('Meetings with venue and catering approved so far this year'),
});

/** What has been approved so far in a calendar year, for the caps. */
export interface YearToDate {
  /** The calendar year of the figures; omitted → the year of the expense being checked. */
  year?: number;
  /** Approved so far for presenters, facilitators and consultancy. */
  presenterFees?: Amount;
  /** Approved so far for the coordinator fee. */
  coordinatorFees?: Amount;
  /** Meetings with approved venue rent and catering so far, in the order they were counted. */
  meetings?: { id: string; date: IsoDate; venueAndCatering: Amount }[];
}

/** The year-to-date state as {@link advanceYearToDate} returns it: every field filled, money as two-decimal strings. */
export interface YearToDateState {
  year: number;
  presenterFees: string;
  coordinatorFees: string;
  meetings: { id: string; date: IsoDate; venueAndCatering: string }[];
}

const capsSchema = z.strictObject({
  perSpecialist: amountSchema.optional(),
  perSpecialistExternalVenue: amountSchema.optional(),
  meetingsPerYear: z.number().int().min(0).optional().describe('Meetings a year with venue and catering refunded'),
  presentersPerYear: amountSchema.optional(),
  coordinatorFeePerYear: amountSchema.optional(),
});

/**
 * zod schema of {@link ClusterContext}.
 *
 * @example
 * clusterContextSchema.safeParse({ scheme: 'speciallaegepraksis' }).success // true
 * clusterContextSchema.safeParse({ scheme: 'specialist' }).success // false
 */
export const clusterContextSchema = z.strictObject({
  scheme: z.enum(SCHEMES, { message: `scheme must be one of ${SCHEMES.join(', ')}` }).optional().describe('almen-praksis (default) or speciallaegepraksis'),
  yearToDate: yearToDateSchema.optional().describe('What the specialist caps have approved so far this year'),
  costlyVenuePerAttendee: z.union([amountSchema, z.literal(false)]).optional().describe('Venue and catering per attendee above which a meeting gets the costly-venue warning (default 750 kr); false switches it off'),
  caps: capsSchema.optional().describe('Overrides of the specialist caps'),
});

/** The cluster the claims belong to, and the state and options the rules need. */
export interface ClusterContext {
  /** Default `almen-praksis`. */
  scheme?: Scheme;
  /** Year-to-date figures for the specialist caps (used by {@link checkExpense}). */
  yearToDate?: YearToDate;
  /**
   * Venue + catering per attendee above which a general-practice meeting gives
   * the `eligibility.costly-venue` warning. Default 750 kr; `false` switches it off.
   */
  costlyVenuePerAttendee?: Amount | false;
  /** Override the specialist caps (otherwise the dated tables in `src/params/specialist.ts`). */
  caps?: {
    perSpecialist?: Amount;
    perSpecialistExternalVenue?: Amount;
    meetingsPerYear?: number;
    presentersPerYear?: Amount;
    coordinatorFeePerYear?: Amount;
  };
}

/** Kinds of missing documentation or facts that keep a claim in review. */
export type DocumentKind =
  | 'receipt'
  | 'contract-or-time-statement'
  | 'hourly-rate'
  | 'payee-tax-id'
  | 'agm-approval'
  | 'payee-role'
  | 'meeting-attendance';

/** One thing that is missing before a claim can be paid. */
export interface DocumentRequirement {
  readonly kind: DocumentKind;
  readonly message: Bilingual;
}

/** The decision on one claim. */
export interface ExpenseDecision {
  /** The claim's id, when it has one. */
  readonly id?: string;
  /** `needs-review`: missing documentation or a question a person must answer; `approved` is then what would be paid once that is settled. */
  readonly verdict: 'eligible' | 'ineligible' | 'needs-review';
  readonly claimed: string;
  readonly approved: string;
  readonly findings: Finding[];
  readonly requiredDocuments: DocumentRequirement[];
}
