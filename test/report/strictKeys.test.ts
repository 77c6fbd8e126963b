/**
 * Every object of the whole-year document is strict, including the embedded
 * cluster: an unknown key is a KlyngeInputError that names the key and the
 * path of its object.
 */
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import type { ClusterYear } from '../../src/index.js';
import { base, cluster } from '../support/clusterYear.js';
import { issuesOf } from '../support/inputErrors.js';

const withTypo = (doc: unknown) => issuesOf(() => evaluateClusterYear(doc as ClusterYear));

describe('unknown keys in the document', () => {
  const cases: [string, unknown, (string | number)[], string][] = [
    ['the document', { ...base, clustr: {} }, [], 'clustr'],
    ['the cluster', { ...base, cluster: { ...cluster, coordinatorID: 'D1' } }, ['cluster'], 'coordinatorID'],
    ['a clinic', { ...base, cluster: { ...cluster, clinics: [{ ...cluster.clinics[0], listedPatient: 3 }] } }, ['cluster', 'clinics', 0], 'listedPatient'],
    ['a doctor', { ...base, cluster: { ...cluster, doctors: [{ ...cluster.doctors[0], plomember: true }] } }, ['cluster', 'doctors', 0], 'plomember'],
    ["the cluster's rules", { ...base, cluster: { ...cluster, rules: { traineesTakepart: true } } }, ['cluster', 'rules'], 'traineesTakepart'],
    ['a fee holder', { ...base, coordinatorFee: { annualFee: 1, holders: [{ id: 'D1', from: '2025-01-01', form: 'x' }] } }, ['coordinatorFee', 'holders', 0], 'form'],
    ['the AGM facts', { ...base, agm: { meeting: '2025-03-20', noticeSent: '2025-03-01' } }, ['agm'], 'noticeSent'],
    ['a claim', { ...base, expenses: [{ category: 'catering', amount: 1, date: '2025-02-01', elegible: true }] }, ['expenses', 0], 'elegible'],
    ['the calendar options', { ...base, calendar: { closeDays: 'statutory' } }, ['calendar'], 'closeDays'],
  ];
  for (const [where, doc, path, key] of cases) {
    it(`in ${where}: names "${key}" at its path`, () => {
      const issues = withTypo(doc);
      const issue = issues.find((i) => i.message.includes(`"${key}"`));
      expect(issue?.path).toEqual(path);
    });
  }

  it('reports an unknown key together with the other problems of the document', () => {
    const issues = withTypo({ ...base, year: 'x', cluster: { ...cluster, clinics: [{ ...cluster.clinics[0], ownrs: [] }] } });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([['year'], ['cluster', 'clinics', 0]]));
  });
});
