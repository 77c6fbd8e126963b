import type { z } from 'zod';
import type { SourceRef } from './sources.js';
import { deepFreeze } from './frozen.js';
import type { bilingualSchema, ParameterTable } from './parameterTable.js';

/** `requirement` — the text says "skal"; `recommendation` — "bør"; `interpretation` — a choice this library makes. */
export type RuleKind = 'requirement' | 'recommendation' | 'interpretation';

/** Text in Danish and English. */
export type Bilingual = z.output<typeof bilingualSchema>;

/** A rule in the catalogue: what it is, where it comes from and what it says in our own words. */
export interface RuleEntry<Id extends string = string> {
  readonly id: Id;
  readonly kind: RuleKind;
  readonly sources: readonly [SourceRef, ...SourceRef[]];
  readonly summary: Bilingual;
  readonly parameters?: readonly ParameterTable<unknown>[];
}

/**
 * Define the catalogue entries of one area, keyed by id, keeping the literal
 * ids as types. The entries are frozen all the way down (sources, parameter
 * tables), so no caller can change the catalogue.
 *
 * @example
 * const demoRules = defineRules([
 *   { id: 'demo.notice', kind: 'requirement', sources: [{ document: 'klyngeregler-2023', section: '4' }], summary: { da: 'Indkald i tide.', en: 'Give notice in time.' } },
 * ]);
 * demoRules['demo.notice'].kind // 'requirement'
 */
export function defineRules<const Id extends string>(entries: readonly RuleEntry<Id>[]): { readonly [K in Id]: RuleEntry<K> } {
  const byId = {} as Record<Id, RuleEntry<Id>>;
  for (const entry of entries) byId[entry.id] = deepFreeze(entry);
  return deepFreeze(byId) as { readonly [K in Id]: RuleEntry<K> };
}
