/**
 * The input document of {@link evaluateClusterYear}: one cluster's year.
 * Built from the public input schemas of the areas, so a validation error
 * points at the field of this document.
 */
import { z } from 'zod';
import { yearSchema } from '../../core/dates.js';
import { amountSchema } from '../../core/money.js';
import { calendarOptionsSchema } from '../../core/calendar/workingDays.js';
import { agmFactsSchema } from '../agm/checkAgm.js';
import { agmRecordSchema, yearDutiesSchema } from '../duties/schema.js';
import { expenseSchema } from '../eligibility/schema.js';
import { feeHolderSchema, prorateMethodSchema } from '../fees/prorateFee.js';
import { clusterSchema, membershipOptionsSchema } from '../membership/index.js';
import { isoDateSchema } from '../../core/dates.js';

/**
 * zod schema of the coordinator fee part of the document. General practice:
 * the fee agreed at the AGM (`annualFee`) for a period (default the calendar
 * year); specialist scheme: the eKVIS preset (April–March), so only `holders`
 * and `method` are used.
 *
 * @example
 * coordinatorFeeSchema.safeParse({ annualFee: 60000, holders: [{ id: 'D1', from: '2025-01-01' }] }).success // true
 */
export const coordinatorFeeSchema = z
  .strictObject({
    annualFee: amountSchema.optional().describe('The fee agreed at the AGM for the fee period (`months`, default a year), in general practice; ignored for the specialist preset'),
    periodStart: isoDateSchema.optional().describe('1st of the month the fee period starts; default 1 January of the year'),
    months: z.number().int().min(1).max(120).optional().describe('Length of the fee period in months; default 12'),
    holders: z.array(feeHolderSchema).describe('Who held the post from when, in increasing `from` order; `id: null` for a vacancy'),
    method: prorateMethodSchema.optional(),
  })
  .describe('The coordinator fee and who held the post');

/**
 * zod schema of the whole-year document.
 *
 * @example
 * clusterYearSchema.safeParse(JSON.parse(readFileSync('examples/almen-praksis-2025.json', 'utf8'))).success // true
 */
export const clusterYearSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional link to this JSON Schema, for editors'),
    year: yearSchema.describe('The calendar year reported on'),
    cluster: clusterSchema,
    openingBalance: amountSchema.optional().describe('Wealth at the start of the year (formue primo); default 0'),
    rate: amountSchema.optional().describe('Grant per listed group-1 patient; needed for a year without a published rate'),
    patients: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe("Listed group-1 patients the grant is computed on; default the sum of the clinics' listedPatients"),
    expenses: z.array(expenseSchema).optional().describe("The year's expense claims"),
    coordinatorFee: coordinatorFeeSchema.optional(),
    agm: agmFactsSchema
      .extend({ record: agmRecordSchema.optional() })
      .optional()
      .describe("What happened around the year's AGM (or an extraordinary meeting), with what its record shows"),
    duties: yearDutiesSchema.optional(),
    calendar: calendarOptionsSchema
      .extend({ noticeOnWorkingDay: z.boolean().optional().describe('Move the notice deadline back to a working day') })
      .optional()
      .describe('Working-day calendar for deadlines'),
    membership: membershipOptionsSchema.optional(),
  })
  .describe("One cluster's year: the document `klyngeregler report` reads");

/**
 * zod schema of the options of {@link evaluateClusterYear}: `asOf`, the day
 * at whose end the year is judged (default the last day of the year).
 *
 * @example
 * clusterYearOptionsSchema.safeParse({ asOf: '2025-06-30' }).success // true
 * clusterYearOptionsSchema.safeParse({ asof: '2025-06-30' }).success // false
 */
export const clusterYearOptionsSchema = z
  .strictObject({
    asOf: isoDateSchema.optional().describe('Judge the year at the end of this day; default the last day of the year (the whole year)'),
  })
  .describe('Options of the whole-year report');

/** Options of {@link evaluateClusterYear}. */
export type ClusterYearOptions = z.input<typeof clusterYearOptionsSchema>;

/** The whole-year document as given. */
export type ClusterYear = z.input<typeof clusterYearSchema>;
/** Internal: the whole-year document with defaults filled in. */
export type ParsedClusterYear = z.output<typeof clusterYearSchema>;
