/**
 * Rule `restructuring.dissolution-returns-funds` (klyngeregler-2023 §11.2):
 * a dissolved cluster's funds go back to its region from the dissolution date.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../../core/dates.js';
import { longDates } from '../../core/dateText.js';
import { inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { amountSchema, formatAmount, formatKroner, toMoney } from '../../core/money.js';
import { parseInput } from '../../core/validate.js';
import type { Region } from '../../params/regions.js';
import { decidedAtSchema, decisionFindings } from './decision.js';
import { regionSchema, regionsOn, type RegionOptions } from './regionsOn.js';
import { restructuringRules } from './restructuringRules.js';

/**
 * Input of {@link dissolveCluster}.
 *
 * @example
 * dissolveClusterInputSchema.safeParse({ balance: 1, date: '2025-06-30', region: 'Syddanmark' }).success // true
 */
export const dissolveClusterInputSchema = z.strictObject({
  balance: amountSchema.describe('The cluster funds on the dissolution date'),
  date: isoDateSchema.describe('The dissolution date'),
  region: regionSchema.describe('The region the cluster belongs to; must exist on the date'),
  decidedAt: decidedAtSchema.optional(),
});

/** Input of {@link dissolveCluster}. */
export type DissolveClusterInput = z.input<typeof dissolveClusterInputSchema>;

/** Result of {@link dissolveCluster}. */
export interface DissolveClusterResult {
  /** The whole balance. */
  readonly returnedToRegion: string;
  readonly region: Region;
  /** The dissolution date. */
  readonly effective: IsoDate;
  readonly findings: Finding[];
}

/**
 * Dissolve a cluster: the whole balance returns to its region with effect from
 * the dissolution date (an `info` finding says so). A `decidedAt` of kind
 * `other` gives a violation (§11.1).
 *
 * @throws {KlyngeInputError} on bad input, or when the region does not exist on the date (e.g. Hovedstaden from 2027).
 * @example
 * dissolveCluster({ balance: 84210.5, date: '2025-06-30', region: 'Syddanmark' })
 * // { returnedToRegion: '84210.50', region: 'Syddanmark', effective: '2025-06-30', findings: [{ severity: 'info', … }] }
 */
export function dissolveCluster(input: DissolveClusterInput, options: RegionOptions = {}): DissolveClusterResult {
  const { balance, date, region, decidedAt } = parseInput(dissolveClusterInputSchema, input);
  const existing = regionsOn(date, options);
  if (!existing.includes(region)) {
    const list = existing.length === 0 ? 'none' : existing.join(', ');
    throw inputError(['region'], `region ${region} does not exist on ${date}; the regions on that date: ${list}`);
  }
  const returnedToRegion = formatAmount(toMoney(balance));
  const from = longDates(date);
  return {
    returnedToRegion,
    region,
    effective: date,
    findings: [
      ...decisionFindings(decidedAt, 'dissolve'),
      finding(
        restructuringRules['restructuring.dissolution-returns-funds'],
        'info',
        {
          da: `Klyngens midler på ${formatKroner(returnedToRegion)} tilbageføres til Region ${region} med virkning fra ${from.da}.`,
          en: `The cluster funds of ${returnedToRegion} kr return to Region ${region} with effect from ${from.en}.`,
        },
        { returnedToRegion, region, effective: date },
      ),
    ],
  };
}
