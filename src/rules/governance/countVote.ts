/**
 * Simple majority (klyngeregler-2023 §6.2): a proposal is adopted when the
 * votes for outnumber the votes against; blank votes count for neither side;
 * a tie is not a majority.
 */
import { z } from 'zod';
import { inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { parseInput } from '../../core/validate.js';
import { governanceRules } from './governanceRules.js';

const count = (what: string) =>
  z
    .number({ message: `${what} must be a number` })
    .int({ message: `${what} must be a whole number` })
    .nonnegative({ message: `${what} must not be negative` });

/**
 * zod schema of the input of {@link countVote}.
 *
 * @example
 * voteSchema.parse({ yes: 3, no: 2 }) // { yes: 3, no: 2, blank: 0 }
 */
export const voteSchema = z
  .strictObject({
    yes: count('yes').describe('Votes for'),
    no: count('no').describe('Votes against'),
    blank: count('blank').default(0).describe('Blank votes; they count for neither side'),
    eligible: count('eligible').optional().describe('Number entitled to vote; more votes cast than this is an input error'),
  })
  .describe('The votes cast on one proposal');

/** Input of {@link countVote}. */
export type VoteInput = z.input<typeof voteSchema>;

/** Result of {@link countVote}. */
export interface VoteResult {
  /** True when yes > no. */
  readonly passed: boolean;
  readonly yes: number;
  readonly no: number;
  readonly blank: number;
  /** An `info` finding when the vote is tied. */
  readonly findings: Finding[];
}

/**
 * Count a vote by simple majority: passed when `yes > no`; blank votes do not count; a tie fails.
 *
 * @param input - `{ yes, no, blank?, eligible? }`, non-negative whole numbers.
 * @returns `passed`, the counts, and an `info` finding (`governance.simple-majority`) on a tie.
 * @throws {KlyngeInputError} when a count is negative or not a whole number, or when
 *   `yes + no + blank` exceeds `eligible` (more votes than voters cannot happen).
 * @example
 * countVote({ yes: 12, no: 7, blank: 3 }).passed // true
 * countVote({ yes: 5, no: 5 }).findings[0].severity // 'info' (a tie fails)
 */
export function countVote(input: VoteInput): VoteResult {
  const { yes, no, blank, eligible } = parseInput(voteSchema, input);
  const cast = yes + no + blank;
  if (eligible !== undefined && cast > eligible) {
    throw inputError(['eligible'], `${cast} votes were cast (yes + no + blank) but only ${eligible} are entitled to vote`);
  }
  const findings: Finding[] = [];
  if (yes === no) {
    findings.push(
      finding(
        governanceRules['governance.simple-majority'],
        'info',
        {
          da: `Stemmelighed: ${yes} for og ${no} imod (${blank} blanke). Forslaget er ikke vedtaget, da simpelt flertal kræver flere stemmer for end imod.`,
          en: `Tie: ${yes} for and ${no} against (${blank} blank). The proposal is not adopted, as a simple majority needs more votes for than against.`,
        },
        { yes, no, blank },
      ),
    );
  }
  return { passed: yes > no, yes, no, blank, findings };
}
