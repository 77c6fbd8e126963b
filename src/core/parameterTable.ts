/**
 * Dated parameter tables (OpenFisca style): one schema for every table, the
 * built-in ones under `src/params/` and the overrides a caller passes
 * (`rates`, `fees`, `regions`, caps). The value schema is a parameter.
 *
 * Entries are in `from` order. An entry without `until` lasts until the day
 * before the next entry's `from` (the last one: for good). An `until` that is
 * given must be that same day, so entries never overlap and leave no gap;
 * only the last entry may end with an `until` after which nothing applies.
 */
import { z } from 'zod';
import { isoDateSchema, toDayNumber, type IsoDate } from './dates.js';
import { inputError } from './errors.js';
import { copyData, deepFreeze } from './frozen.js';
import { SOURCES, type SourceId } from './sources.js';
import { parseInput, readInput } from './validate.js';

/**
 * Text in Danish and English.
 *
 * @example
 * bilingualSchema.parse({ da: 'Juledag', en: 'Christmas Day' }).en // 'Christmas Day'
 */
export const bilingualSchema = z
  .strictObject({
    da: z.string().describe('Danish text'),
    en: z.string().describe('English text'),
  })
  .readonly()
  .describe('Text in Danish and English');

const SOURCE_IDS = Object.keys(SOURCES) as [SourceId, ...SourceId[]];

/**
 * A reference to a section of a source document.
 *
 * @example
 * sourceRefSchema.safeParse({ document: 'klyngeregler-2023', section: '4' }).success // true
 */
export const sourceRefSchema = z
  .strictObject({
    document: z.enum(SOURCE_IDS).describe('Citation key of the source document (see SOURCES)'),
    section: z.string().min(1).describe('Section or heading of the document'),
  })
  .readonly()
  .describe('A reference to a section of a source document');

/**
 * zod schema of one dated value, for a given schema of the value.
 *
 * @example
 * datedValueSchema(patientsSchema).safeParse({ from: '2024-13-45', value: 1, source: { document: 'kiap-guide', section: 'x' } }).success // false
 */
export function datedValueSchema<V extends z.ZodType>(value: V) {
  return z
    .strictObject({
      from: isoDateSchema.describe('First day the value applies'),
      until: isoDateSchema.optional().describe("Last day the value applies; left out, the value lasts until the day before the next entry's from (the last entry: for good)"),
      value: value,
      source: sourceRefSchema,
    })
    .readonly()
    .describe('One value of a dated parameter, from a date, with its source');
}

function dayBefore(date: IsoDate): number {
  return toDayNumber(date) - 1;
}

/**
 * zod schema of a dated parameter table, for a given schema of its values:
 * entries in `from` order that neither overlap nor leave gaps.
 *
 * @example
 * const rates = parameterTableSchema(amountSchema);
 * const source = { document: 'kiap-guide', section: 'x' } as const;
 * const table = (values: object[]) => ({ name: 'r', unit: 'kr', description: { da: 'r', en: 'r' }, values });
 * rates.safeParse(table([{ from: '2024-01-01', value: '1', source }, { from: '2025-01-01', value: '2', source }])).success // true
 * rates.safeParse(table([{ from: '2024-01-01', until: '2024-06-30', value: '1', source }, { from: '2025-01-01', value: '2', source }])).success // false (a gap)
 */
export function parameterTableSchema<V extends z.ZodType>(value: V) {
  return z
    .strictObject({
      name: z.string().min(1).describe('Name of the parameter'),
      unit: z.string().describe('Unit of the values'),
      description: bilingualSchema.describe('What the parameter is, in Danish and English'),
      values: z.array(datedValueSchema(value)).min(1).readonly().describe('The dated values, in from order'),
    })
    .superRefine((table, ctx) => {
      const values = table.values as readonly { readonly from: IsoDate; readonly until?: IsoDate | undefined }[];
      values.forEach((entry, i) => {
        if (entry.until !== undefined && entry.until < entry.from) {
          ctx.addIssue({ code: 'custom', path: ['values', i, 'until'], message: `until ${entry.until} is before from ${entry.from}`, params: { code: 'invalid-period' } });
        }
        const next = values[i + 1];
        if (next === undefined) return;
        if (next.from <= entry.from) {
          ctx.addIssue({ code: 'custom', path: ['values', i + 1, 'from'], message: `entries must be in from order: ${next.from} is not after ${entry.from}`, params: { code: 'table-order' } });
        } else if (entry.until !== undefined && entry.until >= next.from) {
          ctx.addIssue({ code: 'custom', path: ['values', i, 'until'], message: `entries overlap: until ${entry.until} is on or after the next from ${next.from}`, params: { code: 'table-overlap' } });
        } else if (entry.until !== undefined && toDayNumber(entry.until) !== dayBefore(next.from)) {
          ctx.addIssue({ code: 'custom', path: ['values', i, 'until'], message: `gap between until ${entry.until} and the next from ${next.from}: until must be the day before the next from, or be left out`, params: { code: 'table-gap' } });
        }
      });
    })
    .readonly()
    .describe('A named, dated parameter table');
}

/** One value of a parameter that changes over time, with where it comes from. */
export type DatedValue<T> = z.output<ReturnType<typeof datedValueSchema<z.ZodType<T>>>>;

/** A named, dated parameter table (OpenFisca style). */
export type ParameterTable<T> = z.output<ReturnType<typeof parameterTableSchema<z.ZodType<T>>>>;

const valueSchemas = new WeakMap<object, z.ZodType>();

/**
 * Internal: declare a built-in table with the schema of its values, frozen
 * all the way down. Overrides of it (see {@link tableOption}) are checked
 * against the same value schema.
 *
 * @example
 * const demo = defineTable(patientsSchema, { name: 'demo', unit: 'days', description: { da: 'd', en: 'd' }, values: [{ from: '2025-01-01', value: 14, source: { document: 'klyngeregler-2023', section: '4' } }] });
 * Object.isFrozen(demo.values[0]) // true
 */
export function defineTable<T>(value: z.ZodType, table: ParameterTable<T>): ParameterTable<T> {
  valueSchemas.set(table, value);
  return deepFreeze(table);
}

/**
 * Internal: the schema of the values of a built-in table (`z.unknown()` for
 * a table not declared with {@link defineTable}).
 *
 * @example
 * tableValueSchema(grantRateTable).safeParse('3.55').success // true
 */
export function tableValueSchema(table: ParameterTable<unknown>): z.ZodType {
  return valueSchemas.get(table) ?? z.unknown();
}

/**
 * The value of a dated parameter on a given ISO date (the caller's own
 * copy), or undefined if none applies.
 *
 * @example
 * valueOn(consultantHourlyRateTable, '2025-01-01')?.value // '1072.02'
 */
export function valueOn<T>(table: ParameterTable<T>, date: IsoDate): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of table.values) if (entry.from <= date) found = entry;
  if (found === undefined || (found.until !== undefined && date > found.until)) return undefined;
  return copyData(found);
}

/**
 * The dated table a function should use: the caller's override `options[key]`
 * if given (checked with {@link parameterTableSchema} and the value schema of
 * `fallback`), else `fallback`. Callers default their options to `{}`.
 *
 * @throws {KlyngeInputError} when `options` is not an object or the override is not a valid table.
 * @example
 * tableOption({}, 'rates', grantRateTable) === grantRateTable // true (no override given)
 */
export function tableOption<T>(options: unknown, key: string, fallback: ParameterTable<T>): ParameterTable<T> {
  const table = readInput(['options'], () => {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) throw inputError(['options'], 'options must be an object', 'invalid-type');
    return (options as Record<string, unknown>)[key];
  });
  if (table === undefined) return fallback;
  return parseInput(parameterTableSchema(tableValueSchema(fallback)), table, ['options', key]) as ParameterTable<T>;
}
