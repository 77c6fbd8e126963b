import { describe, expect, it } from 'vitest';
import {
  clinicSchema,
  clusterRulesSchema,
  clusterSchema,
  doctorSchema,
  membershipOptionsSchema,
  minimumListedPatientsTable,
  outsideOwnerSchema,
  ruleCatalogue,
  SOURCES,
} from '../../src/index.js';

const expected = {
  'membership.patient-base': { kind: 'recommendation', sources: [['klyngeregler-2023', '2.1']] },
  'membership.co-owners-same-cluster': { kind: 'requirement', sources: [['klyngeregler-2023', '2.2']] },
  'membership.employed-follow-owner': { kind: 'requirement', sources: [['klyngeregler-2023', '2.3']] },
  'membership.trainees': { kind: 'interpretation', sources: [['klyngeregler-2023', '2.3'], ['design-interpretation', 'Trainee doctors']] },
  'membership.coordinator': {
    kind: 'requirement',
    sources: [['klyngeregler-2023', '7.1'], ['organisering', 'Organisering af klyngearbejde'], ['kiap-guide', 'Formel oprettelse af klyngerne']],
  },
  'membership.outside-quality-visit': { kind: 'requirement', sources: [['klyngeregler-2023', '10.2']] },
  'membership.notify-region': { kind: 'requirement', sources: [['klyngeregler-2023', '10.3'], ['kiap-guide', 'Rollen som klyngekoordinator']] },
} as const;

describe('membership catalogue entries', () => {
  it.each(Object.entries(expected))('%s has its kind, sources and a summary in da and en', (id, { kind, sources }) => {
    const entry = ruleCatalogue[id as keyof typeof expected];
    expect(entry.id).toBe(id);
    expect(entry.kind).toBe(kind);
    expect(entry.sources.map((s) => [s.document, s.section])).toEqual(sources);
    for (const s of entry.sources) expect(Object.keys(SOURCES)).toContain(s.document);
    expect(entry.summary.da.length).toBeGreaterThan(40);
    expect(entry.summary.en.length).toBeGreaterThan(40);
    expect(entry.summary.da).not.toBe(entry.summary.en);
  });

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
