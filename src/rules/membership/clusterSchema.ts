/**
 * The cluster document: its clinics (ydernumre) with listed patients and
 * owners, its doctors and where each takes part, its coordinator, its own
 * rules, and clinic owners known to stand outside every cluster.
 */
import { z } from 'zod';
import { echo } from '../../core/errors.js';
import { isoDateSchema } from '../../core/dates.js';
import { coordinatorLeftSchema, foundingSchema, postSchema } from '../governance/offices.js';
import { doctorRoleSchema, votingRulesSchema } from '../governance/votingRules.js';

const idSchema = (what: string) =>
  z.string({ message: `${what} must be a string` }).min(1, { message: `${what} must not be empty` });

const nameSchema = z.string({ message: 'name must be a string' }).optional();

/**
 * zod schema of a cluster's own rules: its voting rules (klyngeregler-2023 §6.1) and whether
 * trainee doctors take part (§2.3). Defaults: owners who are PLO members vote; the trainee
 * decision is unknown.
 *
 * @example
 * clusterRulesSchema.parse({ traineesTakePart: true })
 * // { votingRoles: ['owner'], requirePloMembership: true, traineesTakePart: true }
 */
export const clusterRulesSchema = votingRulesSchema
  .extend({
    traineesTakePart: z
      .boolean({ message: 'traineesTakePart must be true or false' })
      .optional()
      .describe("The cluster's decision whether trainee doctors take part (§2.3); unknown if left out"),
    attendanceRulesAdoptedAtAgm: z
      .boolean({ message: 'attendanceRulesAdoptedAtAgm must be true or false' })
      .optional()
      .describe('Rules for attendance (and exclusion) have been adopted at an AGM (§10.4); unknown if left out'),
  })
  .describe("The cluster's own rules");

/**
 * zod schema of one clinic of a cluster.
 *
 * @example
 * clinicSchema.safeParse({ id: '012345', listedPatients: 4200, owners: ['D1'] }).success // true
 */
export const clinicSchema = z
  .strictObject({
    id: idSchema('clinic id').describe('The clinic’s ydernummer (or another unique id)'),
    name: nameSchema.describe('The clinic’s name, shown in reports'),
    listedPatients: z
      .number({ message: 'listedPatients must be a number' })
      .int({ message: 'listedPatients must be a whole number' })
      .nonnegative({ message: 'listedPatients must not be negative' })
      .optional()
      .describe('Listed (group 1) patients; required in the almen-praksis scheme'),
    owners: z
      .array(idSchema('owner id'), { message: 'owners must be a list of doctor ids' })
      .describe('Ids of the doctors in `doctors` who own the clinic (may be empty, e.g. a regional clinic)'),
  })
  .describe('A clinic (ydernummer) of the cluster');

/**
 * zod schema of one doctor of a cluster's clinics.
 *
 * @example
 * doctorSchema.safeParse({ id: 'D1', role: 'owner', clinicId: '012345', ploMember: true }).success // true
 */
export const doctorSchema = z
  .strictObject({
    id: idSchema('doctor id').describe('A unique id of the doctor within the cluster (not a CPR number)'),
    name: nameSchema.describe('The doctor’s name, shown in reports'),
    role: doctorRoleSchema,
    clinicId: idSchema('clinicId').describe('The clinic in `clinics` the doctor works in'),
    clusterId: idSchema('clusterId')
      .optional()
      .describe('The cluster the doctor takes part in; this cluster if left out'),
    ploMember: z.boolean({ message: 'ploMember must be true or false' }).optional().describe('Member of PLO; unknown if left out'),
  })
  .describe("A doctor in one of the cluster's clinics");

/**
 * zod schema of a clinic owner known to stand outside every cluster.
 *
 * @example
 * outsideOwnerSchema.safeParse({ id: 'X1', clinicId: '054321' }).success // true
 */
export const outsideOwnerSchema = z
  .strictObject({
    id: idSchema('outside owner id').describe('A unique id of the owner, distinct from the doctors’ ids (not a CPR number)'),
    name: nameSchema.describe('The owner’s name, shown in reports'),
    clinicId: idSchema('clinicId').optional().describe("The owner's clinic; may be a clinic of this cluster (a co-owner who stays out)"),
  })
  .describe('A clinic owner who stands outside every cluster');

/**
 * zod schema of a member excluded from the cluster (§10.4).
 *
 * @example
 * exclusionSchema.safeParse({ personId: 'D7', on: '2025-05-01' }).success // true
 */
export const exclusionSchema = z
  .strictObject({
    personId: idSchema('personId').describe('The excluded doctor'),
    on: isoDateSchema.describe('The day of the decision'),
  })
  .describe('A member excluded from the cluster work (§10.4)');

/**
 * zod schema of a cluster document, used by `checkMembership` and the whole-year report.
 * Besides the shape it checks that ids are unique (clinics; doctors and outside owners
 * together), that each doctor's `clinicId` names a clinic, that each clinic owner is a
 * doctor of that clinic with role `owner`, that each `owner` doctor is listed as an owner
 * of their clinic, that every clinic states `listedPatients` in the almen-praksis scheme, and
 * that a coordinator post names `coordinatorId`. Strict: an unknown key anywhere is an input error.
 *
 * @example
 * clusterSchema.parse({
 *   id: 'K1', coordinatorId: 'D1',
 *   clinics: [{ id: '012345', listedPatients: 31000, owners: ['D1'] }],
 *   doctors: [{ id: 'D1', role: 'owner', clinicId: '012345', ploMember: true }],
 * }).scheme // 'almen-praksis'
 */
export const clusterSchema = z
  .strictObject({
    id: idSchema('cluster id').describe('The cluster’s id, shown in reports with its name'),
    name: nameSchema.describe('The cluster’s name, shown in reports'),
    scheme: z
      .enum(['almen-praksis', 'speciallaegepraksis'], { message: "scheme must be 'almen-praksis' or 'speciallaegepraksis'" })
      .default('almen-praksis')
      .describe("Which scheme's rules apply: 'almen-praksis' (general practice, default) or 'speciallaegepraksis' (specialist practice)"),
    coordinatorId: idSchema('coordinatorId').optional().describe('Id of the elected coordinator'),
    rules: clusterRulesSchema.prefault({}),
    clinics: z.array(clinicSchema, { message: 'clinics must be a list' }).describe("The cluster's clinics (ydernumre)"),
    doctors: z.array(doctorSchema, { message: 'doctors must be a list' }).describe("The doctors of the cluster's clinics, owners and employed"),
    outsideOwners: z
      .array(outsideOwnerSchema, { message: 'outsideOwners must be a list' })
      .default([])
      .describe('Clinic owners known to stand outside every cluster'),
    founding: foundingSchema.optional(),
    posts: z
      .array(postSchema, { message: 'posts must be a list' })
      .default([])
      .describe("The cluster's elected posts (coordinator, cashier, board members) with how they were filled"),
    coordinatorLeft: coordinatorLeftSchema.optional(),
    exclusions: z
      .array(exclusionSchema, { message: 'exclusions must be a list' })
      .default([])
      .describe('Members excluded from the cluster work (§10.4)'),
  })
  .superRefine((cluster, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const clinics = new Map<string, (typeof cluster.clinics)[number]>();
    /** The owners of each clinic as a set, so the check per doctor takes constant time. */
    const ownerSets = new Map<string, Set<string>>();
    cluster.clinics.forEach((clinic, i) => {
      if (clinics.has(clinic.id)) issue(['clinics', i, 'id'], `duplicate clinic id '${echo(clinic.id)}'`);
      else {
        clinics.set(clinic.id, clinic);
        ownerSets.set(clinic.id, new Set(clinic.owners));
      }
      if (cluster.scheme === 'almen-praksis' && clinic.listedPatients === undefined) {
        issue(['clinics', i, 'listedPatients'], `clinic '${echo(clinic.id)}' needs listedPatients in the almen-praksis scheme`);
      }
    });

    const doctors = new Map<string, (typeof cluster.doctors)[number]>();
    cluster.doctors.forEach((doctor, i) => {
      if (doctors.has(doctor.id)) issue(['doctors', i, 'id'], `duplicate doctor id '${echo(doctor.id)}'`);
      else doctors.set(doctor.id, doctor);
      const clinic = clinics.get(doctor.clinicId);
      if (clinic === undefined) issue(['doctors', i, 'clinicId'], `doctor '${echo(doctor.id)}' refers to unknown clinic '${echo(doctor.clinicId)}'`);
      else if (doctor.role === 'owner' && !ownerSets.get(clinic.id)!.has(doctor.id)) {
        issue(['doctors', i, 'role'], `doctor '${echo(doctor.id)}' is an owner but not listed among the owners of clinic '${echo(clinic.id)}'`);
      }
    });

    const outside = new Set<string>();
    cluster.outsideOwners.forEach((owner, i) => {
      if (doctors.has(owner.id) || outside.has(owner.id)) issue(['outsideOwners', i, 'id'], `duplicate person id '${echo(owner.id)}'`);
      outside.add(owner.id);
    });

    cluster.clinics.forEach((clinic, i) => {
      const listed = new Set<string>();
      clinic.owners.forEach((ownerId, j) => {
        const doctor = doctors.get(ownerId);
        const path = ['clinics', i, 'owners', j];
        if (listed.has(ownerId)) issue(path, `owner '${echo(ownerId)}' is listed twice for clinic '${echo(clinic.id)}'`);
        else if (doctor === undefined) issue(path, `owner '${echo(ownerId)}' of clinic '${echo(clinic.id)}' is not a doctor in doctors`);
        else if (doctor.role !== 'owner') issue(path, `'${echo(ownerId)}' is listed as an owner of clinic '${echo(clinic.id)}' but has role '${echo(doctor.role)}'`);
        else if (doctor.clinicId !== clinic.id) {
          issue(path, `'${echo(ownerId)}' is listed as an owner of clinic '${echo(clinic.id)}' but works in clinic '${echo(doctor.clinicId)}'`);
        }
        listed.add(ownerId);
      });
    });

    cluster.posts.forEach((p, i) => {
      if (p.post === 'coordinator' && p.personId !== cluster.coordinatorId) {
        issue(['posts', i, 'personId'], `the coordinator post names '${echo(p.personId)}' but coordinatorId is '${echo(cluster.coordinatorId ?? '')}'`);
      }
    });
  })
  .describe('A cluster: clinics, doctors, coordinator, own rules and owners outside every cluster');

/** A cluster document as given. */
export type ClusterInput = z.input<typeof clusterSchema>;
/** A cluster document with defaults filled in. */
export type Cluster = z.output<typeof clusterSchema>;
/** A cluster's own rules as given. */
export type ClusterRulesInput = z.input<typeof clusterRulesSchema>;
