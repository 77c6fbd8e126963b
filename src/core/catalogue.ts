import type { SourceRef } from './sources.js';
import type { IsoDate } from './dates.js';
import { inputError } from './errors.js';

/** `requirement` — the text says "skal"; `recommendation` — "bør"; `interpretation` — a choice this library makes. */
export type RuleKind = 'requirement' | 'recommendation' | 'interpretation';

/** Text in Danish and English. */
export interface Bilingual {
  readonly da: string;
  readonly en: string;
}

/** One value of a parameter that changes over time, with where it comes from. */
export interface DatedValue<T> {
  /** First day the value applies. */
  readonly from: IsoDate;
  /** Last day the value applies, if it has ended. */
  readonly until?: IsoDate;
  readonly value: T;
  readonly source: SourceRef;
}

/** A named, dated parameter table (OpenFisca style). */
export interface ParameterTable<T> {
  readonly name: string;
  readonly unit: string;
  readonly description: Bilingual;
  readonly values: readonly DatedValue<T>[];
}

/** A rule in the catalogue: what it is, where it comes from and what it says in our own words. */
export interface RuleEntry<Id extends string = string> {
  readonly id: Id;
  readonly kind: RuleKind;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  readonly summary: Bilingual;
  readonly parameters?: readonly ParameterTable<unknown>[];
}

/**
 * Define the catalogue entries of one area, keyed by id, keeping the literal ids as types.
 *
 * @example
 * const demoRules = defineRules([
 *   { id: 'demo.notice', kind: 'requirement', sources: [{ document: 'klyngeregler-2023', section: '4' }], summary: { da: 'Indkald i tide.', en: 'Give notice in time.' } },
 * ]);
 * demoRules['demo.notice'].kind // 'requirement'
 */
export function defineRules<const Id extends string>(entries: readonly RuleEntry<Id>[]): { readonly [K in Id]: RuleEntry<K> } {
  const byId = {} as Record<Id, RuleEntry<Id>>;
  for (const entry of entries) byId[entry.id] = entry;
  return byId as { readonly [K in Id]: RuleEntry<K> };
}

/**
 * The value of a dated parameter on a given ISO date, or undefined if none applies.
 *
 * @example
 * valueOn(consultantHourlyRateTable, '2025-01-01')?.value // '1072.02'
 */
export function valueOn<T>(table: ParameterTable<T>, date: IsoDate): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of table.values) {
    if (entry.from <= date && (entry.until === undefined || date <= entry.until)) found = entry;
  }
  return found;
}

/**
 * The dated table a function should use: the caller's override `options[key]`
 * if given, else `fallback`. Callers default their options to `{}`. Checks
 * that `options` is an object and that an override has the shape of a
 * {@link ParameterTable} (values with ISO `from` dates), so a malformed
 * override is an input error, never a TypeError.
 *
 * @example
 * tableOption({}, 'rates', grantRateTable) === grantRateTable // true (no override given)
 */
export function tableOption<T>(options: unknown, key: string, fallback: ParameterTable<T>): ParameterTable<T> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw inputError(['options'], 'options must be an object');
  const table = (options as Record<string, unknown>)[key];
  if (table === undefined) return fallback;
  const values = typeof table === 'object' && table !== null ? (table as { values?: unknown }).values : undefined;
  if (!Array.isArray(values)) throw inputError(['options', key], `${key} must be a dated table { name, unit, description, values: [{ from, value, source }] }`);
  values.forEach((v: unknown, i) => {
    const entry = typeof v === 'object' && v !== null ? (v as { from?: unknown; until?: unknown }) : undefined;
    const isDate = (d: unknown) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d);
    if (entry === undefined || !isDate(entry.from) || (entry.until !== undefined && !isDate(entry.until))) {
      throw inputError(['options', key, 'values', i], "each value needs a 'from' date (and optionally an 'until' date) as YYYY-MM-DD");
    }
  });
  return table as ParameterTable<T>;
}
