/** Issue #17 point 11: a year with no ordinary AGM recorded gives agm.annual-meeting (§4.3 "en gang årligt"). */
import { describe, expect, it } from 'vitest';
import { evaluateClusterYear } from '../../src/index.js';
import { base } from '../support/clusterYear.js';

const agmFindings = (doc: Parameters<typeof evaluateClusterYear>[0]) =>
  evaluateClusterYear(doc).findings.filter((f) => f.rule === 'agm.annual-meeting').map((f) => `${f.severity} ${f.where}`);

describe('agm.annual-meeting in the year report', () => {
  it('a closed year with no AGM recorded is a violation', () => {
    expect(agmFindings(base)).toEqual(['violation agm']);
  });

  it('an extraordinary meeting does not replace the ordinary one', () => {
    expect(agmFindings({ ...base, agm: { meeting: '2025-06-12', kind: 'extraordinary' } })).toEqual(['violation agm']);
  });

  it('the specialist scheme (eKVIS) has no AGM duty in its source', () => {
    expect(agmFindings({ ...base, cluster: { ...base.cluster, scheme: 'speciallaegepraksis' } })).toEqual([]);
  });

  it('a recorded ordinary AGM gives no such finding', () => {
    expect(agmFindings({ ...base, agm: { meeting: '2025-03-20' } })).toEqual([]);
  });
});
