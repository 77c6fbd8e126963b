/**
 * The duties of the AGM's record (klyngeregler-2023 §4.2, §4.3; kiap-guide
 * "Skift af klyngekoordinator og bestyrelsesmedlemmer") in the year report.
 */
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import type { AgmRecord, ClusterYear } from '../../src/index.js';
import { cluster } from '../support/clusterYear.js';
import { issuesOf } from '../support/inputErrors.js';

// AGM Thursday 20 March 2025; minutes due 3 April 2025
const year = (record: AgmRecord, elections?: { post: string; name: string; term: string; fee: number }[]): ClusterYear => ({
  year: 2025,
  cluster,
  agm: { meeting: '2025-03-20', ...(elections === undefined ? {} : { elections }), record },
});
const found = (doc: ClusterYear, asOf?: string) =>
  evaluateClusterYear(doc, asOf === undefined ? {} : { asOf }).findings.filter((f) => f.where === 'agm record').map((f) => `${f.severity} ${f.rule}`);
const stateOf = (doc: ClusterYear, id: string, asOf?: string) => evaluateClusterYear(doc, asOf === undefined ? {} : { asOf }).duties.find((d) => d.id === id)?.state;

describe('duties.agm-chair-and-minute-taker', () => {
  it('no chair chosen is a violation that names what is missing', () => {
    const r = evaluateClusterYear(year({ chairChosen: false, minuteTakerChosen: true }));
    const f = r.findings.find((x) => x.rule === 'duties.agm-chair-and-minute-taker');
    expect(f?.severity).toBe('violation');
    expect(f?.message.da).toContain('dirigent');
    expect(f?.message.da).toContain('torsdag 20. marts 2025');
    expect(f?.message.en).toContain('Thursday 20 March 2025');
    expect(f?.message.en).not.toContain('minute-taker was');
  });
  it('both chosen is done; one fact left out is unknown, never a finding', () => {
    expect(stateOf(year({ chairChosen: true, minuteTakerChosen: true }), '2025-agm-chair')).toBe('done');
    expect(stateOf(year({ chairChosen: true }), '2025-agm-chair')).toBe('unknown');
    expect(found(year({ chairChosen: true }))).toEqual([]);
  });
});

describe('agm.election-record: the minutes name the chair', () => {
  it('minutes that do not name the chair are a violation of the existing id', () => {
    expect(found(year({ minutesNameChair: false }))).toEqual(['violation agm.election-record']);
  });
  it('is not due before the minutes deadline (3 April 2025)', () => {
    expect(found(year({ minutesNameChair: false }), '2025-04-02')).toEqual([]);
    expect(stateOf(year({ minutesNameChair: false }), '2025-agm-minutes-chair-named', '2025-04-02')).toBe('upcoming');
    expect(found(year({ minutesNameChair: false }), '2025-04-03')).toEqual(['violation agm.election-record']);
  });
});

describe('duties.minutes-signed', () => {
  it('unsigned minutes are a violation; signed on a day is done on that day', () => {
    expect(found(year({ minutesSignedByChair: false }))).toEqual(['violation duties.minutes-signed']);
    const r = evaluateClusterYear(year({ minutesSignedByChair: '2025-03-25' }));
    expect(r.duties.find((d) => d.id === '2025-agm-minutes-signed')).toMatchObject({ state: 'done', doneOn: '2025-03-25', due: '2025-04-03', rule: 'duties.minutes-signed' });
  });
  it('signed after the as-of day is not yet done', () => {
    expect(stateOf(year({ minutesSignedByChair: '2025-04-10' }), '2025-agm-minutes-signed', '2025-04-05')).toBe('overdue');
  });
});

describe('agm.annual-meeting: accounts presented and budget adopted', () => {
  it('a budget not adopted is a violation of agm.annual-meeting', () => {
    expect(found(year({ accountsPresented: true, budgetAdopted: false }))).toEqual(['violation agm.annual-meeting']);
  });
  it('accounts not presented likewise; an extraordinary meeting has neither duty', () => {
    expect(found(year({ accountsPresented: false }))).toEqual(['violation agm.annual-meeting']);
    const extra: ClusterYear = { year: 2025, cluster, agm: { meeting: '2025-06-12', kind: 'extraordinary', record: { accountsPresented: false } } };
    expect(evaluateClusterYear(extra).duties.map((d) => d.id)).not.toContain('2025-extraordinary-accounts');
  });
});

describe('duties.secretariat-informed', () => {
  const elected = [{ post: 'Kasserer', name: 'Ida Holm', term: '2025–2027', fee: 0 }];
  it('is a duty when someone was elected; not informed is a violation', () => {
    expect(found(year({ secretariatInformed: false }, elected))).toEqual(['violation duties.secretariat-informed']);
    expect(stateOf(year({}, elected), '2025-agm-secretariat')).toBe('unknown');
  });
  it('is no duty when no election is listed and no fact given', () => {
    expect(evaluateClusterYear(year({})).duties.map((d) => d.id)).not.toContain('2025-agm-secretariat');
  });
});

describe('duties.kiap-coordinator-update', () => {
  const coordinator = [{ post: 'Klyngekoordinator', name: 'Jens Bak', term: '2 år', fee: 60000 }];
  it('electing a coordinator makes the kiap.dk change a duty; not made is a violation', () => {
    expect(stateOf(year({}, coordinator), '2025-agm-kiap')).toBe('unknown');
    expect(found(year({ kiapUpdated: false }, coordinator))).toEqual(['violation duties.kiap-coordinator-update']);
    expect(stateOf(year({ kiapUpdated: '2025-03-24' }, coordinator), '2025-agm-kiap')).toBe('done');
  });
});

describe('the record is strict', () => {
  it('a misspelt fact is an input error at its path', () => {
    const issues = issuesOf(() => evaluateClusterYear(year({ chairChoosen: true } as AgmRecord)));
    expect(issues[0]?.path).toEqual(['agm', 'record']);
    expect(issues[0]?.message).toContain('chairChoosen');
  });
  it('a fact of the wrong type is an input error', () => {
    expect(issuesOf(() => evaluateClusterYear(year({ minutesSignedByChair: 'yes' as unknown as boolean }))).map((i) => i.path)).toEqual([['agm', 'record', 'minutesSignedByChair']]);
  });
});
