/** The roles of doctors in a cluster and the cluster's voting rules, shared by governance and membership. */
import { z } from 'zod';

/**
 * zod schema of a doctor's role in a clinic: `owner` (holds the ydernummer, alone or with others),
 * `employed` (an employed doctor; enter a locum/vikar as `employed`) or `trainee` (uddannelseslæge).
 *
 * @example
 * doctorRoleSchema.parse('employed') // 'employed'
 */
export const doctorRoleSchema = z
  .enum(['owner', 'employed', 'trainee'], { message: "role must be 'owner', 'employed' or 'trainee'" })
  .describe("A doctor's role: 'owner', 'employed' (also locums) or 'trainee'");

/** A doctor's role in a clinic. */
export type DoctorRole = z.output<typeof doctorRoleSchema>;

/**
 * zod schema of a cluster's voting rules (klyngeregler-2023 §6.1). Defaults: only owners vote,
 * and only PLO members. `votingRoles` lists the roles that have the vote; `requirePloMembership`
 * applies to every role in it.
 *
 * @example
 * votingRulesSchema.parse({ votingRoles: ['owner', 'employed'] })
 * // { votingRoles: ['owner', 'employed'], requirePloMembership: true }
 */
export const votingRulesSchema = z
  .strictObject({
    votingRoles: z
      .array(doctorRoleSchema)
      .min(1, { message: 'votingRoles must name at least one role' })
      .default(['owner'])
      .describe("Roles that have the vote; default ['owner']"),
    requirePloMembership: z
      .boolean({ message: 'requirePloMembership must be true or false' })
      .default(true)
      .describe('Only PLO members vote (applies to every voting role); default true'),
  })
  .describe("A cluster's voting rules");

/** A cluster's voting rules as given (all fields optional). */
export type VotingRulesInput = z.input<typeof votingRulesSchema>;
/** A cluster's voting rules with the defaults filled in. */
export type VotingRules = z.output<typeof votingRulesSchema>;
