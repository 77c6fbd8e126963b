/**
 * Who may vote at the cluster's meeting (klyngeregler-2023 §6.1; kiap-guide
 * "Klyngens regler"): by default the clinic owners who are PLO members; the
 * cluster's own rules may give the vote to other roles.
 */
import { z } from 'zod';
import type { RuleId } from '../../ruleCatalogue.js';
import type { Bilingual } from '../../core/ruleEntry.js';
import { echo, inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { parseInput } from '../../core/validate.js';
import { governanceRules } from './governanceRules.js';
import { doctorRoleSchema, votingRulesSchema, type DoctorRole, type VotingRules, type VotingRulesInput } from './votingRules.js';

/**
 * zod schema of one member for {@link eligibleVoters}. Strict: an unknown key is an input
 * error. `name`, `clinicId` and `clusterId` are accepted (and not used), so the `doctors`
 * of a cluster document can be passed as they are.
 *
 * @example
 * voterSchema.safeParse({ id: 'D1', role: 'owner', ploMember: true }).success // true
 * voterSchema.safeParse({ id: 'D1', role: 'owner', plomember: true }).success // false (unknown key)
 */
export const voterSchema = z
  .strictObject({
    id: z.string({ message: 'id must be a string' }).min(1, { message: 'id must not be empty' }).describe('The member'),
    role: doctorRoleSchema,
    ploMember: z.boolean({ message: 'ploMember must be true or false' }).optional().describe('Member of PLO; unknown if left out'),
    name: z.string().optional().describe('Not used; accepted so a cluster document’s doctors can be passed as they are'),
    clinicId: z.string().optional().describe('Not used; accepted so a cluster document’s doctors can be passed as they are'),
    clusterId: z.string().optional().describe('Not used; accepted so a cluster document’s doctors can be passed as they are'),
  })
  .describe('A member of the cluster');

/**
 * zod schema of the member list of {@link eligibleVoters}.
 *
 * @example
 * votersSchema.parse([{ id: 'D1', role: 'owner' }]).length // 1
 */
export const votersSchema = z.array(voterSchema, { message: 'members must be a list' });

/** A member as given to {@link eligibleVoters}. */
export type VoterInput = z.input<typeof voterSchema>;

/** Why a member has no vote. */
export type ExclusionReason = 'role-not-entitled' | 'not-plo-member' | 'plo-membership-unknown';

/** A member without a vote, and why. */
export interface ExcludedVoter {
  readonly id: string;
  readonly role: DoctorRole;
  readonly reason: ExclusionReason;
  readonly rule: RuleId;
  readonly message: Bilingual;
}

/** Result of {@link eligibleVoters}. */
export interface EligibleVoters {
  /** Ids of the members who may vote, in input order. */
  readonly eligible: string[];
  /** Every other member with the reason, in input order. */
  readonly excluded: ExcludedVoter[];
  /** The voting rules applied (defaults filled in). */
  readonly rules: VotingRules;
  /** An `info` finding for each member left out only because PLO membership is not stated. */
  readonly findings: Finding[];
}

const ROLE_NAME: Record<DoctorRole, Bilingual> = {
  owner: { da: 'klinikejere', en: 'clinic owners' },
  employed: { da: 'ansatte læger', en: 'employed doctors' },
  trainee: { da: 'uddannelseslæger', en: 'trainee doctors' },
};

/**
 * The members who may vote under the cluster's voting rules, and the reason for each one who may not.
 *
 * @param members - `{ id, role, ploMember? }[]`; ids must be unique.
 * @param rules - the cluster's voting rules: `votingRoles` (default `['owner']`) and
 *   `requirePloMembership` (default `true`, applied to every voting role).
 * @returns `eligible` ids in input order, `excluded` members with reason and rule id, the
 *   rules applied, and `info` findings (`governance.plo-membership-unknown`) for members whose
 *   PLO membership must be settled before the vote.
 * @throws {KlyngeInputError} on a malformed member or rule, or a duplicate id.
 * @example
 * eligibleVoters([
 *   { id: 'A', role: 'owner', ploMember: true },
 *   { id: 'B', role: 'employed', ploMember: true },
 * ]).eligible // ['A']
 * eligibleVoters([{ id: 'B', role: 'employed', ploMember: true }], { votingRoles: ['owner', 'employed'] }).eligible // ['B']
 */
export function eligibleVoters(members: readonly VoterInput[], rules?: VotingRulesInput): EligibleVoters {
  const list = parseInput(votersSchema, members, ['members']);
  const applied = parseInput(votingRulesSchema, rules ?? {}, ['rules']);
  const seen = new Set<string>();
  list.forEach((member, index) => {
    if (seen.has(member.id)) throw inputError(['members', index, 'id'], `duplicate member id '${echo(member.id)}'`);
    seen.add(member.id);
  });

  const eligible: string[] = [];
  const excluded: ExcludedVoter[] = [];
  const findings: Finding[] = [];
  for (const { id, role, ploMember } of list) {
    const shown = echo(id);
    const name = ROLE_NAME[role];
    if (!applied.votingRoles.includes(role)) {
      excluded.push({
        id,
        role,
        reason: 'role-not-entitled',
        rule: 'governance.voting-right',
        message: {
          da: `${shown} har ikke stemmeret: klyngens regler giver ikke ${name.da} stemmeret.`,
          en: `${shown} has no vote: the cluster's rules do not give the vote to ${name.en}.`,
        },
      });
    } else if (applied.requirePloMembership && ploMember === false) {
      excluded.push({
        id,
        role,
        reason: 'not-plo-member',
        rule: 'governance.voting-right',
        message: {
          da: `${shown} har ikke stemmeret: stemmeret kræver medlemskab af PLO.`,
          en: `${shown} has no vote: the vote requires PLO membership.`,
        },
      });
    } else if (applied.requirePloMembership && ploMember === undefined) {
      const message = {
        da: `Det er ikke oplyst, om ${shown} er medlem af PLO; lægen regnes ikke som stemmeberettiget, før det er afklaret.`,
        en: `It is not stated whether ${shown} is a PLO member; the doctor is not counted as a voter until that is settled.`,
      };
      excluded.push({ id, role, reason: 'plo-membership-unknown', rule: 'governance.plo-membership-unknown', message });
      findings.push(finding(governanceRules['governance.plo-membership-unknown'], 'info', message, { memberId: id, role }));
    } else {
      eligible.push(id);
    }
  }
  return { eligible, excluded, rules: applied, findings };
}
