import type { ClusterInput } from '../../src/index.js';

/** A cluster with no findings: 3 clinics, 31,000 listed patients, coordinator D1. */
export function goodCluster(): ClusterInput {
  return {
    id: 'K1',
    name: 'Klynge Nord',
    coordinatorId: 'D1',
    clinics: [
      { id: '111111', listedPatients: 12000, owners: ['D1', 'D2'] },
      { id: '222222', listedPatients: 11000, owners: ['D3'] },
      { id: '333333', listedPatients: 8000, owners: ['D4'] },
    ],
    doctors: [
      { id: 'D1', role: 'owner', clinicId: '111111', ploMember: true },
      { id: 'D2', role: 'owner', clinicId: '111111', ploMember: true, clusterId: 'K1' },
      { id: 'D3', role: 'owner', clinicId: '222222', ploMember: true },
      { id: 'D4', role: 'owner', clinicId: '333333', ploMember: false },
      { id: 'E1', role: 'employed', clinicId: '111111' },
    ],
  };
}
