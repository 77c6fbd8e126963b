/** Public API of the membership area (explicit named exports). */
export { checkMembership, membershipOptionsSchema } from './checkMembership.js';
export type { MembershipOptions, MembershipResult } from './checkMembership.js';
export { clusterSchema, clinicSchema, doctorSchema, outsideOwnerSchema, clusterRulesSchema, exclusionSchema } from './clusterSchema.js';
export type { Cluster, ClusterInput, ClusterRulesInput } from './clusterSchema.js';
export { minimumListedPatientsTable } from '../../params/membership.js';
