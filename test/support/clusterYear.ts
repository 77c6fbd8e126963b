/**
 * Test fixture: the smallest valid general-practice year of one cluster (one
 * clinic of 31,000 listed patients, its owner the coordinator), for tests of
 * the whole-year report to vary.
 */
import type { ClusterYear } from '../../src/index.js';

export const cluster = {
  id: 'K1',
  coordinatorId: 'D1',
  clinics: [{ id: 'C1', listedPatients: 31000, owners: ['D1'] }],
  doctors: [{ id: 'D1', role: 'owner' as const, clinicId: 'C1', ploMember: true }],
};

export const base: ClusterYear = { year: 2025, cluster };

/** The fixture in `year` with an ordinary AGM on 20 March of that year (so no agm.annual-meeting finding). */
export function withAgm(year: number): ClusterYear {
  return { year, cluster, agm: { meeting: `${year}-03-20` } };
}

/** The fixture as a specialist-practice cluster (eKVIS) in 2025. */
export const specialist: ClusterYear = { year: 2025, cluster: { ...cluster, scheme: 'speciallaegepraksis' } };
