/**
 * JSON Schema of every public input document, generated from the zod
 * schemas, for callers that do not use TypeScript (`klyngeregler schema`,
 * and the files in `schema/` shipped with the package).
 */
import { toJSONSchema } from 'zod';
import type { z } from 'zod';
import { AMOUNT_PATTERN, amountSchema } from './core/money.js';
import { inputError } from './core/errors.js';
import { agmFactsSchema } from './rules/agm/checkAgm.js';
import { annualCalendarInputSchema } from './rules/calendar/annualCalendar.js';
import { clusterContextSchema, expenseSchema } from './rules/eligibility/schema.js';
import { checkHourlyRateInputSchema } from './rules/fees/checkHourlyRate.js';
import { prorateFeeInputSchema } from './rules/fees/prorateFee.js';
import { specialistCoordinatorFeeInputSchema } from './rules/fees/specialistCoordinatorFee.js';
import { closeYearInputSchema, closeYearsInputSchema } from './rules/grant/closeYear.js';
import { grantForYearInputSchema } from './rules/grant/grantForYear.js';
import { voteSchema } from './rules/governance/countVote.js';
import { clusterSchema } from './rules/membership/clusterSchema.js';
import { clusterYearSchema } from './rules/report/schema.js';
import { dissolveClusterInputSchema } from './rules/restructuring/dissolveCluster.js';
import { mergeFundsInputSchema } from './rules/restructuring/mergeFunds.js';
import { restructureFundsInputSchema } from './rules/restructuring/restructureFunds.js';
import { splitFundsInputSchema } from './rules/restructuring/splitFunds.js';

/**
 * The input schemas by document name.
 *
 * @example
 * inputSchemas['expense'].safeParse({ category: 'catering', amount: 1200, date: '2025-03-27' }).success // true
 */
export const inputSchemas = {
  'cluster-year': clusterYearSchema,
  cluster: clusterSchema,
  expense: expenseSchema,
  'cluster-context': clusterContextSchema,
  'agm-facts': agmFactsSchema,
  'annual-calendar': annualCalendarInputSchema,
  'grant-for-year': grantForYearInputSchema,
  'close-year': closeYearInputSchema,
  'close-years': closeYearsInputSchema,
  'prorate-fee': prorateFeeInputSchema,
  'specialist-coordinator-fee': specialistCoordinatorFeeInputSchema,
  'check-hourly-rate': checkHourlyRateInputSchema,
  vote: voteSchema,
  'split-funds': splitFundsInputSchema,
  'merge-funds': mergeFundsInputSchema,
  'dissolve-cluster': dissolveClusterInputSchema,
  'restructure-funds': restructureFundsInputSchema,
} as const satisfies Record<string, z.ZodType>;
// the map is frozen, not the schemas (a frozen zod schema cannot parse)
Object.freeze(inputSchemas);

/** Name of a document with a JSON Schema. */
export type InputSchemaName = keyof typeof inputSchemas;

/**
 * The JSON Schema (draft 2020-12) of an input document. Its `$id` is the
 * file name (`expense.json`), a reference relative to wherever the file is
 * read from: the shipped `klyngeregler/schema/expense.json` resolves to itself.
 *
 * @example
 * jsonSchemaFor('expense').properties.category.enum.includes('catering') // true
 * jsonSchemaFor('expense').$id // 'expense.json'
 */
export function jsonSchemaFor(name: InputSchemaName): Record<string, unknown> {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(inputSchemas, name)) {
    throw inputError(['name'], `unknown document name; one of: ${Object.keys(inputSchemas).join(', ')}`);
  }
  const schema = toJSONSchema(inputSchemas[name], {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.zodSchema !== amountSchema) return;
      const json = ctx.jsonSchema as Record<string, unknown>;
      delete json.type;
      json.anyOf = [
        { type: 'number', minimum: 0, multipleOf: 0.01 },
        { type: 'string', pattern: AMOUNT_PATTERN },
      ];
    },
  }) as Record<string, unknown>;
  return { $id: `${name}.json`, title: name, ...schema };
}
