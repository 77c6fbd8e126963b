/**
 * The cluster document: its clinics (ydernumre) with listed patients and
 * owners, its doctors and where each takes part, its coordinator, its own
 * rules, and clinic owners known to stand outside every cluster.
 */
import { z } from 'zod';
import { doctorRoleSchema, votingRulesSchema } from '../governance/votingRules.js';

const idSchema = (what: string) =>
  z.string({ message: `${what} must be a string` }).min(1, { message: `${what} must not be empty` });

const nameSchema = z.string({ message: 'name must be a string' }).optional().describe('Name, as people know it');

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
  })
  .describe("The cluster's own rules");

/**
 * zod schema of one clinic of a cluster.
 *
 * @example
 * clinicSchema.safeParse({ id: '012345', listedPatients: 4200, owners: ['D1'] }).success // true
 */
export const clinicSchema = z
  .object({
    id: idSchema('clinic id').describe('The clinic’s ydernummer (or another unique id)'),
    name: nameSchema,
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
  .object({
    id: idSchema('doctor id').describe('The doctor (any unique id; never a CPR number)'),
    name: nameSchema,
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
  .object({
    id: idSchema('outside owner id').describe('The clinic owner outside every cluster'),
    name: nameSchema,
    clinicId: idSchema('clinicId').optional().describe("The owner's clinic; may be a clinic of this cluster (a co-owner who stays out)"),
  })
  .describe('A clinic owner who stands outside every cluster');

/**
 * zod schema of a cluster document, used by `checkMembership` and the whole-year report.
 * Besides the shape it checks that ids are unique (clinics; doctors and outside owners
 * together), that each doctor's `clinicId` names a clinic, that each clinic owner is a
 * doctor of that clinic with role `owner`, that each `owner` doctor is listed as an owner
 * of their clinic, and that every clinic states `listedPatients` in the almen-praksis scheme.
 *
 * @example
 * clusterSchema.parse({
 *   id: 'K1', coordinatorId: 'D1',
 *   clinics: [{ id: '012345', listedPatients: 31000, owners: ['D1'] }],
 *   doctors: [{ id: 'D1', role: 'owner', clinicId: '012345', ploMember: true }],
 * }).scheme // 'almen-praksis'
 */
export const clusterSchema = z
  .object({
    id: idSchema('cluster id').describe('The cluster'),
    name: nameSchema,
    scheme: z
      .enum(['almen-praksis', 'speciallaegepraksis'], { message: "scheme must be 'almen-praksis' or 'speciallaegepraksis'" })
      .default('almen-praksis').describe('almen-praksis (default) or speciallaegepraksis'),
    coordinatorId: idSchema('coordinatorId').optional().describe('Id of the elected coordinator'),
    rules: clusterRulesSchema.prefault({}),
    clinics: z.array(clinicSchema, { message: 'clinics must be a list' }).describe("The cluster's clinics"),
    doctors: z.array(doctorSchema, { message: 'doctors must be a list' }).describe('The doctors of the clinics'),
    outsideOwners: z
      .array(outsideOwnerSchema, { message: 'outsideOwners must be a list' })
      .default([])
      .describe('Clinic owners known to stand outside every cluster'),
  })
  .superRefine((cluster, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const clinics = new Map<string, (typeof cluster.clinics)[number]>();
    cluster.clinics.forEach((clinic, i) => {
      if (clinics.has(clinic.id)) issue(['clinics', i, 'id'], `duplicate clinic id '${clinic.id}'`);
      else clinics.set(clinic.id, clinic);
      if (cluster.scheme === 'almen-praksis' && clinic.listedPatients === undefined) {
        issue(['clinics', i, 'listedPatients'], `clinic '${clinic.id}' needs listedPatients in the almen-praksis scheme`);
      }
    });

    const doctors = new Map<string, (typeof cluster.doctors)[number]>();
    cluster.doctors.forEach((doctor, i) => {
      if (doctors.has(doctor.id)) issue(['doctors', i, 'id'], `duplicate doctor id '${doctor.id}'`);
      else doctors.set(doctor.id, doctor);
      const clinic = clinics.get(doctor.clinicId);
      if (clinic === undefined) issue(['doctors', i, 'clinicId'], `doctor '${doctor.id}' refers to unknown clinic '${doctor.clinicId}'`);
      else if (doctor.role === 'owner' && !clinic.owners.includes(doctor.id)) {
        issue(['doctors', i, 'role'], `doctor '${doctor.id}' is an owner but not listed among the owners of clinic '${clinic.id}'`);
      }
    });

    const outside = new Set<string>();
    cluster.outsideOwners.forEach((owner, i) => {
      if (doctors.has(owner.id) || outside.has(owner.id)) issue(['outsideOwners', i, 'id'], `duplicate person id '${owner.id}'`);
      outside.add(owner.id);
    });

    cluster.clinics.forEach((clinic, i) => {
      const listed = new Set<string>();
      clinic.owners.forEach((ownerId, j) => {
        const doctor = doctors.get(ownerId);
        const path = ['clinics', i, 'owners', j];
        if (listed.has(ownerId)) issue(path, `owner '${ownerId}' is listed twice for clinic '${clinic.id}'`);
        else if (doctor === undefined) issue(path, `owner '${ownerId}' of clinic '${clinic.id}' is not a doctor in doctors`);
        else if (doctor.role !== 'owner') issue(path, `'${ownerId}' is listed as an owner of clinic '${clinic.id}' but has role '${doctor.role}'`);
        else if (doctor.clinicId !== clinic.id) {
          issue(path, `'${ownerId}' is listed as an owner of clinic '${clinic.id}' but works in clinic '${doctor.clinicId}'`);
        }
        listed.add(ownerId);
      });
    });
  })
  .describe('A cluster: clinics, doctors, coordinator, own rules and owners outside every cluster');

/** A cluster document as given. */
export type ClusterInput = z.input<typeof clusterSchema>;
/** A cluster document with defaults filled in. */
export type Cluster = z.output<typeof clusterSchema>;
/** A cluster's own rules as given. */
export type ClusterRulesInput = z.input<typeof clusterRulesSchema>;
