/**
 * Judge what actually happened around a meeting against the AGM rules:
 * agm.notice-period (klyngeregler-2023 §4: on time and with the agenda),
 * agm.proposal-deadline (§5.2, "bør": a late proposal is a warning),
 * agm.minutes-deadline (§5.3) and agm.election-record (§5.4, §4.2: name,
 * term and fee of everyone elected, in the minutes). Facts not given are not
 * judged.
 */
import { z } from 'zod';
import { echo, inputError } from '../../core/errors.js';
import { longDate } from '../../core/dateText.js';
import { isoDateSchema, toDayNumber } from '../../core/dates.js';
import type { IsoDate } from '../../core/dates.js';
import { finding } from '../../core/findings.js';
import type { Finding } from '../../core/findings.js';
import { parseInput } from '../../core/validate.js';
import { agmDeadlines } from './agmDeadlines.js';
import type { AgmDeadlines } from './agmDeadlines.js';
import { agmOptionsSchema } from './options.js';
import { agmPeriodsOn } from './periods.js';
import { agmRules } from './agmRules.js';

/**
 * zod schema for the facts of one meeting given to {@link checkAgm}.
 *
 * @example
 * agmFactsSchema.safeParse({ meeting: '2025-03-27', noticeSentOn: '2025-03-10' }).success // true
 * agmFactsSchema.safeParse({ meeting: '2025-02-30' }).success // false
 */
export const agmFactsSchema = z
  .object({
    meeting: isoDateSchema.describe('Date of the meeting'),
    kind: z.enum(['ordinary', 'extraordinary']).optional().describe("'ordinary' (default) or 'extraordinary' meeting"),
    noticeSentOn: isoDateSchema.optional().describe('Date the electronic notice went out'),
    agendaIncluded: z.boolean().optional().describe('Whether the agenda went out with the notice (only false is judged)'),
    proposals: z
      .array(
        z
          .object({
            id: z.string().min(1).describe('Your id of the proposal (shown in messages; do not use a CPR number)'),
            receivedOn: isoDateSchema.describe('Date the proposal was received'),
          })
          .strict(),
      )
      .optional()
      .describe("Members' proposals and when they arrived"),
    minutesSentOn: isoDateSchema.optional().describe('Date the minutes went to the members'),
    elections: z
      .array(
        z
          .object({
            post: z.string().trim().min(1).describe('The post elected to, e.g. klyngekoordinator'),
            name: z.string().optional().describe('Full name of the person elected, as in the minutes'),
            term: z.string().optional().describe('The term, as in the minutes'),
            fee: z.union([z.string(), z.number().finite().nonnegative()]).optional().describe('The fee, as in the minutes (0 or a text such as "honorarfri" counts as recorded)'),
          })
          .strict(),
      )
      .optional()
      .describe('Elections recorded in the minutes'),
  })
  .strict();

/** The facts of one meeting: what was sent when, the proposals and the elections recorded in the minutes. */
export type AgmFacts = z.input<typeof agmFactsSchema>;

/**
 * zod schema for the options of {@link checkAgm}: the AGM options without
 * `meetingKind` (the kind is a fact: `kind` in the input).
 *
 * @example
 * checkAgmOptionsSchema.safeParse({ noticeOnWorkingDay: true }).success // true
 * checkAgmOptionsSchema.safeParse({ meetingKind: 'annual' }).success // false (checkAgm reads the kind from the facts)
 */
export const checkAgmOptionsSchema = agmOptionsSchema.omit({ meetingKind: true }).strict();

/** Options of {@link checkAgm}. */
export type CheckAgmOptions = z.input<typeof checkAgmOptionsSchema>;

/** The deadlines of the meeting and every finding about it. */
export interface AgmCheck {
  readonly deadlines: AgmDeadlines;
  /** The window finding of the deadlines first, then notice, agenda, proposals, minutes and elections. */
  readonly findings: Finding[];
}

const FIELD_NAMES = {
  name: { da: 'fulde navn', en: 'full name' },
  term: { da: 'valgperiode', en: 'term' },
  fee: { da: 'honorering', en: 'fee' },
} as const;

function isBlank(value: string | number | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

function checkNotice(
  facts: { meeting: IsoDate; noticeSentOn?: IsoDate | undefined; agendaIncluded?: boolean | undefined },
  noticeBy: IsoDate,
): Finding[] {
  const rule = agmRules['agm.notice-period'];
  const found: Finding[] = [];
  const { noticeDays } = agmPeriodsOn(facts.meeting);
  if (facts.noticeSentOn !== undefined && facts.noticeSentOn > noticeBy) {
    const daysOfNotice = toDayNumber(facts.meeting) - toDayNumber(facts.noticeSentOn);
    found.push(
      finding(
        rule,
        'violation',
        {
          da: `Indkaldelsen blev sendt ${longDate(facts.noticeSentOn, 'da')}, men skulle være sendt senest ${longDate(noticeBy, 'da')}: der skal være mindst ${noticeDays} dages varsel før mødet ${longDate(facts.meeting, 'da')}, og der var ${daysOfNotice}.`,
          en: `The notice went out on ${longDate(facts.noticeSentOn, 'en')} but was due by ${longDate(noticeBy, 'en')}: the meeting on ${longDate(facts.meeting, 'en')} needs at least ${noticeDays} days' notice, and it had ${daysOfNotice}.`,
        },
        { noticeSentOn: facts.noticeSentOn, noticeBy, meeting: facts.meeting, daysOfNotice },
      ),
    );
  }
  if (facts.agendaIncluded === false) {
    found.push(
      finding(
        rule,
        'violation',
        {
          da: 'Dagsordenen blev ikke sendt med indkaldelsen; den skal følge med.',
          en: 'The agenda did not go out with the notice; it must accompany it.',
        },
        { agendaIncluded: false },
      ),
    );
  }
  return found;
}

/**
 * Judge the facts of a meeting: a notice sent after `noticeBy` or without the
 * agenda → `violation`; a proposal received after `proposalsBy` → `warning`
 * (the cluster need not take it up); minutes sent after `minutesBy` →
 * `violation`; an election recorded without full name, term or fee →
 * `violation` (a blank string counts as missing; a fee of 0 is a recorded
 * fee). Facts not given are not judged. The window warning of
 * {@link agmDeadlines} is included for an ordinary meeting.
 *
 * @param input - the meeting date, `kind` (default `'ordinary'`) and the facts known
 * @param options - `closedDays`, `extraClosedDays`, `noticeOnWorkingDay`
 * @throws {KlyngeInputError} for an impossible date, a proposal without a date, minutes dated before the meeting, unknown keys.
 * @example
 * checkAgm({ meeting: '2025-03-27', noticeSentOn: '2025-03-14', agendaIncluded: true }).findings[0].rule
 * // 'agm.notice-period' (a violation: due by 2025-03-13)
 */
export function checkAgm(input: AgmFacts, options?: CheckAgmOptions): AgmCheck {
  const facts = parseInput(agmFactsSchema, input);
  const parsedOptions = parseInput(checkAgmOptionsSchema, options === undefined ? {} : options, ['options']);
  if (facts.minutesSentOn !== undefined && facts.minutesSentOn < facts.meeting) {
    throw inputError(['minutesSentOn'], `the minutes cannot be sent (${longDate(facts.minutesSentOn, 'en')}) before the meeting (${longDate(facts.meeting, 'en')})`);
  }
  const deadlines = agmDeadlines(facts.meeting, { ...parsedOptions, meetingKind: facts.kind ?? 'ordinary' });
  const findings: Finding[] = [...deadlines.findings, ...checkNotice(facts, deadlines.noticeBy)];

  for (const proposal of facts.proposals ?? []) {
    if (proposal.receivedOn > deadlines.proposalsBy) {
      findings.push(
        finding(
          agmRules['agm.proposal-deadline'],
          'warning',
          {
            da: `Forslaget "${echo(proposal.id)}" kom ${longDate(proposal.receivedOn, 'da')}, efter fristen ${longDate(deadlines.proposalsBy, 'da')}; klyngen behøver ikke at behandle det på mødet.`,
            en: `Proposal "${echo(proposal.id)}" arrived on ${longDate(proposal.receivedOn, 'en')}, after the deadline ${longDate(deadlines.proposalsBy, 'en')}; the cluster need not take it up at the meeting.`,
          },
          { id: proposal.id, receivedOn: proposal.receivedOn, proposalsBy: deadlines.proposalsBy },
        ),
      );
    }
  }

  if (facts.minutesSentOn !== undefined && facts.minutesSentOn > deadlines.minutesBy) {
    findings.push(
      finding(
        agmRules['agm.minutes-deadline'],
        'violation',
        {
          da: `Referatet blev sendt ${longDate(facts.minutesSentOn, 'da')}, men skulle være sendt senest ${longDate(deadlines.minutesBy, 'da')} (${agmPeriodsOn(facts.meeting).minutesDays} dage efter mødet ${longDate(facts.meeting, 'da')}).`,
          en: `The minutes went out on ${longDate(facts.minutesSentOn, 'en')} but were due by ${longDate(deadlines.minutesBy, 'en')} (${agmPeriodsOn(facts.meeting).minutesDays} days after the meeting on ${longDate(facts.meeting, 'en')}).`,
        },
        { minutesSentOn: facts.minutesSentOn, minutesBy: deadlines.minutesBy, meeting: facts.meeting },
      ),
    );
  }

  (facts.elections ?? []).forEach((election, index) => {
    const missing = (['name', 'term', 'fee'] as const).filter((field) => isBlank(election[field]));
    if (missing.length > 0) {
      findings.push(
        finding(
          agmRules['agm.election-record'],
          'violation',
          {
            da: `Valget til posten "${echo(election.post)}" mangler ${missing.map((f) => FIELD_NAMES[f].da).join(', ')} i referatet.`,
            en: `The election to the post "${echo(election.post)}" lacks the ${missing.map((f) => FIELD_NAMES[f].en).join(', ')} in the minutes.`,
          },
          { index, post: election.post, missing },
        ),
      );
    }
  });

  return { deadlines, findings };
}
