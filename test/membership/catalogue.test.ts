import { describe, expect, it } from 'vitest';
import {
  clinicSchema,
  clusterRulesSchema,
  clusterSchema,
  doctorSchema,
  membershipOptionsSchema,
  minimumListedPatientsTable,
  outsideOwnerSchema,
} from '../../src/index.js';

describe('membership parameter table', () => {
  it('the minimum-patients table is described', () => {
    expect(minimumListedPatientsTable.name).toBe('minimumListedPatients');
    expect(minimumListedPatientsTable.unit).toBe('listed patients');
    expect(minimumListedPatientsTable.description.da.length).toBeGreaterThan(20);
    expect(minimumListedPatientsTable.description.en.length).toBeGreaterThan(20);
  });
});

describe('membership schemas are documented (JSON Schema descriptions)', () => {
  it.each([
    ['clusterSchema', clusterSchema.description],
    ['clusterSchema.coordinatorId', clusterSchema.shape.coordinatorId.description],
    ['clusterSchema.outsideOwners', clusterSchema.shape.outsideOwners.description],
    ['clusterRulesSchema', clusterRulesSchema.description],
    ['clusterRulesSchema.traineesTakePart', clusterRulesSchema.shape.traineesTakePart.description],
    ['clinicSchema', clinicSchema.description],
    ['clinicSchema.id', clinicSchema.shape.id.description],
    ['clinicSchema.listedPatients', clinicSchema.shape.listedPatients.description],
    ['clinicSchema.owners', clinicSchema.shape.owners.description],
    ['doctorSchema', doctorSchema.description],
    ['doctorSchema.clinicId', doctorSchema.shape.clinicId.description],
    ['doctorSchema.clusterId', doctorSchema.shape.clusterId.description],
    ['doctorSchema.ploMember', doctorSchema.shape.ploMember.description],
    ['outsideOwnerSchema', outsideOwnerSchema.description],
    ['outsideOwnerSchema.clinicId', outsideOwnerSchema.shape.clinicId.description],
    ['membershipOptionsSchema', membershipOptionsSchema.description],
    ['membershipOptionsSchema.minimumPatients', membershipOptionsSchema.shape.minimumPatients.description],
  ])('%s', (_, description) => {
    expect(description?.length ?? 0).toBeGreaterThan(5);
  });
});
