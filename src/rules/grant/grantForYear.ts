/**
 * Rules `grant.rate-per-patient`, `grant.payment-date` and
 * `grant.registration-deadline`: the yearly grant of a cluster.
 */
import { z } from 'zod';
import { yearSchema, type IsoDate } from '../../core/dates.js';
import { inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { amountSchema, formatAmount, formatKroner, multiplyMoney, toMoney } from '../../core/money.js';
import { patientsSchema } from '../../core/counts.js';
import { parseInput } from '../../core/validate.js';
import { registrationDeadline } from '../calendar/monthBound.js';
import { rateForYear, type GrantRateOptions } from './rateForYear.js';
import { grantRules } from './grantRules.js';

/**
 * Input of {@link grantForYear}.
 *
 * @example
 * grantForYearInputSchema.safeParse({ year: 2024, patients: 48000 }).success // true
 */
export const grantForYearInputSchema = z.strictObject({
  year: yearSchema,
  patients: patientsSchema.describe('Listed group-1 patients of the clinics in the cluster at the start of the year'),
  rate: amountSchema.optional().describe('Kroner per patient; needed for a year without a published rate'),
});

/** Input of {@link grantForYear}. */
export type GrantForYearInput = z.input<typeof grantForYearInputSchema>;

/** Result of {@link grantForYear}. */
export interface GrantForYearResult {
  readonly year: number;
  readonly patients: number;
  /** The rate used, kroner per patient. */
  readonly rate: string;
  /** patients × rate, rounded half-up to øre. */
  readonly amount: string;
  /** 1 March of the year. */
  readonly paymentDate: IsoDate;
  /** 31 January of the year: the clinics must be registered by then ("inden udgangen af januar"; never moved, also on a weekend). */
  readonly registrationDeadline: IsoDate;
  readonly findings: Finding[];
}

/**
 * The yearly grant of a cluster: patients × rate, paid 1 March, with the clinics
 * to be registered by 31 January (the same date `annualCalendar` gives, never
 * moved). A `rate` that differs from the published one is used and gives an
 * `info` finding.
 *
 * @throws {KlyngeInputError} on bad input, or when the year has no published rate and the input has no `rate` (the message says to fill it in).
 * @example
 * grantForYear({ year: 2024, patients: 48000 }).amount // '170400.00'
 */
export function grantForYear(input: GrantForYearInput, options: GrantRateOptions = {}): GrantForYearResult {
  const { year, patients, rate } = parseInput(grantForYearInputSchema, input);
  const published = rateForYear(year, options);
  const findings: Finding[] = [];
  let used: string;
  if (rate === undefined) {
    if (published === undefined) {
      throw inputError(
        ['rate'],
        `no grant rate is published for ${String(year)}: fill in \`rate\` (kroner per patient, e.g. "rate": "3.65") in the input next to \`year\` and \`patients\` — the rate follows fee development and is never extrapolated`,
      );
    }
    used = published.rate;
  } else {
    used = formatAmount(toMoney(rate));
    if (published !== undefined && used !== published.rate) {
      findings.push(
        finding(
          grantRules['grant.rate-per-patient'],
          'info',
          {
            da: `Den angivne sats ${formatKroner(used)} pr. patient afviger fra den offentliggjorte sats for ${String(year)} på ${formatKroner(published.rate)}`,
            en: `The given rate of ${used} kr per patient differs from the published rate for ${String(year)} of ${published.rate} kr.`,
          },
          { year, rate: used, publishedRate: published.rate },
        ),
      );
    }
  }
  return {
    year,
    patients,
    rate: used,
    amount: multiplyMoney(patients, used),
    paymentDate: `${String(year)}-03-01`,
    registrationDeadline: registrationDeadline(year),
    findings,
  };
}
