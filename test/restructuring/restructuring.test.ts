import { describe, expect, it } from 'vitest';
import {
  dissolveCluster,
  mergeFunds,
  regionsOn,
  restructureFunds,
  splitFunds,
  KlyngeInputError,
  ruleCatalogue,
} from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

/** Messages show the date as a long date (#19); `data` keeps the ISO date. */
const LONG: Record<string, { da: string; en: string }> = {
  '2025-05-02': { da: 'fredag 2. maj 2025', en: 'Friday 2 May 2025' },
  '2025-06-01': { da: 'søndag 1. juni 2025', en: 'Sunday 1 June 2025' },
  '2026-12-01': { da: 'tirsdag 1. december 2026', en: 'Tuesday 1 December 2026' },
  '2025-04-01': { da: 'tirsdag 1. april 2025', en: 'Tuesday 1 April 2025' },
};

const agmViolation = (what: { da: string; en: string }, date: string, kind = 'other') => ({
  rule: 'restructuring.agm-decision',
  severity: 'violation',
  message: {
    da: `${what.da} besluttet ${LONG[date]!.da} uden for årsmødet/generalforsamlingen er ikke gyldig; den skal besluttes på et ordinært eller ekstraordinært årsmøde.`,
    en: `${what.en} decided on ${LONG[date]!.en} outside an AGM is not valid; it must be decided at an ordinary or extraordinary AGM.`,
  },
  source: { document: 'klyngeregler-2023', section: '11.1' },
  data: { kind, date },
});

describe('splitFunds (restructuring.funds-by-patients)', () => {
  it('split 100,000 kr by 30,000 / 20,000 / 10,000 patients → 50000.00, 33333.33, 16666.67', () => {
    expect(
      splitFunds({
        balance: 100000,
        parts: [
          { id: 'A', patients: 30000 },
          { id: 'B', patients: 20000 },
          { id: 'C', patients: 10000 },
        ],
      }),
    ).toEqual({
      parts: [
        { id: 'A', patients: 30000, amount: '50000.00' },
        { id: 'B', patients: 20000, amount: '33333.33' },
        { id: 'C', patients: 10000, amount: '16666.67' },
      ],
      findings: [],
    });
    expect(ruleCatalogue['restructuring.funds-by-patients'].sources[0]).toEqual({ document: 'klyngeregler-2023', section: '11.2' });
  });
  it('a part with zero patients gets 0.00', () => {
    expect(splitFunds({ balance: '10', parts: [{ id: 'A', patients: 0 }, { id: 'B', patients: 5 }] }).parts.map((p) => p.amount)).toEqual(['0.00', '10.00']);
  });
  it('decidedAt at an AGM gives no finding; other is a violation (restructuring.agm-decision)', () => {
    const parts = [{ id: 'A', patients: 1 }];
    expect(splitFunds({ balance: 1, parts, decidedAt: { kind: 'ordinary-agm', date: '2025-03-20' } }).findings).toEqual([]);
    expect(splitFunds({ balance: 1, parts, decidedAt: { kind: 'extraordinary-agm', date: '2025-09-20' } }).findings).toEqual([]);
    expect(splitFunds({ balance: 1, parts, decidedAt: { kind: 'other', date: '2025-05-02' } }).findings).toEqual([
      agmViolation({ da: 'En deling af klyngen', en: 'A split of the cluster' }, '2025-05-02'),
    ]);
    expect(ruleCatalogue['restructuring.agm-decision'].kind).toBe('requirement');
  });
  it('rejects zero patients in total, negative or non-integer counts, duplicates and no parts', () => {
    expect(issuesOf(() => splitFunds({ balance: 100, parts: [{ id: 'A', patients: 0 }, { id: 'B', patients: 0 }] }))).toEqual([
      { path: ['parts'], message: 'the new clusters have no patients in total; the savings cannot be divided' },
    ]);
    expect(issuesOf(() => splitFunds({ balance: 100, parts: [{ id: 'A', patients: -1 }] }))[0]!.path).toEqual(['parts', 0, 'patients']);
    expect(issuesOf(() => splitFunds({ balance: 100, parts: [{ id: 'A', patients: 1.5 }] }))[0]!.path).toEqual(['parts', 0, 'patients']);
    expect(issuesOf(() => splitFunds({ balance: 100, parts: [{ id: 'A', patients: 1 }, { id: 'A', patients: 2 }] }))).toEqual([
      { path: ['parts', 1, 'id'], message: "id 'A' occurs more than once" },
    ]);
    expect(issuesOf(() => splitFunds({ balance: 100, parts: [] }))[0]!.path).toEqual(['parts']);
    expect(issuesOf(() => splitFunds({ balance: 100, parts: [{ id: 'A', patients: 1 }], decidedAt: { kind: 'board', date: '2025-01-01' } as never }))[0]!.path).toEqual([
      'decidedAt',
      'kind',
    ]);
  });
});

describe('mergeFunds', () => {
  it('pools balances and patients', () => {
    expect(mergeFunds({ clusters: [{ id: 'A', balance: 60000, patients: 25000 }, { id: 'B', balance: '40000.50', patients: 15000 }] })).toEqual({
      balance: '100000.50',
      patients: 40000,
      findings: [],
    });
  });
  it('a merger decided outside an AGM is a violation', () => {
    expect(mergeFunds({ clusters: [{ id: 'A', balance: 1, patients: 1 }], decidedAt: { kind: 'other', date: '2025-06-01' } }).findings).toEqual([
      agmViolation({ da: 'En sammenlægning af klynger', en: 'A merger of clusters' }, '2025-06-01'),
    ]);
  });
  it('rejects duplicates, negative balances and no clusters', () => {
    expect(issuesOf(() => mergeFunds({ clusters: [{ id: 'A', balance: 1, patients: 1 }, { id: 'A', balance: 1, patients: 1 }] }))[0]!.path).toEqual([
      'clusters',
      1,
      'id',
    ]);
    expect(issuesOf(() => mergeFunds({ clusters: [{ id: 'A', balance: -1, patients: 1 }] }))[0]!.path).toEqual(['clusters', 0, 'balance']);
    expect(issuesOf(() => mergeFunds({ clusters: [] }))[0]!.path).toEqual(['clusters']);
  });
});

describe('regionsOn', () => {
  it('five regions until 31 December 2026, four from 1 January 2027, none before 2007', () => {
    expect(regionsOn('2026-12-31')).toEqual(['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland']);
    expect(regionsOn('2027-01-01')).toEqual(['Østdanmark', 'Syddanmark', 'Midtjylland', 'Nordjylland']);
    expect(regionsOn('2007-01-01')).toHaveLength(5);
    expect(regionsOn('2006-12-31')).toEqual([]);
  });
  it('returns a fresh array', () => {
    const a = regionsOn('2025-01-01');
    a.pop();
    expect(regionsOn('2025-01-01')).toHaveLength(5);
  });
  it('rejects a bad date', () => {
    expect(issuesOf(() => regionsOn('2025-02-29'))[0]!.path).toEqual(['date']);
  });
});

describe('dissolveCluster (restructuring.dissolution-returns-funds)', () => {
  it('returns the whole balance to the region from the dissolution date', () => {
    expect(dissolveCluster({ balance: 84210.5, date: '2025-06-30', region: 'Syddanmark' })).toEqual({
      returnedToRegion: '84210.50',
      region: 'Syddanmark',
      effective: '2025-06-30',
      findings: [
        {
          rule: 'restructuring.dissolution-returns-funds',
          severity: 'info',
          message: {
            da: 'Klyngens midler på 84.210,50 kr. tilbageføres til Region Syddanmark med virkning fra mandag 30. juni 2025.',
            en: 'The cluster funds of 84210.50 kr return to Region Syddanmark with effect from Monday 30 June 2025.',
          },
          source: { document: 'klyngeregler-2023', section: '11.2' },
          data: { returnedToRegion: '84210.50', region: 'Syddanmark', effective: '2025-06-30' },
        },
      ],
    });
  });
  it('Østdanmark from 2027; a dissolution outside an AGM is a violation first', () => {
    const r = dissolveCluster({ balance: '1000', date: '2027-01-01', region: 'Østdanmark', decidedAt: { kind: 'other', date: '2026-12-01' } });
    expect(r.returnedToRegion).toBe('1000.00');
    expect(r.findings[0]).toEqual(agmViolation({ da: 'En opløsning af klyngen', en: 'A dissolution of the cluster' }, '2026-12-01'));
    expect(r.findings.map((f) => f.rule)).toEqual(['restructuring.agm-decision', 'restructuring.dissolution-returns-funds']);
  });
  it('a region that does not exist on the date is an input error', () => {
    expect(issuesOf(() => dissolveCluster({ balance: 1, date: '2027-01-01', region: 'Hovedstaden' }))).toEqual([
      { path: ['region'], message: 'region Hovedstaden does not exist on 2027-01-01; the regions on that date: Østdanmark, Syddanmark, Midtjylland, Nordjylland' },
    ]);
    expect(issuesOf(() => dissolveCluster({ balance: 1, date: '2026-12-31', region: 'Østdanmark' }))[0]!.path).toEqual(['region']);
    expect(issuesOf(() => dissolveCluster({ balance: 1, date: '2006-06-01', region: 'Sjælland' }))[0]!.message).toBe(
      'region Sjælland does not exist on 2006-06-01; the regions on that date: none',
    );
    expect(issuesOf(() => dissolveCluster({ balance: 1, date: '2025-01-01', region: 'Fyn' as never }))[0]!.path).toEqual(['region']);
  });
});

describe('restructureFunds (restructuring.pooled-division)', () => {
  const clusters = [
    { id: 'A', balance: 90000 },
    { id: 'B', balance: 30000 },
  ];
  const moves = [
    { from: 'A', to: 'X', patients: 20000 },
    { from: 'A', to: 'Y', patients: 10000 },
    { from: 'B', to: 'Y', patients: 30000 },
  ];
  it('pooled (default): all savings divided by the new clusters\' patients', () => {
    expect(restructureFunds({ clusters, moves })).toEqual({
      clusters: [
        { id: 'X', patients: 20000, amount: '40000.00' },
        { id: 'Y', patients: 40000, amount: '80000.00' },
      ],
      balance: '120000.00',
      method: 'pooled',
      findings: [],
    });
    expect(ruleCatalogue['restructuring.pooled-division'].kind).toBe('interpretation');
  });
  it('by-origin: each old cluster\'s savings follow its own patients', () => {
    expect(restructureFunds({ clusters, moves, method: 'by-origin' })).toMatchObject({
      clusters: [
        { id: 'X', patients: 20000, amount: '60000.00' },
        { id: 'Y', patients: 40000, amount: '60000.00' },
      ],
      balance: '120000.00',
      method: 'by-origin',
    });
  });
  it('by-origin rounds each division exactly and sums per new cluster', () => {
    const r = restructureFunds({
      clusters: [{ id: 'A', balance: 100 }, { id: 'B', balance: '0.01' }, { id: 'C', balance: 0 }],
      moves: [
        { from: 'A', to: 'X', patients: 1 },
        { from: 'A', to: 'Y', patients: 2 },
        { from: 'B', to: 'X', patients: 1 },
        { from: 'B', to: 'Y', patients: 1 },
        { from: 'A', to: 'X', patients: 0 },
      ],
      method: 'by-origin',
    });
    // A: 33.33 / 66.67; B: 0.01 / 0.00 (tie → earlier)
    expect(r.clusters).toEqual([
      { id: 'X', patients: 2, amount: '33.34' },
      { id: 'Y', patients: 3, amount: '66.67' },
    ]);
  });
  it('by-origin: an old cluster with savings but no moving patients is an input error', () => {
    expect(
      issuesOf(() =>
        restructureFunds({ clusters: [...clusters, { id: 'C', balance: 5 }], moves, method: 'by-origin' }),
      ),
    ).toEqual([
      { path: ['clusters', 2], message: "no patients move from 'C', so its savings have nowhere to go under by-origin; use the pooled method" },
    ]);
    // pooled takes it into the pool
    expect(restructureFunds({ clusters: [...clusters, { id: 'C', balance: 5 }], moves }).balance).toBe('120005.00');
  });
  it('a new cluster with no patients gets 0.00 while the others share the savings', () => {
    const r = restructureFunds({ clusters, moves: [{ from: 'A', to: 'X', patients: 0 }, { from: 'B', to: 'Y', patients: 10 }] });
    expect(r.clusters).toEqual([
      { id: 'X', patients: 0, amount: '0.00' },
      { id: 'Y', patients: 10, amount: '120000.00' },
    ]);
  });
  it('a restructuring decided outside an AGM is a violation', () => {
    expect(restructureFunds({ clusters, moves, decidedAt: { kind: 'other', date: '2025-04-01' } }).findings).toEqual([
      agmViolation({ da: 'En omlægning af klynger', en: 'A restructuring of clusters' }, '2025-04-01'),
    ]);
  });
  it('rejects unknown origins, zero patients, duplicates and bad methods', () => {
    expect(issuesOf(() => restructureFunds({ clusters, moves: [{ from: 'Q', to: 'X', patients: 1 }] }))).toEqual([
      { path: ['moves', 0, 'from'], message: "move from 'Q', which is not one of the old clusters" },
    ]);
    expect(issuesOf(() => restructureFunds({ clusters, moves: [{ from: 'A', to: 'X', patients: 0 }] }))).toEqual([
      { path: ['moves'], message: 'no patients move to the new clusters; the savings cannot be divided' },
    ]);
    expect(issuesOf(() => restructureFunds({ clusters: [clusters[0]!, clusters[0]!], moves }))[0]!.path).toEqual(['clusters', 1, 'id']);
    expect(issuesOf(() => restructureFunds({ clusters, moves, method: 'mixed' as never }))[0]!.path).toEqual(['method']);
    expect(issuesOf(() => restructureFunds({ clusters, moves: [{ from: 'A', to: 'X', patients: -3 }] }))[0]!.path).toEqual(['moves', 0, 'patients']);
  });
});

describe('unknown keys in nested objects are input errors naming them (#16)', () => {
  it.each([
    ['splitFunds part', () => splitFunds({ balance: 1, parts: [{ id: 'A', patients: 1, patient: 2 } as never] }), ['parts', 0], 'patient'],
    ['mergeFunds cluster', () => mergeFunds({ clusters: [{ id: 'A', balance: 1, patients: 1, balanse: 2 } as never] }), ['clusters', 0], 'balanse'],
    ['restructureFunds cluster', () => restructureFunds({ clusters: [{ id: 'A', balance: 1, name: 'x' } as never], moves: [{ from: 'A', to: 'X', patients: 1 }] }), ['clusters', 0], 'name'],
    ['restructureFunds move', () => restructureFunds({ clusters: [{ id: 'A', balance: 1 }], moves: [{ from: 'A', to: 'X', patients: 1, form: 'A' } as never] }), ['moves', 0], 'form'],
  ] as const)('%s', (_, call, path, key) => {
    const [issue] = issuesOf(call);
    expect(issue!.path).toEqual(path);
    expect(issue!.message).toContain(key);
  });
});

describe('options are strict too', () => {
  it('a misspelt table key in the options of regionsOn and dissolveCluster is an input error naming it', () => {
    for (const call of [() => regionsOn('2025-01-01', { region: {} } as never), () => dissolveCluster({ balance: 1, date: '2025-01-01', region: 'Syddanmark' }, { region: {} } as never)]) {
      const [issue] = issuesOf(call);
      expect(issue!.path).toEqual(['options']);
      expect(issue!.message).toContain('region');
    }
  });
});
