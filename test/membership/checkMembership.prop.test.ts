import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkMembership, isKlyngeInputError, isRuleId, type ClusterInput } from '../../src/index.js';

const clusterId = fc.constantFrom(undefined, 'K1', 'K2', 'K3');

/** A valid cluster document with random placements, patients, coordinator and outside owners. */
const cluster: fc.Arbitrary<ClusterInput> = fc
  .record({
    clinics: fc.array(
      fc.record({
        listedPatients: fc.nat({ max: 20_000 }),
        owners: fc.array(clusterId, { maxLength: 3 }),
        others: fc.array(fc.record({ role: fc.constantFrom('employed', 'trainee'), clusterId }), { maxLength: 3 }),
        outside: fc.nat({ max: 1 }),
      }),
      { maxLength: 6 },
    ),
    coordinator: fc.option(fc.oneof(fc.constant('nobody'), fc.nat({ max: 20 }).map((n) => `D${n}`)), { nil: undefined }),
    farOutside: fc.nat({ max: 2 }),
    traineesTakePart: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ clinics, coordinator, farOutside, traineesTakePart }) => {
    let next = 0;
    const doctors: ClusterInput['doctors'] = [];
    const outsideOwners: NonNullable<ClusterInput['outsideOwners']> = [];
    const withDefined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    const clinicList = clinics.map((spec, i) => {
      const id = `C${i}`;
      const owners = spec.owners.map((cid) => {
        const doctorId = `D${next++}`;
        doctors.push(withDefined({ id: doctorId, role: 'owner' as const, clinicId: id, clusterId: cid }));
        return doctorId;
      });
      for (const other of spec.others) doctors.push(withDefined({ id: `D${next++}`, role: other.role, clinicId: id, clusterId: other.clusterId }));
      for (let k = 0; k < spec.outside; k += 1) outsideOwners.push({ id: `X${i}-${k}`, clinicId: id });
      return { id, listedPatients: spec.listedPatients, owners };
    });
    for (let k = 0; k < farOutside; k += 1) outsideOwners.push({ id: `Y${k}` });
    return withDefined({
      id: 'K1',
      coordinatorId: coordinator,
      rules: traineesTakePart === undefined ? undefined : { traineesTakePart },
      clinics: clinicList,
      doctors,
      outsideOwners,
    }) as ClusterInput;
  });

const ruleBag = (c: ClusterInput) =>
  checkMembership(c)
    .findings.map((f) => `${f.rule}/${f.severity}`)
    .sort();

test.prop([cluster, fc.infiniteStream(fc.nat())])('the order of clinics does not change the findings (as a multiset of rule ids)', (c, seeds) => {
  const keyed = c.clinics.map((clinic) => ({ clinic, key: seeds.next().value as number }));
  const shuffled = { ...c, clinics: keyed.sort((a, b) => a.key - b.key).map((k) => k.clinic) };
  expect(ruleBag(shuffled)).toEqual(ruleBag(c));
  expect(ruleBag({ ...c, clinics: [...c.clinics].reverse() })).toEqual(ruleBag(c));
});

test.prop([cluster])('pure: same input, same output; the input is not mutated', (c) => {
  const copy = structuredClone(c);
  const first = checkMembership(c);
  expect(c).toEqual(copy);
  expect(checkMembership(copy)).toEqual(first);
});

test.prop([cluster])('every finding cites a catalogue rule with the severity of its kind', (c) => {
  const severityOf: Record<string, string> = {
    'membership.patient-base': 'warning',
    'membership.co-owners-same-cluster': 'violation',
    'membership.employed-follow-owner': 'violation',
    'membership.employed-owner-outside': 'warning',
    'membership.coordinator': 'violation',
    'membership.trainees': 'info',
    'membership.outside-quality-visit': 'info',
    'membership.notify-region': 'info',
  };
  for (const f of checkMembership(c).findings) {
    expect(isRuleId(f.rule)).toBe(true);
    expect(f.severity).toBe(severityOf[f.rule]);
  }
});

test.prop([cluster])('each outside owner gives exactly one quality-visit and one notify-region finding', (c) => {
  const findings = checkMembership(c).findings;
  const n = c.outsideOwners?.length ?? 0;
  expect(findings.filter((f) => f.rule === 'membership.outside-quality-visit').length).toBe(n);
  expect(findings.filter((f) => f.rule === 'membership.notify-region').length).toBe(n);
});

test.prop([cluster])('patient-base warning ⇔ fewer than 30,000 listed patients', (c) => {
  const total = c.clinics.reduce((s, clinic) => s + (clinic.listedPatients ?? 0), 0);
  expect(checkMembership(c).findings.some((f) => f.rule === 'membership.patient-base')).toBe(total < 30_000);
});

test.prop([
  cluster,
  fc.oneof(
    fc.constant((c: ClusterInput) => c.doctors.push({ id: 'Q', role: 'employed', clinicId: 'no-such-clinic' })),
    fc.constant((c: ClusterInput) => c.clinics.push({ id: 'CX', listedPatients: -1, owners: [] })),
    fc.constant((c: ClusterInput) => c.clinics.push({ id: 'CY', listedPatients: 0.5, owners: [] })),
    fc.constant((c: ClusterInput) => c.clinics.push({ id: 'CZ', listedPatients: 1, owners: ['nobody'] })),
    fc.constant((c: ClusterInput) => c.clinics.push({ id: 'CW', listedPatients: 1, owners: [] }, { id: 'CW', listedPatients: 1, owners: [] })),
  ),
])('malformed documents are rejected with KlyngeInputError, never another error', (c, spoil) => {
  const bad = structuredClone(c);
  spoil(bad);
  let caught: unknown;
  try {
    checkMembership(bad);
  } catch (error) {
    caught = error;
  }
  expect(isKlyngeInputError(caught)).toBe(true);
});

test.prop([fc.anything()])('arbitrary junk never throws anything but KlyngeInputError', (junk) => {
  try {
    checkMembership(junk as never);
  } catch (error) {
    expect(isKlyngeInputError(error)).toBe(true);
  }
});

/**
 * The map-based owner lookup gives the same co-owner and employed-doctor findings as the
 * direct reading of §2.2/§2.3 it replaced: for each clinic, scan every doctor and every
 * outside owner. No timing is asserted.
 */
function placementReference(c: ClusterInput): [string, string, unknown][] {
  const own = c.id;
  const clusterOf = (id: string): string => c.doctors.find((d) => d.id === id)!.clusterId ?? own;
  const ownersOf = (clinicId: string) => [
    ...c.clinics.find((k) => k.id === clinicId)!.owners.map((id) => ({ id, clusterId: clusterOf(id) as string | null })),
    ...(c.outsideOwners ?? []).filter((o) => o.clinicId === clinicId).map((o) => ({ id: o.id, clusterId: null as string | null })),
  ];
  const out: [string, string, unknown][] = [];
  for (const clinic of c.clinics) {
    const owners = ownersOf(clinic.id);
    if (new Set(owners.map((o) => o.clusterId)).size > 1) out.push(['membership.co-owners-same-cluster', 'violation', { clinicId: clinic.id, owners }]);
  }
  for (const d of c.doctors) {
    if (d.role !== 'employed') continue;
    const ownerClusterIds = [...new Set(ownersOf(d.clinicId).map((o) => o.clusterId))];
    const clusterId = d.clusterId ?? own;
    if (ownerClusterIds.length === 0 || ownerClusterIds.includes(clusterId)) continue;
    const outside = ownerClusterIds.length === 1 && ownerClusterIds[0] === null;
    out.push([
      outside ? 'membership.employed-owner-outside' : 'membership.employed-follow-owner',
      outside ? 'warning' : 'violation',
      { doctorId: d.id, clinicId: d.clinicId, clusterId, ownerClusterIds },
    ]);
  }
  return out;
}

test.prop([cluster])('co-owner and employed-doctor findings equal a direct scan of every clinic, doctor and outside owner', (c) => {
  const placement = new Set(['membership.co-owners-same-cluster', 'membership.employed-follow-owner', 'membership.employed-owner-outside']);
  const found = checkMembership(c)
    .findings.filter((f) => placement.has(f.rule))
    .map((f) => [f.rule, f.severity, f.data]);
  expect(found).toEqual(placementReference(c));
});
