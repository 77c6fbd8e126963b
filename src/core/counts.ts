/**
 * Counts of people: listed patients. Bounded so that every sum the rules
 * make stays an exact safe integer and every product with a rate stays exact.
 */
import { z } from 'zod';

/** The largest number of listed patients one input may state (Denmark has about 6 million inhabitants). */
export const MAX_PATIENTS = 10_000_000;

/**
 * Listed (group 1) patients: a whole number from 0 to {@link MAX_PATIENTS}.
 *
 * @example
 * patientsSchema.safeParse(48000).success // true
 * @example
 * patientsSchema.safeParse(Number.MAX_SAFE_INTEGER).success // false
 */
export const patientsSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_PATIENTS, { message: 'at most 10,000,000 listed patients' })
  .describe('Listed patients, a whole number from 0 to 10,000,000');
