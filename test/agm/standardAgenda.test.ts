import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../src/index.js';
import { standardAgenda } from '../../src/rules/agm/index.js';

describe('agm.standard-agenda: standardAgenda', () => {
  it('lists the nine items of §5.1 in order, in Danish and English', () => {
    expect(ruleCatalogue['agm.standard-agenda'].sources).toEqual([{ document: 'klyngeregler-2023', section: '5.1' }]);
    expect(standardAgenda()).toEqual([
      { number: 1, title: { da: 'Valg af dirigent og referent', en: 'Election of a chair and a minute-taker' } },
      { number: 2, title: { da: 'Klyngekoordinatorens beretning om årets aktiviteter', en: "The cluster coordinator's report on the past year's activities" } },
      { number: 3, title: { da: 'Godkendelse af regnskabet for det foregående år', en: "Approval of the previous year's accounts" } },
      { number: 4, title: { da: 'Godkendelse af budgettet for indeværende år', en: "Approval of the current year's budget" } },
      { number: 5, title: { da: 'Eventuel vedtagelse af eller ændring i klyngens regler', en: "Adoption of or changes to the cluster's rules, if any" } },
      { number: 6, title: { da: 'Eventuelt valg af klyngekoordinator', en: 'Election of the cluster coordinator, if due' } },
      { number: 7, title: { da: 'Eventuelt valg af bestyrelsesmedlemmer', en: 'Election of board members, if due' } },
      { number: 8, title: { da: 'Indkomne forslag, herunder det kommende års aktiviteter', en: "Proposals received, including next year's activities" } },
      { number: 9, title: { da: 'Eventuelt', en: 'Any other business' } },
    ]);
  });

  it('returns a fresh copy each time', () => {
    const first = standardAgenda();
    (first[0]!.title as { da: string }).da = 'changed';
    first.pop();
    expect(standardAgenda()).toHaveLength(9);
    expect(standardAgenda()[0]!.title.da).toBe('Valg af dirigent og referent');
  });
});
