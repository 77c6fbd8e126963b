import { describe, expect, it } from 'vitest';
import { ruleCatalogue, SOURCES, voteSchema, voterSchema, votingRulesSchema, doctorRoleSchema } from '../../src/index.js';

const expected = {
  'governance.simple-majority': { kind: 'requirement', sources: [['klyngeregler-2023', '6.2'], ['design-interpretation', 'Voting']] },
  'governance.voting-right': { kind: 'requirement', sources: [['klyngeregler-2023', '6.1'], ['kiap-guide', 'Klyngens regler']] },
  'governance.plo-membership-unknown': { kind: 'interpretation', sources: [['klyngeregler-2023', '6.1'], ['design-interpretation', 'Voting right']] },
} as const;

describe('governance catalogue entries', () => {
  it.each(Object.entries(expected))('%s has its kind, sources and a summary in da and en', (id, { kind, sources }) => {
    const entry = ruleCatalogue[id as keyof typeof expected];
    expect(entry.id).toBe(id);
    expect(entry.kind).toBe(kind);
    expect(entry.sources.map((s) => [s.document, s.section])).toEqual(sources);
    for (const s of entry.sources) expect(Object.keys(SOURCES)).toContain(s.document);
    expect(entry.summary.da.length).toBeGreaterThan(40);
    expect(entry.summary.en.length).toBeGreaterThan(40);
    expect(entry.summary.da).not.toBe(entry.summary.en);
  });
});

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
