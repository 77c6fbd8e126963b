import { describe, expect, it } from 'vitest';
import { voteSchema, voterSchema, votingRulesSchema, doctorRoleSchema } from '../../src/index.js';

describe('governance schemas are documented (JSON Schema descriptions)', () => {
  it.each([
    ['voteSchema', voteSchema.description],
    ['voteSchema.yes', voteSchema.shape.yes.description],
    ['voteSchema.no', voteSchema.shape.no.description],
    ['voteSchema.blank', voteSchema.shape.blank.description],
    ['voteSchema.eligible', voteSchema.shape.eligible.description],
    ['voterSchema', voterSchema.description],
    ['voterSchema.ploMember', voterSchema.shape.ploMember.description],
    ['votingRulesSchema', votingRulesSchema.description],
    ['votingRulesSchema.votingRoles', votingRulesSchema.shape.votingRoles.description],
    ['votingRulesSchema.requirePloMembership', votingRulesSchema.shape.requirePloMembership.description],
    ['doctorRoleSchema', doctorRoleSchema.description],
  ])('%s', (_, description) => {
    expect(description?.length ?? 0).toBeGreaterThan(5);
  });
});
