import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { countVote, isKlyngeInputError, isRuleId } from '../../src/index.js';

const votes = fc.nat({ max: 10_000 });

test.prop([votes, votes, votes, votes])('the result does not depend on the number of blanks', (yes, no, blank1, blank2) => {
  const a = countVote({ yes, no, blank: blank1 });
  const b = countVote({ yes, no, blank: blank2 });
  expect(a.passed).toBe(b.passed);
  expect(a.findings.map((f) => [f.rule, f.severity])).toEqual(b.findings.map((f) => [f.rule, f.severity]));
});

test.prop([votes, votes, fc.option(votes, { nil: undefined })])('passed ⇔ yes > no; a finding exactly on a tie', (yes, no, blank) => {
  const result = countVote(blank === undefined ? { yes, no } : { yes, no, blank });
  expect(result.passed).toBe(yes > no);
  expect(result.findings.length).toBe(yes === no ? 1 : 0);
  for (const f of result.findings) expect(isRuleId(f.rule)).toBe(true);
});

test.prop([votes, votes, votes])('adding a yes vote never turns passed into failed', (yes, no, blank) => {
  if (countVote({ yes, no, blank }).passed) expect(countVote({ yes: yes + 1, no, blank }).passed).toBe(true);
});

test.prop([votes, votes, votes])('adding a no vote never turns failed into passed', (yes, no, blank) => {
  if (!countVote({ yes, no, blank }).passed) expect(countVote({ yes, no: no + 1, blank }).passed).toBe(false);
});

test.prop([votes, votes, votes, votes])('eligible: accepted exactly when the votes cast fit', (yes, no, blank, eligible) => {
  let error: unknown;
  try {
    countVote({ yes, no, blank, eligible });
  } catch (e) {
    error = e;
  }
  if (yes + no + blank > eligible) expect(isKlyngeInputError(error)).toBe(true);
  else expect(error).toBeUndefined();
});

test.prop([
  fc.record({
    yes: fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.string(), fc.constant(null)),
    no: votes,
  }),
])('malformed counts are rejected with KlyngeInputError', (input) => {
  expect(() => countVote(input as never)).toThrow(expect.objectContaining({ name: 'KlyngeInputError' }) as Error);
});

test.prop([fc.anything()])('arbitrary junk never throws anything but KlyngeInputError', (junk) => {
  try {
    countVote(junk as never);
  } catch (error) {
    expect(isKlyngeInputError(error)).toBe(true);
  }
});
