import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { countElection } from '../../src/index.js';

const electionArb = fc
  .array(fc.nat({ max: 6 }), { minLength: 1, maxLength: 8 })
  .chain((votes) => fc.tuple(fc.constant(votes), fc.integer({ min: 1, max: votes.length })))
  .map(([votes, seats]) => ({ seats, candidates: votes.map((v, i) => ({ id: `C${String(i)}`, votes: v })) }));

test.prop([electionArb])('governance.election-majority: no one outside the elected has as many votes as someone elected; ties are never decided', (input) => {
  const r = countElection(input);
  const votesOf = new Map(input.candidates.map((c) => [c.id, c.votes]));
  expect(r.elected.length).toBeLessThanOrEqual(input.seats);
  const others = input.candidates.filter((c) => !r.elected.includes(c.id));
  for (const id of r.elected) {
    expect(votesOf.get(id)!).toBeGreaterThan(0);
    for (const o of others) expect(votesOf.get(id)!).toBeGreaterThan(o.votes);
  }
  // A tie leaves seats open and names candidates with equal votes.
  if (r.tied.length > 0) {
    expect(new Set(r.tied.map((id) => votesOf.get(id))).size).toBe(1);
    expect(r.tied.length).toBeGreaterThan(input.seats - r.elected.length);
  }
  expect(r.findings.length).toBe(r.elected.length < input.seats ? 1 : 0);
});

test.prop([electionArb])('the order of the candidates does not change who is elected or tied', (input) => {
  const reversed = { ...input, candidates: [...input.candidates].reverse() };
  const a = countElection(input);
  const b = countElection(reversed);
  expect([...b.elected].sort()).toEqual([...a.elected].sort());
  expect([...b.tied].sort()).toEqual([...a.tied].sort());
});
