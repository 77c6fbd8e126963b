/**
 * agm.standard-agenda — klyngeregler-2023 §5.1: the nine items the template
 * says the agenda of the annual meeting may contain, as headings in Danish
 * and English.
 */
import type { Bilingual } from '../../core/ruleEntry.js';

/** One numbered item of the agenda. */
export interface AgendaItem {
  readonly number: number;
  readonly title: Bilingual;
}

const ITEMS: readonly Bilingual[] = [
  { da: 'Valg af dirigent og referent', en: 'Election of a chair and a minute-taker' },
  { da: 'Klyngekoordinatorens beretning om årets aktiviteter', en: "The cluster coordinator's report on the past year's activities" },
  { da: 'Godkendelse af regnskabet for det foregående år', en: "Approval of the previous year's accounts" },
  { da: 'Godkendelse af budgettet for indeværende år', en: "Approval of the current year's budget" },
  { da: 'Eventuel vedtagelse af eller ændring i klyngens regler', en: "Adoption of or changes to the cluster's rules, if any" },
  { da: 'Eventuelt valg af klyngekoordinator', en: 'Election of the cluster coordinator, if due' },
  { da: 'Eventuelt valg af bestyrelsesmedlemmer', en: 'Election of board members, if due' },
  { da: 'Indkomne forslag, herunder det kommende års aktiviteter', en: "Proposals received, including next year's activities" },
  { da: 'Eventuelt', en: 'Any other business' },
];

/**
 * Applies `agm.standard-agenda` (the §5.1 items are a suggestion, not a requirement).
 * The nine items of the standard agenda of the annual meeting (§5.1), numbered 1–9.
 * A fresh array on every call.
 *
 * @example
 * standardAgenda()[0] // { number: 1, title: { da: 'Valg af dirigent og referent', en: 'Election of a chair and a minute-taker' } }
 * standardAgenda().length // 9
 */
export function standardAgenda(): AgendaItem[] {
  return ITEMS.map((title, index) => ({ number: index + 1, title: { ...title } }));
}
