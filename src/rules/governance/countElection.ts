/**
 * Elections (klyngeregler-2023 §6.2): with several candidates for a post the
 * one with most votes is elected (simple majority in the sense of most
 * votes). A tie for the last seat is reported, never decided here.
 */
import { z } from 'zod';
import { echo, inputError } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { parseInput } from '../../core/validate.js';
import { governanceRules } from './governanceRules.js';

const count = (what: string) =>
  z
    .number({ message: `${what} must be a number` })
    .int({ message: `${what} must be a whole number` })
    .nonnegative({ message: `${what} must not be negative` });

/**
 * zod schema of the input of {@link countElection}.
 *
 * @example
 * electionSchema.parse({ candidates: [{ id: 'A', votes: 3 }] }) // { candidates: [{ id: 'A', votes: 3 }], seats: 1, blank: 0 }
 */
export const electionSchema = z
  .strictObject({
    post: z.string().min(1).optional().describe("The post being filled (e.g. 'coordinator', 'board'); shown in messages"),
    candidates: z
      .array(
        z
          .strictObject({
            id: z.string({ message: 'candidate id must be a string' }).min(1, { message: 'candidate id must not be empty' }).describe('The candidate'),
            votes: count('votes').describe('Votes for the candidate'),
          })
          .describe('One candidate and the votes cast for them'),
        { message: 'candidates must be a list' },
      )
      .min(1, { message: 'an election needs at least one candidate' })
      .describe('The candidates, each once'),
    seats: count('seats').min(1, { message: 'seats must be at least 1' }).default(1).describe('How many are elected (e.g. board seats); default 1'),
    blank: count('blank').default(0).describe('Blank ballots; they count for no candidate'),
    eligible: count('eligible')
      .optional()
      .describe('Number entitled to vote; more votes cast than eligible × seats (each voter has at most one vote per seat) is an input error'),
  })
  .describe('The votes cast in one election');

/** Input of {@link countElection}. */
export type ElectionInput = z.input<typeof electionSchema>;

/** Result of {@link countElection}. */
export interface ElectionResult {
  /** The candidates elected, most votes first (input order among equals); fewer than `seats` on a tie. */
  readonly elected: string[];
  /** Candidates tied for the last seat(s); empty when the result is decided. The meeting settles a tie. */
  readonly tied: string[];
  /** The candidates in order of votes (most first, input order among equals). */
  readonly ranking: { readonly id: string; readonly votes: number }[];
  readonly findings: Finding[];
}

/**
 * Count an election by simple majority: the `seats` candidates with most votes are
 * elected (`governance.election-majority`). A candidate needs at least one vote.
 * When candidates with equal votes compete for the last seat(s), none of them is
 * elected here: they are listed in `tied` with an `info` finding, and the meeting
 * decides (e.g. a new ballot) — the library never draws lots.
 *
 * @throws {KlyngeInputError} on bad counts, duplicate candidate ids, more seats than
 *   candidates, or more votes cast than `eligible × seats`.
 * @example
 * countElection({ post: 'coordinator', candidates: [{ id: 'A', votes: 9 }, { id: 'B', votes: 7 }] }).elected // ['A']
 * countElection({ candidates: [{ id: 'A', votes: 5 }, { id: 'B', votes: 5 }] }).tied // ['A', 'B']
 */
export function countElection(input: ElectionInput): ElectionResult {
  const { post, candidates, seats, blank, eligible } = parseInput(electionSchema, input);
  const seen = new Set<string>();
  candidates.forEach((c, index) => {
    if (seen.has(c.id)) throw inputError(['candidates', index, 'id'], `candidate '${echo(c.id)}' is listed more than once`);
    seen.add(c.id);
  });
  if (seats > candidates.length) throw inputError(['seats'], `${seats} seats but only ${candidates.length} candidates`);
  const cast = candidates.reduce((sum, c) => sum + c.votes, 0) + blank;
  if (eligible !== undefined && cast > eligible * seats) {
    throw inputError(['eligible'], `${cast} votes were cast (candidates + blank) but ${eligible} voters can cast at most ${eligible * seats}`);
  }

  const ranking = candidates.map((c, index) => ({ id: c.id, votes: c.votes, index })).sort((a, b) => b.votes - a.votes || a.index - b.index);
  // The votes needed for a seat: those of the candidate in the last seat; everyone above it is elected.
  const cutoff = ranking[seats - 1]!.votes;
  const above = ranking.filter((c) => c.votes > cutoff && c.votes > 0);
  const atCutoff = ranking.filter((c) => c.votes === cutoff);
  const decided = cutoff > 0 && above.length + atCutoff.length <= seats;
  const elected = (decided ? [...above, ...atCutoff] : above).map((c) => c.id);
  const tied = decided || cutoff === 0 ? [] : atCutoff.map((c) => c.id);
  const what = post === undefined ? { da: 'valget', en: 'the election' } : { da: `valget til ${echo(post)}`, en: `the election for ${echo(post)}` };

  const findings: Finding[] = [];
  if (tied.length > 0) {
    const names = tied.map((id) => `'${echo(id)}'`).join(', ');
    const open = seats - elected.length;
    findings.push(
      finding(
        governanceRules['governance.election-majority'],
        'info',
        {
          da: `Stemmelighed i ${what.da}: ${names} har hver ${cutoff} stemmer om ${open} plads(er). Mødet afgør stemmeligheden (fx ved omvalg); biblioteket vælger ikke.`,
          en: `Tie in ${what.en}: ${names} have ${cutoff} votes each for ${open} seat(s). The meeting settles the tie (e.g. by a new ballot); the library does not choose.`,
        },
        { tied, votes: cutoff, openSeats: open },
      ),
    );
  } else if (elected.length < seats) {
    findings.push(
      finding(
        governanceRules['governance.election-majority'],
        'info',
        {
          da: `Ingen kandidat fik stemmer nok i ${what.da}: ${seats - elected.length} plads(er) er ikke besat.`,
          en: `No candidate received a vote for ${seats - elected.length} seat(s) in ${what.en}; they are not filled.`,
        },
        { openSeats: seats - elected.length },
      ),
    );
  }
  return { elected, tied, ranking: ranking.map(({ id, votes }) => ({ id, votes })), findings };
}
