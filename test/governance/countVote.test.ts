import { describe, expect, it } from 'vitest';
import { countVote, isRuleId, voteSchema } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';


describe('countVote (governance.simple-majority)', () => {
  it('passes when yes > no, blanks ignored, no findings', () => {
    expect(countVote({ yes: 12, no: 7, blank: 3 })).toEqual({ passed: true, yes: 12, no: 7, blank: 3, findings: [] });
  });

  it('passes by a single vote', () => {
    expect(countVote({ yes: 1, no: 0 })).toEqual({ passed: true, yes: 1, no: 0, blank: 0, findings: [] });
  });

  it('fails when no > yes, however many blanks', () => {
    expect(countVote({ yes: 4, no: 5, blank: 40 })).toEqual({ passed: false, yes: 4, no: 5, blank: 40, findings: [] });
  });

  it('a tie fails and says so with the figures (info)', () => {
    const result = countVote({ yes: 6, no: 6, blank: 2 });
    expect(result.passed).toBe(false);
    expect(result.findings).toEqual([
      {
        rule: 'governance.simple-majority',
        severity: 'info',
        message: {
          da: 'Stemmelighed: 6 for og 6 imod (2 blanke). Forslaget er ikke vedtaget, da simpelt flertal kræver flere stemmer for end imod.',
          en: 'Tie: 6 for and 6 against (2 blank). The proposal is not adopted, as a simple majority needs more votes for than against.',
        },
        source: { document: 'klyngeregler-2023', section: '6.2' },
        data: { yes: 6, no: 6, blank: 2 },
      },
    ]);
    expect(isRuleId(result.findings[0]!.rule)).toBe(true);
  });

  it('no votes at all is a tie and fails', () => {
    const result = countVote({ yes: 0, no: 0 });
    expect(result.passed).toBe(false);
    expect(result.blank).toBe(0);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['governance.simple-majority', 'info']]);
  });

  it('accepts votes cast up to the number entitled to vote', () => {
    expect(countVote({ yes: 5, no: 3, blank: 2, eligible: 10 }).passed).toBe(true);
    expect(countVote({ yes: 0, no: 0, blank: 0, eligible: 0 }).passed).toBe(false);
  });

  it('more votes than voters is an input error at eligible', () => {
    expect(issuesOf(() => countVote({ yes: 5, no: 3, blank: 3, eligible: 10 }))).toEqual([{ path: ['eligible'], message: '11 votes were cast (yes + no + blank) but only 10 are entitled to vote' }]);
  });

  it.each([
    [{ yes: -1, no: 0 }, ['yes'], 'yes must not be negative'],
    [{ yes: 1.5, no: 0 }, ['yes'], 'yes must be a whole number'],
    [{ yes: 1, no: -2 }, ['no'], 'no must not be negative'],
    [{ yes: 1, no: 0, blank: -1 }, ['blank'], 'blank must not be negative'],
    [{ yes: 1, no: 0, blank: 0.5 }, ['blank'], 'blank must be a whole number'],
    [{ yes: 1, no: 0, eligible: -1 }, ['eligible'], 'eligible must not be negative'],
    [{ yes: '3', no: 0 }, ['yes'], 'yes must be a number'],
    [{ yes: 3 }, ['no'], 'no must be a number'],
    [{ yes: Number.NaN, no: 0 }, ['yes'], 'yes must be a number'],
    [{ yes: Number.POSITIVE_INFINITY, no: 0 }, ['yes'], undefined],
  ] as const)('rejects %j', (input, path, message) => {
    const [issue] = issuesOf(() => countVote(input as never));
    expect(issue!.path).toEqual(path);
    if (message !== undefined) expect(issue!.message).toBe(message);
  });

  it('rejects a non-object', () => {
    expect(issuesOf(() => countVote(null as never))[0]!.path).toEqual([]);
  });

  it('voteSchema fills in blank = 0', () => {
    expect(voteSchema.parse({ yes: 3, no: 2 })).toEqual({ yes: 3, no: 2, blank: 0 });
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ yes: 2, no: 1 });
    countVote(input);
    expect(input).toEqual({ yes: 2, no: 1 });
  });

  it('a misspelt key is an input error naming it (#16: elegible)', () => {
    const [issue] = issuesOf(() => countVote({ yes: 3, no: 2, elegible: 4 } as never));
    expect(issue!.path).toEqual([]);
    expect(issue!.message).toContain('elegible');
  });
});
