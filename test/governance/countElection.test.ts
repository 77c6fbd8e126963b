import { describe, expect, it } from 'vitest';
import { countElection, electionSchema, isRuleId } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('countElection (governance.election-majority, §6.2)', () => {
  const cases: [string, Parameters<typeof countElection>[0], string[], string[]][] = [
    ['most votes wins', { candidates: [{ id: 'A', votes: 9 }, { id: 'B', votes: 7 }, { id: 'C', votes: 2 }] }, ['A'], []],
    ['most votes wins without an absolute majority', { candidates: [{ id: 'A', votes: 5 }, { id: 'B', votes: 4 }, { id: 'C', votes: 4 }] }, ['A'], []],
    ['blank ballots do not count', { candidates: [{ id: 'A', votes: 3 }, { id: 'B', votes: 2 }], blank: 10 }, ['A'], []],
    ['a tie for the seat is reported, nobody elected', { candidates: [{ id: 'A', votes: 5 }, { id: 'B', votes: 5 }, { id: 'C', votes: 1 }] }, [], ['A', 'B']],
    ['two seats: the two with most votes', { seats: 2, candidates: [{ id: 'A', votes: 2 }, { id: 'B', votes: 8 }, { id: 'C', votes: 6 }] }, ['B', 'C'], []],
    ['two seats: a tie for the second seat elects only the first', { seats: 2, candidates: [{ id: 'A', votes: 9 }, { id: 'B', votes: 4 }, { id: 'C', votes: 4 }] }, ['A'], ['B', 'C']],
    ['two seats shared equally by two candidates: both elected', { seats: 2, candidates: [{ id: 'A', votes: 4 }, { id: 'B', votes: 4 }, { id: 'C', votes: 1 }] }, ['A', 'B'], []],
    ['a single candidate with votes is elected', { candidates: [{ id: 'A', votes: 1 }] }, ['A'], []],
    ['no votes at all: nobody is elected, no tie', { candidates: [{ id: 'A', votes: 0 }, { id: 'B', votes: 0 }] }, [], []],
  ];
  it.each(cases)('%s', (_, input, elected, tied) => {
    const r = countElection(input);
    expect(r.elected).toEqual(elected);
    expect(r.tied).toEqual(tied);
    const seats = input.seats ?? 1;
    expect(r.findings.length).toBe(elected.length < seats ? 1 : 0);
    for (const f of r.findings) expect([f.rule, f.severity, isRuleId(f.rule)]).toEqual(['governance.election-majority', 'info', true]);
  });

  it('a tie names the candidates and says the meeting decides', () => {
    const r = countElection({ post: 'coordinator', candidates: [{ id: 'A', votes: 5 }, { id: 'B', votes: 5 }] });
    expect(r.findings[0]).toEqual({
      rule: 'governance.election-majority',
      severity: 'info',
      message: {
        da: "Stemmelighed i valget til coordinator: 'A', 'B' har hver 5 stemmer om 1 plads(er). Mødet afgør stemmeligheden (fx ved omvalg); biblioteket vælger ikke.",
        en: "Tie in the election for coordinator: 'A', 'B' have 5 votes each for 1 seat(s). The meeting settles the tie (e.g. by a new ballot); the library does not choose.",
      },
      source: { document: 'klyngeregler-2023', section: '6.2' },
      data: { tied: ['A', 'B'], votes: 5, openSeats: 1 },
    });
  });

  it('ranks by votes, input order among equals', () => {
    expect(countElection({ candidates: [{ id: 'A', votes: 1 }, { id: 'B', votes: 3 }, { id: 'C', votes: 1 }] }).ranking).toEqual([
      { id: 'B', votes: 3 },
      { id: 'A', votes: 1 },
      { id: 'C', votes: 1 },
    ]);
  });

  it('never echoes a CPR-shaped id in a message', () => {
    const r = countElection({ candidates: [{ id: '010190-1234', votes: 2 }, { id: 'B', votes: 2 }] });
    expect(r.findings[0]!.message.da).not.toMatch(/\d{6}-?\d{4}/);
  });

  it.each([
    ['no candidates', { candidates: [] }, ['candidates']],
    ['negative votes', { candidates: [{ id: 'A', votes: -1 }] }, ['candidates', 0, 'votes']],
    ['fractional votes', { candidates: [{ id: 'A', votes: 1.5 }] }, ['candidates', 0, 'votes']],
    ['duplicate candidate', { candidates: [{ id: 'A', votes: 1 }, { id: 'A', votes: 2 }] }, ['candidates', 1, 'id']],
    ['more seats than candidates', { seats: 3, candidates: [{ id: 'A', votes: 1 }] }, ['seats']],
    ['zero seats', { seats: 0, candidates: [{ id: 'A', votes: 1 }] }, ['seats']],
    ['more votes than voters', { eligible: 3, candidates: [{ id: 'A', votes: 3 }], blank: 1 }, ['eligible']],
    ['an unknown key on a candidate', { candidates: [{ id: 'A', votes: 1, vote: 1 }] }, ['candidates', 0]],
    ['an unknown key on the election', { candidates: [{ id: 'A', votes: 1 }], seat: 2 }, []],
  ] as const)('rejects %s', (_, input, path) => {
    expect(issuesOf(() => countElection(input as never))[0]!.path).toEqual(path);
  });

  it('votes up to eligible × seats are accepted', () => {
    expect(countElection({ eligible: 3, seats: 2, candidates: [{ id: 'A', votes: 3 }, { id: 'B', votes: 3 }] }).elected).toEqual(['A', 'B']);
  });

  it('electionSchema fills in seats and blank', () => {
    expect(electionSchema.parse({ candidates: [{ id: 'A', votes: 3 }] })).toEqual({ candidates: [{ id: 'A', votes: 3 }], seats: 1, blank: 0 });
  });
});
