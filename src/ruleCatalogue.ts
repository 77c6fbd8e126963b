/**
 * The rule catalogue: every rule this library applies, with its kind, sources
 * and a summary in Danish and English. `docs/rules.md` is generated from it.
 */
import type { RuleEntry } from './core/ruleEntry.js';
import { deepFreeze } from './core/frozen.js';
import { coreRules } from './core/coreRules.js';
import { agmRules } from './rules/agm/agmRules.js';
import { calendarRules } from './rules/calendar/calendarRules.js';
import { dutiesRules } from './rules/duties/dutiesRules.js';
import { eligibilityRules } from './rules/eligibility/eligibilityRules.js';
import { feesRules } from './rules/fees/feesRules.js';
import { governanceRules } from './rules/governance/governanceRules.js';
import { grantRules } from './rules/grant/grantRules.js';
import { membershipRules } from './rules/membership/membershipRules.js';
import { restructuringRules } from './rules/restructuring/restructuringRules.js';

const all = deepFreeze({
  ...coreRules,
  ...grantRules,
  ...feesRules,
  ...restructuringRules,
  ...agmRules,
  ...governanceRules,
  ...membershipRules,
  ...calendarRules,
  ...eligibilityRules,
  ...dutiesRules,
} as const);

/** Every rule id in the catalogue. */
export type RuleId = keyof typeof all;

/**
 * The rule catalogue, keyed by rule id.
 *
 * @example
 * ruleCatalogue['money.allocate'].kind // 'interpretation'
 */
export const ruleCatalogue: { readonly [K in RuleId]: RuleEntry<K> } = all;

/**
 * All catalogue entries in id order (the entries are frozen, so they cannot be changed).
 *
 * @example
 * listRules().map((r) => r.id).includes('workdays.public-holidays') // true
 */
export function listRules(): RuleEntry<RuleId>[] {
  return (Object.values(ruleCatalogue) as RuleEntry<RuleId>[]).sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * True when `id` is a rule id in the catalogue.
 *
 * @example
 * isRuleId('no-such-rule') // false
 */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(ruleCatalogue, id);
}
