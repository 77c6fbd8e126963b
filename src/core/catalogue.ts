import type { SourceRef } from './sources.js';
import type { IsoDate } from './dates.js';

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
 * export const agmRules = defineRules([{ id: 'agm.notice-period', kind: 'requirement', sources: [...], summary: {...} }]);
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
 * valueOn(hourlyRateTable, '2025-01-01')?.value // '1072.02'
 */
export function valueOn<T>(table: ParameterTable<T>, date: IsoDate): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of table.values) {
    if (entry.from <= date && (entry.until === undefined || date <= entry.until)) found = entry;
  }
  return found;
}
