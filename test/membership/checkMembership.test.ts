import { describe, expect, it } from 'vitest';
import {
  checkMembership,
  clusterSchema,
  isRuleId,
  KlyngeInputError,
  minimumListedPatientsTable,
  ruleCatalogue,
  type ClusterInput,
} from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';
import { goodCluster } from './fixtures.js';

const rulesOf = (c: ClusterInput, options?: Parameters<typeof checkMembership>[1]) =>
  checkMembership(c, options).findings.map((f) => [f.rule, f.severity]);

describe('checkMembership', () => {
  it('a well-formed cluster has no findings', () => {
    expect(checkMembership(goodCluster())).toEqual({ findings: [] });
  });

  it('the scheme may be given explicitly', () => {
    expect(checkMembership({ ...goodCluster(), scheme: 'almen-praksis' })).toEqual({ findings: [] });
    expect(checkMembership({ ...goodCluster(), scheme: 'speciallaegepraksis' })).toEqual({ findings: [] });
  });

  describe('membership.patient-base (§2.1, bør)', () => {
    it('fewer than 30,000 listed patients is a warning with the figure', () => {
      const c = goodCluster();
      c.clinics[2]!.listedPatients = 6999; // 29,999 in all
      expect(checkMembership(c).findings).toEqual([
        {
          rule: 'membership.patient-base',
          severity: 'warning',
          message: {
            da: 'Klyngens klinikker har tilsammen 29.999 tilmeldte patienter; en klynge bør have mindst 30.000.',
            en: "The cluster's clinics have 29,999 listed patients in all; a cluster should have at least 30,000.",
          },
          source: { document: 'klyngeregler-2023', section: '2.1' },
          data: { listedPatients: 29999, minimum: 30000 },
        },
      ]);
    });

    it('exactly 30,000 is enough', () => {
      const c = goodCluster();
      c.clinics[2]!.listedPatients = 7000;
      expect(checkMembership(c).findings).toEqual([]);
    });

    it('the minimum can be overridden', () => {
      const c = goodCluster(); // 31,000
      expect(rulesOf(c, { minimumPatients: 31001 })).toEqual([['membership.patient-base', 'warning']]);
      expect(checkMembership(c, { minimumPatients: 31001 }).findings[0]!.data).toEqual({ listedPatients: 31000, minimum: 31001 });
      expect(rulesOf(c, { minimumPatients: 31000 })).toEqual([]);
    });

    it('small figures are printed without separators; large ones with', () => {
      const c: ClusterInput = { ...goodCluster(), clinics: [{ id: '111111', listedPatients: 950, owners: ['D1', 'D2'] }] };
      c.doctors = goodCluster().doctors.filter((d) => d.clinicId === '111111');
      expect(checkMembership(c, { minimumPatients: 1234567 }).findings[0]!.message).toEqual({
        da: 'Klyngens klinikker har tilsammen 950 tilmeldte patienter; en klynge bør have mindst 1.234.567.',
        en: "The cluster's clinics have 950 listed patients in all; a cluster should have at least 1,234,567.",
      });
    });

    it('is not applied in the specialist scheme, where listedPatients may be left out', () => {
      const c = goodCluster();
      c.scheme = 'speciallaegepraksis';
      for (const clinic of c.clinics) delete clinic.listedPatients;
      expect(checkMembership(c).findings).toEqual([]);
    });

    it('is not applied in the specialist scheme even with few listed patients', () => {
      const c = goodCluster();
      c.scheme = 'speciallaegepraksis';
      c.clinics[0]!.listedPatients = 10;
      expect(checkMembership(c).findings).toEqual([]);
    });

    it('the rule entry carries the dated value 30,000', () => {
      expect(ruleCatalogue['membership.patient-base'].parameters).toEqual([minimumListedPatientsTable]);
      expect(minimumListedPatientsTable.values).toEqual([
        { from: '1900-01-01', value: 30000, source: { document: 'klyngeregler-2023', section: '2.1' } },
      ]);
      expect(ruleCatalogue['membership.patient-base'].kind).toBe('recommendation');
    });
  });

  describe('membership.co-owners-same-cluster (§2.2)', () => {
    it('co-owners in different clusters is a violation naming the clinic and each owner’s cluster', () => {
      const c = goodCluster();
      c.doctors[1]!.clusterId = 'K2';
      expect(checkMembership(c).findings).toEqual([
        {
          rule: 'membership.co-owners-same-cluster',
          severity: 'violation',
          message: {
            da: "Ejerne af klinik '111111' er ikke i samme klynge: 'D1' ('K1'), 'D2' ('K2') (– = ingen klynge).",
            en: "The owners of clinic '111111' are not in the same cluster: 'D1' ('K1'), 'D2' ('K2') (– = no cluster).",
          },
          source: { document: 'klyngeregler-2023', section: '2.2' },
          data: {
            clinicId: '111111',
            owners: [
              { id: 'D1', clusterId: 'K1' },
              { id: 'D2', clusterId: 'K2' },
            ],
          },
        },
      ]);
    });

    it('a co-owner who stays outside every cluster is a violation too, besides the duties', () => {
      const c = goodCluster();
      c.outsideOwners = [{ id: 'X1', clinicId: '222222' }];
      const findings = checkMembership(c).findings;
      expect(findings.map((f) => [f.rule, f.severity])).toEqual([
        ['membership.co-owners-same-cluster', 'violation'],
        ['membership.outside-quality-visit', 'info'],
        ['membership.notify-region', 'info'],
      ]);
      expect(findings[0]!.message.en).toBe("The owners of clinic '222222' are not in the same cluster: 'D3' ('K1'), 'X1' (–) (– = no cluster).");
      expect(findings[0]!.data).toEqual({ clinicId: '222222', owners: [{ id: 'D3', clusterId: 'K1' }, { id: 'X1', clusterId: null }] });
    });

    it('co-owners who all take part in another cluster are not split', () => {
      const c = goodCluster();
      c.doctors[0]!.clusterId = 'K9';
      c.doctors[1]!.clusterId = 'K9';
      c.doctors[4]!.clusterId = 'K9';
      c.coordinatorId = 'D3';
      expect(checkMembership(c).findings).toEqual([]);
    });
  });

  describe('membership.employed-follow-owner (§2.3)', () => {
    it("an employed doctor in another cluster than the owners' is a violation", () => {
      const c = goodCluster();
      c.doctors[4]!.clusterId = 'K2';
      expect(checkMembership(c).findings).toEqual([
        {
          rule: 'membership.employed-follow-owner',
          severity: 'violation',
          message: {
            da: "Den ansatte læge 'E1' i klinik '111111' deltager i klynge 'K2', men ejeren er ikke med i den klynge; en ansat læge deltager i ejerens klynge.",
            en: "Employed doctor 'E1' of clinic '111111' takes part in cluster 'K2', which the owner does not belong to; an employed doctor takes part in the owner's cluster.",
          },
          source: { document: 'klyngeregler-2023', section: '2.3' },
          data: { doctorId: 'E1', clinicId: '111111', clusterId: 'K2', ownerClusterIds: ['K1'] },
        },
      ]);
    });

    it('an employed doctor following the owners elsewhere is fine', () => {
      const c = goodCluster();
      c.clinics.push({ id: '444444', listedPatients: 0, owners: ['D5'] });
      c.doctors.push({ id: 'D5', role: 'owner', clinicId: '444444', clusterId: 'K2' }, { id: 'E5', role: 'employed', clinicId: '444444', clusterId: 'K2' });
      expect(checkMembership(c).findings).toEqual([]);
    });

    it('an employed doctor here whose owner stands outside every cluster gets a warning, not a violation (§2.3 with §10.1)', () => {
      const c = goodCluster();
      c.clinics.push({ id: '555555', listedPatients: 0, owners: [] });
      c.doctors.push({ id: 'E6', role: 'employed', clinicId: '555555' });
      c.outsideOwners = [{ id: 'X6', clinicId: '555555' }];
      const findings = checkMembership(c).findings;
      expect(findings.map((f) => [f.rule, f.severity])).toEqual([
        ['membership.employed-owner-outside', 'warning'],
        ['membership.outside-quality-visit', 'info'],
        ['membership.notify-region', 'info'],
      ]);
      expect(findings[0]!.data).toEqual({ doctorId: 'E6', clinicId: '555555', clusterId: 'K1', ownerClusterIds: [null] });
      expect(findings[0]!.source).toEqual({ document: 'klyngeregler-2023', section: '2.3' });
      expect(findings[0]!.message.en).toContain('§10.1');
    });

    it('with split owners, following one of them is not a §2.3 violation (§2.2 already fires)', () => {
      const c = goodCluster();
      c.doctors[1]!.clusterId = 'K2';
      c.doctors[4]!.clusterId = 'K2';
      expect(rulesOf(c)).toEqual([['membership.co-owners-same-cluster', 'violation']]);
    });

    it('a clinic without known owners (e.g. a regional clinic) cannot be judged', () => {
      const c = goodCluster();
      c.clinics.push({ id: '666666', listedPatients: 100, owners: [] });
      c.doctors.push({ id: 'E7', role: 'employed', clinicId: '666666', clusterId: 'K3' });
      expect(checkMembership(c).findings).toEqual([]);
    });

    it('trainees are not judged by the placement rule', () => {
      const c = goodCluster();
      c.rules = { traineesTakePart: true };
      c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111', clusterId: 'K3' });
      expect(checkMembership(c).findings).toEqual([]);
    });
  });

  describe('membership.coordinator (§7.1, organisering)', () => {
    it('no coordinator is a violation', () => {
      const c = goodCluster();
      delete c.coordinatorId;
      expect(checkMembership(c).findings).toEqual([
        {
          rule: 'membership.coordinator',
          severity: 'violation',
          message: {
            da: 'Klyngen har ingen klyngekoordinator; der skal være valgt en koordinator, som er læge i klyngen.',
            en: 'The cluster has no coordinator; a coordinator who is a doctor of the cluster must be elected.',
          },
          source: { document: 'klyngeregler-2023', section: '7.1' },
          data: { reason: 'missing' },
        },
      ]);
    });

    it('a coordinator who is not a doctor of the cluster is a violation', () => {
      const c = goodCluster();
      c.coordinatorId = 'S1';
      expect(checkMembership(c).findings).toEqual([
        {
          rule: 'membership.coordinator',
          severity: 'violation',
          message: {
            da: "Klyngekoordinatoren 'S1' er ikke en læge, der deltager i klyngen; koordinatoren skal være læge i klyngen.",
            en: "The coordinator 'S1' is not a doctor taking part in the cluster; the coordinator must be a doctor of the cluster.",
          },
          source: { document: 'klyngeregler-2023', section: '7.1' },
          data: { reason: 'not-a-doctor-of-the-cluster', coordinatorId: 'S1' },
        },
      ]);
    });

    it('a coordinator who takes part in another cluster is a violation', () => {
      const c = goodCluster();
      c.clinics.push({ id: '444444', listedPatients: 0, owners: ['D5'] });
      c.doctors.push({ id: 'D5', role: 'owner', clinicId: '444444', clusterId: 'K2' });
      c.coordinatorId = 'D5';
      expect(checkMembership(c).findings.map((f) => [f.rule, f.severity, f.data])).toEqual([
        ['membership.coordinator', 'violation', { reason: 'not-a-doctor-of-the-cluster', coordinatorId: 'D5' }],
      ]);
    });

    it('an outside owner as coordinator is a violation', () => {
      const c = goodCluster();
      c.outsideOwners = [{ id: 'X1' }];
      c.coordinatorId = 'X1';
      expect(rulesOf(c)).toEqual([
        ['membership.coordinator', 'violation'],
        ['membership.outside-quality-visit', 'info'],
        ['membership.notify-region', 'info'],
      ]);
    });

    it('an employed doctor of the cluster may be coordinator', () => {
      const c = goodCluster();
      c.coordinatorId = 'E1';
      expect(checkMembership(c).findings).toEqual([]);
    });
  });

  describe('membership.trainees (§2.3, interpretation)', () => {
    it('trainees listed without the cluster’s decision give an info finding', () => {
      const c = goodCluster();
      c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111' }, { id: 'T2', role: 'trainee', clinicId: '222222' });
      expect(checkMembership(c).findings).toEqual([
        {
          rule: 'membership.trainees',
          severity: 'info',
          message: {
            da: "Klinikkerne har uddannelseslæger ('T1', 'T2'); klyngen bestemmer i sine regler, om uddannelseslæger deltager, og det er ikke oplyst (rules.traineesTakePart).",
            en: "The clinics have trainee doctors ('T1', 'T2'); the cluster decides in its rules whether trainees take part, and that is not stated (rules.traineesTakePart).",
          },
          source: { document: 'klyngeregler-2023', section: '2.3' },
          data: { traineeIds: ['T1', 'T2'] },
        },
      ]);
    });

    it.each([true, false])('no finding when the decision is stated (%s)', (traineesTakePart) => {
      const c = goodCluster();
      c.rules = { traineesTakePart };
      c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111' });
      expect(checkMembership(c).findings).toEqual([]);
    });
  });

  describe('membership.outside-quality-visit and membership.notify-region (§10.2, §10.3)', () => {
    it('each owner outside every cluster gives two info findings with the duties', () => {
      const c = goodCluster();
      c.outsideOwners = [{ id: 'X1', name: 'Dr. X', clinicId: '999999' }, { id: 'X2' }];
      expect(checkMembership(c).findings).toStrictEqual([
        {
          rule: 'membership.outside-quality-visit',
          severity: 'info',
          message: {
            da: "Klinikejer 'X1' står uden for klyngesamarbejdet og skal hvert år have et kvalitetsbesøg af en regional kvalitetskonsulent.",
            en: "Clinic owner 'X1' stands outside the cluster work and must receive a yearly quality visit from a regional quality consultant.",
          },
          source: { document: 'klyngeregler-2023', section: '10.2' },
          data: { ownerId: 'X1', clinicId: '999999' },
        },
        {
          rule: 'membership.notify-region',
          severity: 'info',
          message: {
            da: "Klyngekoordinatoren skal give regionen besked om, at klinikejer 'X1' står uden for klyngesamarbejdet.",
            en: "The coordinator must tell the region that clinic owner 'X1' stands outside the cluster work.",
          },
          source: { document: 'klyngeregler-2023', section: '10.3' },
          data: { ownerId: 'X1', clinicId: '999999' },
        },
        {
          rule: 'membership.outside-quality-visit',
          severity: 'info',
          message: {
            da: "Klinikejer 'X2' står uden for klyngesamarbejdet og skal hvert år have et kvalitetsbesøg af en regional kvalitetskonsulent.",
            en: "Clinic owner 'X2' stands outside the cluster work and must receive a yearly quality visit from a regional quality consultant.",
          },
          source: { document: 'klyngeregler-2023', section: '10.2' },
          data: { ownerId: 'X2' },
        },
        {
          rule: 'membership.notify-region',
          severity: 'info',
          message: {
            da: "Klyngekoordinatoren skal give regionen besked om, at klinikejer 'X2' står uden for klyngesamarbejdet.",
            en: "The coordinator must tell the region that clinic owner 'X2' stands outside the cluster work.",
          },
          source: { document: 'klyngeregler-2023', section: '10.3' },
          data: { ownerId: 'X2' },
        },
      ]);
    });
  });

  it('findings come in a fixed order and every rule is in the catalogue', () => {
    const c = goodCluster();
    c.clinics[0]!.listedPatients = 0;
    c.doctors[1]!.clusterId = 'K2';
    c.doctors.push({ id: 'E9', role: 'employed', clinicId: '222222', clusterId: 'K5' }, { id: 'T1', role: 'trainee', clinicId: '111111' });
    delete c.coordinatorId;
    c.outsideOwners = [{ id: 'X1' }];
    const findings = checkMembership(c).findings;
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['membership.patient-base', 'warning'],
      ['membership.co-owners-same-cluster', 'violation'],
      ['membership.employed-follow-owner', 'violation'],
      ['membership.coordinator', 'violation'],
      ['membership.trainees', 'info'],
      ['membership.outside-quality-visit', 'info'],
      ['membership.notify-region', 'info'],
    ]);
    for (const f of findings) expect(isRuleId(f.rule)).toBe(true);
  });

  it('never echoes a CPR-like id in a finding message', () => {
    const c = goodCluster();
    c.outsideOwners = [{ id: '010190-1234', clinicId: '111111' }];
    c.coordinatorId = '0101901234';
    const messages = JSON.stringify(checkMembership(c).findings.map((f) => f.message));
    expect(messages).not.toMatch(/\d{6}-?\d{4}/);
    expect(messages).toContain('[CPR]');
  });

  it('does not mutate its input', () => {
    const c = goodCluster();
    c.doctors[1]!.clusterId = 'K2';
    const copy = structuredClone(c);
    checkMembership(Object.freeze(c));
    expect(c).toEqual(copy);
  });
});

describe('checkMembership input errors (KlyngeInputError with path)', () => {
  const cases: [string, (c: ClusterInput) => unknown, (string | number)[], string][] = [
    ['duplicate clinic id', (c) => c.clinics.push({ id: '111111', listedPatients: 1, owners: [] }), ['clinics', 3, 'id'], "duplicate clinic id '111111'"],
    ['duplicate doctor id', (c) => c.doctors.push({ id: 'E1', role: 'employed', clinicId: '222222' }), ['doctors', 5, 'id'], "duplicate doctor id 'E1'"],
    ['outside owner with a doctor’s id', (c) => (c.outsideOwners = [{ id: 'D3' }]), ['outsideOwners', 0, 'id'], "duplicate person id 'D3'"],
    ['outside owner listed twice', (c) => (c.outsideOwners = [{ id: 'X' }, { id: 'X' }]), ['outsideOwners', 1, 'id'], "duplicate person id 'X'"],
    ['doctor in an unknown clinic', (c) => c.doctors.push({ id: 'E2', role: 'employed', clinicId: '999999' }), ['doctors', 5, 'clinicId'], "doctor 'E2' refers to unknown clinic '999999'"],
    ['owner who is not a doctor', (c) => c.clinics[1]!.owners.push('Z9'), ['clinics', 1, 'owners', 1], "owner 'Z9' of clinic '222222' is not a doctor in doctors"],
    ['owner listed twice', (c) => c.clinics[1]!.owners.push('D3'), ['clinics', 1, 'owners', 1], "owner 'D3' is listed twice for clinic '222222'"],
    ['employed doctor listed as owner', (c) => c.clinics[0]!.owners.push('E1'), ['clinics', 0, 'owners', 2], "'E1' is listed as an owner of clinic '111111' but has role 'employed'"],
    ['owner of another clinic listed as owner', (c) => c.clinics[1]!.owners.push('D4'), ['clinics', 1, 'owners', 1], "'D4' is listed as an owner of clinic '222222' but works in clinic '333333'"],
    ['owner doctor missing from the clinic’s owners', (c) => (c.clinics[2]!.owners = []), ['doctors', 3, 'role'], "doctor 'D4' is an owner but not listed among the owners of clinic '333333'"],
    ['negative patients', (c) => (c.clinics[0]!.listedPatients = -1), ['clinics', 0, 'listedPatients'], 'listedPatients must not be negative'],
    ['fractional patients', (c) => (c.clinics[0]!.listedPatients = 10.5), ['clinics', 0, 'listedPatients'], 'listedPatients must be a whole number'],
    ['patients as a string', (c) => ((c.clinics[0] as { listedPatients: unknown }).listedPatients = '100'), ['clinics', 0, 'listedPatients'], 'listedPatients must be a number'],
    ['missing patients in almen praksis', (c) => delete c.clinics[2]!.listedPatients, ['clinics', 2, 'listedPatients'], "clinic '333333' needs listedPatients in the almen-praksis scheme"],
    ['unknown scheme', (c) => ((c as { scheme: unknown }).scheme = 'hospital'), ['scheme'], "scheme must be 'almen-praksis' or 'speciallaegepraksis'"],
    ['unknown role', (c) => ((c.doctors[4] as { role: unknown }).role = 'locum'), ['doctors', 4, 'role'], "role must be 'owner', 'employed' or 'trainee'"],
    ['empty cluster id', (c) => (c.id = ''), ['id'], 'cluster id must not be empty'],
    ['empty coordinator id', (c) => (c.coordinatorId = ''), ['coordinatorId'], 'coordinatorId must not be empty'],
    ['empty clusterId', (c) => (c.doctors[0]!.clusterId = ''), ['doctors', 0, 'clusterId'], 'clusterId must not be empty'],
    ['owners not a list', (c) => ((c.clinics[0] as { owners: unknown }).owners = 'D1'), ['clinics', 0, 'owners'], 'owners must be a list of doctor ids'],
    ['clinics not a list', (c) => ((c as { clinics: unknown }).clinics = {}), ['clinics'], 'clinics must be a list'],
    ['doctors not a list', (c) => ((c as { doctors: unknown }).doctors = null), ['doctors'], 'doctors must be a list'],
    ['outsideOwners not a list', (c) => ((c as { outsideOwners: unknown }).outsideOwners = 'X'), ['outsideOwners'], 'outsideOwners must be a list'],
    ['traineesTakePart not boolean', (c) => ((c as { rules: unknown }).rules = { traineesTakePart: 'yes' }), ['rules', 'traineesTakePart'], 'traineesTakePart must be true or false'],
    ['clinic id not a string', (c) => ((c.clinics[0] as { id: unknown }).id = 1), ['clinics', 0, 'id'], 'clinic id must be a string'],
    ['empty clinic id', (c) => c.clinics.push({ id: '', listedPatients: 1, owners: [] }), ['clinics', 3, 'id'], 'clinic id must not be empty'],
    ['owner id not a string', (c) => ((c.clinics[0]!.owners as unknown[])[0] = 1), ['clinics', 0, 'owners', 0], 'owner id must be a string'],
    ['empty owner id', (c) => (c.clinics[0]!.owners[0] = ''), ['clinics', 0, 'owners', 0], 'owner id must not be empty'],
    ['doctor id not a string', (c) => ((c.doctors[4] as { id: unknown }).id = null), ['doctors', 4, 'id'], 'doctor id must be a string'],
    ['empty doctor id', (c) => (c.doctors[4]!.id = ''), ['doctors', 4, 'id'], 'doctor id must not be empty'],
    ['clinicId not a string', (c) => ((c.doctors[4] as { clinicId: unknown }).clinicId = 111111), ['doctors', 4, 'clinicId'], 'clinicId must be a string'],
    ['ploMember not boolean', (c) => ((c.doctors[4] as { ploMember: unknown }).ploMember = 'no'), ['doctors', 4, 'ploMember'], 'ploMember must be true or false'],
    ['outside owner id not a string', (c) => (c.outsideOwners = [{ id: 5 as never }]), ['outsideOwners', 0, 'id'], 'outside owner id must be a string'],
    ['empty outside owner id', (c) => (c.outsideOwners = [{ id: '' }]), ['outsideOwners', 0, 'id'], 'outside owner id must not be empty'],
    ['empty outside owner clinicId', (c) => (c.outsideOwners = [{ id: 'X', clinicId: '' }]), ['outsideOwners', 0, 'clinicId'], 'clinicId must not be empty'],
    ['cluster id not a string', (c) => ((c as { id: unknown }).id = undefined), ['id'], 'cluster id must be a string'],
    ['coordinatorId not a string', (c) => ((c as { coordinatorId: unknown }).coordinatorId = 3), ['coordinatorId'], 'coordinatorId must be a string'],
    ['name not a string', (c) => ((c as { name: unknown }).name = 5), ['name'], 'name must be a string'],
  ];
  it.each(cases)('%s', (_, change, path, message) => {
    const c = goodCluster();
    change(c);
    expect(issuesOf(() => checkMembership(c))[0]).toEqual({ path, message });
  });

  it('reports every problem at once', () => {
    const c = goodCluster();
    c.clinics[0]!.listedPatients = -5;
    c.doctors.push({ id: 'E2', role: 'employed', clinicId: 'nope' });
    expect(issuesOf(() => checkMembership(c)).map((i) => i.path)).toEqual([
      ['clinics', 0, 'listedPatients'],
      ['doctors', 5, 'clinicId'],
    ]);
  });

  it('rejects bad options under options', () => {
    expect(issuesOf(() => checkMembership(goodCluster(), { minimumPatients: -1 }))).toEqual([
      { path: ['options', 'minimumPatients'], message: 'minimumPatients must not be negative' },
    ]);
    expect(issuesOf(() => checkMembership(goodCluster(), { minimumPatients: 2.5 }))[0]!.message).toBe('minimumPatients must be a whole number');
    expect(issuesOf(() => checkMembership(goodCluster(), { minimumPatients: '1' as never }))[0]!.message).toBe('minimumPatients must be a number');
  });

  it('rejects a non-object', () => {
    expect(issuesOf(() => checkMembership(null as never))[0]!.path).toEqual([]);
  });

  it('error messages redact CPR-like ids', () => {
    const c = goodCluster();
    c.doctors.push({ id: '010190-1234', role: 'employed', clinicId: 'nope' });
    expect((() => { try { checkMembership(c); } catch (e) { return (e as KlyngeInputError).message; } return ''; })()).not.toMatch(/\d{6}-?\d{4}/);
  });
});

describe('clusterSchema', () => {
  it('fills in the defaults: scheme, rules and outsideOwners', () => {
    const parsed = clusterSchema.parse(goodCluster());
    expect(parsed.scheme).toBe('almen-praksis');
    expect(parsed.rules).toEqual({ votingRoles: ['owner'], requirePloMembership: true });
    expect(parsed.outsideOwners).toEqual([]);
  });

  it('keeps given cluster rules', () => {
    const c = goodCluster();
    c.rules = { votingRoles: ['owner', 'employed'], requirePloMembership: false, traineesTakePart: true };
    expect(clusterSchema.parse(c).rules).toEqual({ votingRoles: ['owner', 'employed'], requirePloMembership: false, traineesTakePart: true });
  });
});

describe('checkMembership findings, table-driven', () => {
  type Change = (c: ClusterInput) => void;
  const cases: [string, Change, [string, string][]][] = [
    ['a well-formed cluster', () => undefined, []],
    ['employed doctor in another cluster than the owner', (c) => (c.doctors[4]!.clusterId = 'K2'), [['membership.employed-follow-owner', 'violation']]],
    [
      'employed doctor whose co-owners are split between a cluster and none, taking part in a third',
      (c) => {
        c.outsideOwners = [{ id: 'X1', clinicId: '111111' }];
        c.doctors[4]!.clusterId = 'K7';
      },
      [
        ['membership.co-owners-same-cluster', 'violation'],
        ['membership.employed-follow-owner', 'violation'],
        ['membership.outside-quality-visit', 'info'],
        ['membership.notify-region', 'info'],
      ],
    ],
    [
      'employed doctor whose only owner is outside, taking part elsewhere',
      (c) => {
        c.clinics.push({ id: '555555', listedPatients: 0, owners: [] });
        c.doctors.push({ id: 'E6', role: 'employed', clinicId: '555555', clusterId: 'K4' });
        c.outsideOwners = [{ id: 'X6', clinicId: '555555' }];
      },
      [
        ['membership.employed-owner-outside', 'warning'],
        ['membership.outside-quality-visit', 'info'],
        ['membership.notify-region', 'info'],
      ],
    ],
    [
      'trainee coordinator where trainees do not take part',
      (c) => {
        c.rules = { traineesTakePart: false };
        c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111' });
        c.coordinatorId = 'T1';
      },
      [['membership.coordinator', 'violation']],
    ],
    [
      'trainee coordinator where trainees take part',
      (c) => {
        c.rules = { traineesTakePart: true };
        c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111' });
        c.coordinatorId = 'T1';
      },
      [],
    ],
    [
      'trainee coordinator where the decision is not stated (unknown: no violation)',
      (c) => {
        c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111' });
        c.coordinatorId = 'T1';
      },
      [['membership.trainees', 'info']],
    ],
    ['owner coordinator where trainees do not take part', (c) => (c.rules = { traineesTakePart: false }), []],
  ];
  it.each(cases)('%s', (_, change, expected) => {
    const c = goodCluster();
    change(c);
    expect(checkMembership(c).findings.map((f) => [f.rule, f.severity])).toEqual(expected);
  });

  it('membership.coordinator: a trainee coordinator where trainees do not take part names the reason', () => {
    const c = goodCluster();
    c.rules = { traineesTakePart: false };
    c.doctors.push({ id: 'T1', role: 'trainee', clinicId: '111111' });
    c.coordinatorId = 'T1';
    const [f] = checkMembership(c).findings;
    expect(f!.data).toEqual({ reason: 'trainee-not-a-member', coordinatorId: 'T1' });
    expect(f!.message.en).toBe(
      "The coordinator 'T1' is a trainee doctor, and the cluster's rules say trainees do not take part; the coordinator must be a member of the cluster.",
    );
  });
});

describe('membership.patient-base: the minimum is read by date (table-driven)', () => {
  const cases: [string, number | undefined, number][] = [
    ['no year: the latest entry', undefined, 30000],
    ['2019, before the 2023 template (back-dated)', 2019, 30000],
    ['2025', 2025, 30000],
  ];
  it.each(cases)('%s', (_, year, minimum) => {
    const c = goodCluster();
    c.clinics[0]!.listedPatients = 0; // 19,000 in all
    const f = checkMembership(c, year === undefined ? {} : { year }).findings[0]!;
    expect([f.rule, f.data]).toEqual(['membership.patient-base', { listedPatients: 19000, minimum }]);
  });

  it('a year outside the accepted range is an input error under options', () => {
    expect(issuesOf(() => checkMembership(goodCluster(), { year: 1800 }))[0]!.path).toEqual(['options', 'year']);
  });
});

describe('checkMembership: unknown keys are input errors (#16)', () => {
  const cases: [string, (c: ClusterInput) => void, (string | number)[], string][] = [
    ['clustrId on a doctor (the reproduction)', (c) => Object.assign(c.doctors[4]!, { clustrId: 'K2' }), ['doctors', 4], 'clustrId'],
    ['unknown key on the cluster', (c) => Object.assign(c, { coordinator: 'D1' }), [], 'coordinator'],
    ['unknown key on a clinic', (c) => Object.assign(c.clinics[1]!, { patients: 10 }), ['clinics', 1], 'patients'],
    ['unknown key on the rules', (c) => (c.rules = { traineesTakePart: true, traineeTakePart: false } as never), ['rules'], 'traineeTakePart'],
    ['unknown key on an outside owner', (c) => (c.outsideOwners = [{ id: 'X1', clinic: '111111' } as never]), ['outsideOwners', 0], 'clinic'],
  ];
  it.each(cases)('%s', (_, change, path, key) => {
    const c = goodCluster();
    change(c);
    const [issue] = issuesOf(() => checkMembership(c));
    expect(issue!.path).toEqual(path);
    expect(issue!.message).toContain(key);
  });

  it('the reproduction spelled right gives the violation the typo hid', () => {
    const c = goodCluster();
    c.doctors[4]!.clusterId = 'K2';
    expect(checkMembership(c).findings.map((f) => f.rule)).toEqual(['membership.employed-follow-owner']);
  });

  it('an unknown option is an input error under options', () => {
    const [issue] = issuesOf(() => checkMembership(goodCluster(), { minimumPatient: 1 } as never));
    expect(issue!.path).toEqual(['options']);
    expect(issue!.message).toContain('minimumPatient');
  });
});
