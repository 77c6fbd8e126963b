/** Public API of the governance area (explicit named exports). */
export { countVote, voteSchema } from './countVote.js';
export type { VoteInput, VoteResult } from './countVote.js';
export { eligibleVoters, voterSchema, votersSchema } from './eligibleVoters.js';
export type { EligibleVoters, ExcludedVoter, ExclusionReason, VoterInput } from './eligibleVoters.js';
export { doctorRoleSchema, votingRulesSchema } from './votingRules.js';
export type { DoctorRole, VotingRules, VotingRulesInput } from './votingRules.js';
export { countElection, electionSchema } from './countElection.js';
export type { ElectionInput, ElectionResult } from './countElection.js';
export { foundingSchema, postSchema, coordinatorLeftSchema } from './offices.js';
