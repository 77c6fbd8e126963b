/**
 * Who a cluster consists of (klyngeregler-2023 §2), its coordinator (§7.1;
 * organisering; kiap-guide "Formel oprettelse af klyngerne") and the duties
 * when a clinic owner stands outside every cluster (§10.2, §10.3).
 */
import { z } from 'zod';
import { valueOn } from '../../core/parameterTable.js';
import { yearSchema } from '../../core/dates.js';
import { longDates } from '../../core/dateText.js';
import { officeFindings } from '../governance/offices.js';
import { echo, inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { parseInput } from '../../core/validate.js';
import { clusterSchema, type Cluster, type ClusterInput } from './clusterSchema.js';
import { minimumListedPatientsTable } from '../../params/membership.js';
import { membershipRules as R } from './membershipRules.js';

/**
 * zod schema of the options of {@link checkMembership}.
 *
 * @example
 * membershipOptionsSchema.safeParse({ minimumPatients: 25000 }).success // true
 * membershipOptionsSchema.safeParse({ minimumPatient: 25000 }).success // false (unknown key)
 */
export const membershipOptionsSchema = z
  .strictObject({
    minimumPatients: z
      .number({ message: 'minimumPatients must be a number' })
      .int({ message: 'minimumPatients must be a whole number' })
      .nonnegative({ message: 'minimumPatients must not be negative' })
      .optional()
      .describe('Override of the recommended least number of listed patients (30,000)'),
    year: yearSchema
      .optional()
      .describe('The year the check is for (the year of the report): the minimum in force on 1 January of that year is used; the latest entry if left out'),
  })
  .describe('Options of checkMembership');

/** Options of {@link checkMembership}. */
export type MembershipOptions = z.input<typeof membershipOptionsSchema>;

/** Result of {@link checkMembership}. */
export interface MembershipResult {
  readonly findings: Finding[];
}

/**
 * The recommended least total of listed patients for a year: the entry of the
 * dated table in force on 1 January of `year` (the grant counts the patients
 * at the start of the year, §3.1), or the latest entry when no year is given.
 */
function minimumFor(year: number | undefined): number {
  const table = minimumListedPatientsTable;
  const on = year === undefined ? table.values.at(-1)!.from : `${String(year)}-01-01`;
  const entry = valueOn(table, on);
  if (entry === undefined) throw inputError(['options', 'year'], `no minimum number of listed patients is known for ${String(year)}`);
  return entry.value;
}

/** A whole number with a thousands separator, in linear time. */
function groupDigits(n: number, separator: string): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** An id as quoted in a message. */
const show = (id: string): string => `'${echo(id)}'`;

/**
 * Check a cluster's membership: patient base, co-owners, employed doctors, coordinator,
 * trainee decision and clinic owners outside every cluster.
 *
 * Findings, in this order: `membership.patient-base` (`warning`, almen-praksis only, fewer than
 * the recommended listed patients in all: 30,000, read from the dated table by `options.year`);
 * `membership.co-owners-same-cluster` (`violation`, per clinic whose owners take part in different
 * clusters or stay outside); `membership.employed-follow-owner` (`violation`, per employed doctor
 * outside the cluster of their clinic's owners) or `membership.employed-owner-outside` (`warning`,
 * when every owner of the clinic stands outside every cluster); `membership.coordinator`
 * (`violation`, no coordinator, or one who is not a doctor taking part in this cluster, or a
 * trainee where the cluster's rules say trainees do not take part); `membership.trainees`
 * (`info`, trainees listed but the cluster's decision not stated); for each outside owner
 * `membership.outside-quality-visit` and `membership.notify-region` (`info`, the duties that
 * follow). Then the facts of the posts (`governance.founding-meeting`, `governance.elected-at-agm`,
 * `governance.post-contract`, `governance.coordinator-vacancy`) and `membership.exclusion-rules`
 * (`warning` for an exclusion without attendance rules adopted at an AGM, `info` when that is not
 * stated). A fact left out is unknown and never a violation. Messages name people by id only.
 * Runs in time linear in the size of the document.
 *
 * @param cluster - the cluster document ({@link clusterSchema}); strict: an unknown key is an input error.
 * @param options - `minimumPatients` overrides the recommended 30,000; `year` picks the value in force that year.
 * @throws {KlyngeInputError} on a malformed document: an unknown key, duplicate ids, a doctor in an
 *   unknown clinic, an owner who is not an owner doctor of that clinic, a negative or fractional patient count.
 * @example
 * checkMembership({
 *   id: 'K1', coordinatorId: 'D1',
 *   clinics: [{ id: '012345', listedPatients: 24000, owners: ['D1'] }],
 *   doctors: [{ id: 'D1', role: 'owner', clinicId: '012345' }],
 * }).findings.map((f) => [f.rule, f.severity]) // [['membership.patient-base', 'warning']]
 */
export function checkMembership(cluster: ClusterInput, options?: MembershipOptions): MembershipResult {
  const c = parseInput(clusterSchema, cluster);
  const { minimumPatients, year } = parseInput(membershipOptionsSchema, options ?? {}, ['options']);
  const clusterOf = (doctor: { clusterId?: string | undefined }): string => doctor.clusterId ?? c.id;
  const doctors = new Map(c.doctors.map((d) => [d.id, d]));
  const findings: Finding[] = [];

  if (c.scheme === 'almen-praksis') {
    const listedPatients = c.clinics.reduce((sum, clinic) => sum + clinic.listedPatients!, 0);
    const minimum = minimumPatients ?? minimumFor(year);
    if (listedPatients < minimum) {
      findings.push(
        finding(
          R['membership.patient-base'],
          'warning',
          {
            da: `Klyngens klinikker har tilsammen ${groupDigits(listedPatients, '.')} tilmeldte patienter; en klynge bør have mindst ${groupDigits(minimum, '.')}.`,
            en: `The cluster's clinics have ${groupDigits(listedPatients, ',')} listed patients in all; a cluster should have at least ${groupDigits(minimum, ',')}.`,
          },
          { listedPatients, minimum },
        ),
      );
    }
  }

  /** The clusters the owners of each clinic take part in (`null`: outside every cluster), in one pass over each list. */
  const ownersOf = new Map<string, { id: string; clusterId: string | null }[]>();
  for (const clinic of c.clinics) ownersOf.set(clinic.id, clinic.owners.map((id) => ({ id, clusterId: clusterOf(doctors.get(id)!) })));
  for (const o of c.outsideOwners) if (o.clinicId !== undefined) ownersOf.get(o.clinicId)?.push({ id: o.id, clusterId: null });

  /** The distinct clusters of each clinic's owners, computed once per clinic. */
  const ownerClustersOf = new Map<string, Set<string | null>>();
  for (const [clinicId, owners] of ownersOf) ownerClustersOf.set(clinicId, new Set(owners.map((o) => o.clusterId)));

  for (const clinic of c.clinics) {
    const owners = ownersOf.get(clinic.id)!;
    if (ownerClustersOf.get(clinic.id)!.size > 1) {
      const list = owners.map((o) => `${show(o.id)} (${o.clusterId === null ? '–' : show(o.clusterId)})`).join(', ');
      findings.push(
        finding(
          R['membership.co-owners-same-cluster'],
          'violation',
          {
            da: `Ejerne af klinik ${show(clinic.id)} er ikke i samme klynge: ${list} (– = ingen klynge).`,
            en: `The owners of clinic ${show(clinic.id)} are not in the same cluster: ${list} (– = no cluster).`,
          },
          { clinicId: clinic.id, owners },
        ),
      );
    }
  }

  for (const doctor of c.doctors) {
    if (doctor.role !== 'employed') continue;
    const ownerClusters = ownerClustersOf.get(doctor.clinicId)!;
    const clusterId = clusterOf(doctor);
    if (ownerClusters.size === 0 || ownerClusters.has(clusterId)) continue;
    const data = { doctorId: doctor.id, clinicId: doctor.clinicId, clusterId, ownerClusterIds: [...ownerClusters] };
    if (ownerClusters.size === 1 && ownerClusters.has(null)) {
      findings.push(
        finding(
          R['membership.employed-owner-outside'],
          'warning',
          {
            da: `Den ansatte læge ${show(doctor.id)} i klinik ${show(doctor.clinicId)} deltager i klynge ${show(clusterId)}, mens klinikkens ejer står uden for alle klynger. Ordlyden af §2.3 binder den ansatte til ejerens klynge, men §10.1 vil have alle læger med i kvalitetsarbejdet; deltagelsen bør afklares med regionen.`,
            en: `Employed doctor ${show(doctor.id)} of clinic ${show(doctor.clinicId)} takes part in cluster ${show(clusterId)} while the clinic's owner stands outside every cluster. The wording of §2.3 ties the employee to the owner's cluster, but §10.1 wants every doctor in quality work; the participation should be settled with the region.`,
          },
          data,
        ),
      );
    } else {
      findings.push(
        finding(
          R['membership.employed-follow-owner'],
          'violation',
          {
            da: `Den ansatte læge ${show(doctor.id)} i klinik ${show(doctor.clinicId)} deltager i klynge ${show(clusterId)}, men ejeren er ikke med i den klynge; en ansat læge deltager i ejerens klynge.`,
            en: `Employed doctor ${show(doctor.id)} of clinic ${show(doctor.clinicId)} takes part in cluster ${show(clusterId)}, which the owner does not belong to; an employed doctor takes part in the owner's cluster.`,
          },
          data,
        ),
      );
    }
  }

  findings.push(...coordinatorFindings(c, doctors, clusterOf));
  const isMember = (id: string): boolean => {
    const doctor = doctors.get(id);
    return doctor !== undefined && clusterOf(doctor) === c.id && !(doctor.role === 'trainee' && c.rules.traineesTakePart === false);
  };
  findings.push(...officeFindings({ founding: c.founding, posts: c.posts, coordinatorLeft: c.coordinatorLeft, isMember }));

  const traineeIds = c.doctors.filter((d) => d.role === 'trainee').map((d) => d.id);
  if (traineeIds.length > 0 && c.rules.traineesTakePart === undefined) {
    const shown = traineeIds.length > 10 ? `${traineeIds.slice(0, 10).map(show).join(', ')}, …` : traineeIds.map(show).join(', ');
    findings.push(
      finding(
        R['membership.trainees'],
        'info',
        {
          da: `Klinikkerne har uddannelseslæger (${shown}); klyngen bestemmer i sine regler, om uddannelseslæger deltager, og det er ikke oplyst (rules.traineesTakePart).`,
          en: `The clinics have trainee doctors (${shown}); the cluster decides in its rules whether trainees take part, and that is not stated (rules.traineesTakePart).`,
        },
        { traineeIds },
      ),
    );
  }

  for (const owner of c.outsideOwners) {
    const data = owner.clinicId === undefined ? { ownerId: owner.id } : { ownerId: owner.id, clinicId: owner.clinicId };
    findings.push(
      finding(
        R['membership.outside-quality-visit'],
        'info',
        {
          da: `Klinikejer ${show(owner.id)} står uden for klyngesamarbejdet og skal hvert år have et kvalitetsbesøg af en regional kvalitetskonsulent.`,
          en: `Clinic owner ${show(owner.id)} stands outside the cluster work and must receive a yearly quality visit from a regional quality consultant.`,
        },
        data,
      ),
      finding(
        R['membership.notify-region'],
        'info',
        {
          da: `Klyngekoordinatoren skal give regionen besked om, at klinikejer ${show(owner.id)} står uden for klyngesamarbejdet.`,
          en: `The coordinator must tell the region that clinic owner ${show(owner.id)} stands outside the cluster work.`,
        },
        data,
      ),
    );
  }

  findings.push(...exclusionFindings(c));
  return { findings };
}

/** `membership.exclusion-rules` (§10.4, interpretation): an exclusion should rest on attendance rules adopted at an AGM. */
function exclusionFindings(c: Cluster): Finding[] {
  const adopted = c.rules.attendanceRulesAdoptedAtAgm;
  if (c.exclusions.length === 0 || adopted === true) return [];
  return c.exclusions.map((x) => {
    const d = longDates(x.on);
    const who = show(x.personId);
    const data = { personId: x.personId, on: x.on, attendanceRulesAdoptedAtAgm: adopted ?? null };
    return adopted === false
      ? finding(
          R['membership.exclusion-rules'],
          'warning',
          {
            da: `${who} blev ekskluderet ${d.da}, men klyngen har ikke vedtaget regler for fremmøde og eksklusion på et årsmøde.`,
            en: `${who} was excluded on ${d.en}, but the cluster has not adopted rules for attendance and exclusion at an AGM.`,
          },
          data,
        )
      : finding(
          R['membership.exclusion-rules'],
          'info',
          {
            da: `${who} blev ekskluderet ${d.da}; det er ikke oplyst, om klyngen har vedtaget regler for fremmøde og eksklusion på et årsmøde (rules.attendanceRulesAdoptedAtAgm).`,
            en: `${who} was excluded on ${d.en}; it is not stated whether the cluster adopted rules for attendance and exclusion at an AGM (rules.attendanceRulesAdoptedAtAgm).`,
          },
          data,
        );
  });
}

/** `membership.coordinator`: the coordinator exists and is a member of this cluster (§7.1, read with §2.3 for trainees). */
function coordinatorFindings(c: Cluster, doctors: ReadonlyMap<string, Cluster['doctors'][number]>, clusterOf: (d: { clusterId?: string | undefined }) => string): Finding[] {
  if (c.coordinatorId === undefined) {
    return [
      finding(
        R['membership.coordinator'],
        'violation',
        {
          da: 'Klyngen har ingen klyngekoordinator; der skal være valgt en koordinator, som er læge i klyngen.',
          en: 'The cluster has no coordinator; a coordinator who is a doctor of the cluster must be elected.',
        },
        { reason: 'missing' },
      ),
    ];
  }
  const coordinator = doctors.get(c.coordinatorId);
  if (coordinator === undefined || clusterOf(coordinator) !== c.id) {
    return [
      finding(
        R['membership.coordinator'],
        'violation',
        {
          da: `Klyngekoordinatoren ${show(c.coordinatorId)} er ikke en læge, der deltager i klyngen; koordinatoren skal være læge i klyngen.`,
          en: `The coordinator ${show(c.coordinatorId)} is not a doctor taking part in the cluster; the coordinator must be a doctor of the cluster.`,
        },
        { reason: 'not-a-doctor-of-the-cluster', coordinatorId: c.coordinatorId },
      ),
    ];
  }
  if (coordinator.role === 'trainee' && c.rules.traineesTakePart === false) {
    return [
      finding(
        R['membership.coordinator'],
        'violation',
        {
          da: `Klyngekoordinatoren ${show(c.coordinatorId)} er uddannelseslæge, og klyngens regler siger, at uddannelseslæger ikke deltager; koordinatoren skal være medlem af klyngen.`,
          en: `The coordinator ${show(c.coordinatorId)} is a trainee doctor, and the cluster's rules say trainees do not take part; the coordinator must be a member of the cluster.`,
        },
        { reason: 'trainee-not-a-member', coordinatorId: c.coordinatorId },
      ),
    ];
  }
  return [];
}
