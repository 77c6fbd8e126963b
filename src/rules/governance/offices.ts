/**
 * How a cluster fills its posts (klyngeregler-2023 §4.1, §7.1, §7.3;
 * kiap-guide "Formel oprettelse af klyngerne"): the founding meeting, the
 * election of coordinator, cashier and board at a general meeting with a
 * contract for each, and what happens when the coordinator leaves mid-term.
 * Facts on the cluster document; a fact left out is unknown and never a
 * violation.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../../core/dates.js';
import { longDates } from '../../core/dateText.js';
import { echo } from '../../core/errors.js';
import { finding, type Finding } from '../../core/findings.js';
import { governanceRules as R } from './governanceRules.js';

const personId = (what: string) =>
  z.string({ message: `${what} must be a string` }).min(1, { message: `${what} must not be empty` });

/**
 * zod schema of the founding meeting of a new cluster (§4.1), given in the cluster's first year.
 *
 * @example
 * foundingSchema.safeParse({ date: '2025-02-10', rulesPresented: true }).success // true
 */
export const foundingSchema = z
  .strictObject({
    date: isoDateSchema.describe('The day of the founding meeting (stiftende møde/generalforsamling)'),
    rulesPresented: z
      .boolean({ message: 'rulesPresented must be true or false' })
      .optional()
      .describe('The members were told the rules for the cluster work at the meeting; unknown if left out'),
  })
  .describe("The founding meeting of a new cluster (§4.1); give it in the cluster's first year");

/** The items a post's contract states (kiap-guide "Formel oprettelse af klyngerne"). */
export const CONTRACT_ITEMS = ['tasks', 'expected-hours', 'fee'] as const;

/**
 * zod schema of one elected post of the cluster: coordinator, cashier or board member.
 *
 * @example
 * postSchema.safeParse({ post: 'coordinator', personId: 'D1', electedAt: 'ordinary-agm', contract: true }).success // true
 */
export const postSchema = z
  .strictObject({
    post: z
      .enum(['coordinator', 'cashier', 'board-member'], { message: "post must be 'coordinator', 'cashier' or 'board-member'" })
      .describe('The post'),
    personId: personId('personId').describe('Who holds it (for the coordinator: the same id as coordinatorId)'),
    electedAt: z
      .enum(['ordinary-agm', 'extraordinary-agm', 'founding-meeting', 'other'], {
        message: "electedAt must be 'ordinary-agm', 'extraordinary-agm', 'founding-meeting' or 'other'",
      })
      .optional()
      .describe("Where the holder was elected; anything but a general meeting ('other') breaks §7.1; unknown if left out"),
    contract: z.boolean({ message: 'contract must be true or false' }).optional().describe('A contract for the post exists; unknown if left out'),
    contractStates: z
      .array(z.enum(CONTRACT_ITEMS, { message: "contractStates items must be 'tasks', 'expected-hours' or 'fee'" }))
      .optional()
      .describe("What the contract states: 'tasks', 'expected-hours', 'fee' (all three are needed); unknown if left out"),
  })
  .describe('An elected post of the cluster');

/**
 * zod schema of a coordinator who left before the end of the term (§7.3).
 *
 * @example
 * coordinatorLeftSchema.safeParse({ personId: 'D1', on: '2025-06-30', substituteId: 'D3' }).success // true
 */
export const coordinatorLeftSchema = z
  .strictObject({
    personId: personId('personId').describe('The coordinator who left'),
    on: isoDateSchema.describe('The day they left the post'),
    substituteId: personId('substituteId')
      .nullable()
      .optional()
      .describe('The member who took over until the next AGM; null when nobody did; unknown if left out'),
    extraordinaryMeetingOn: isoDateSchema
      .nullable()
      .optional()
      .describe('The day of the extraordinary meeting that elected a new coordinator; null when none was held; unknown if left out'),
  })
  .describe('A coordinator who left before the end of the term (§7.3)');

/** The facts {@link officeFindings} judges, already validated. */
export interface OfficeFacts {
  readonly founding?: z.output<typeof foundingSchema> | undefined;
  readonly posts: readonly z.output<typeof postSchema>[];
  readonly coordinatorLeft?: z.output<typeof coordinatorLeftSchema> | undefined;
  /** True when the person is a member of the cluster (a doctor taking part in it). */
  readonly isMember: (personId: string) => boolean;
}

const POST_NAME = {
  coordinator: { da: 'klyngekoordinator', en: 'coordinator' },
  cashier: { da: 'kasserer', en: 'cashier' },
  'board-member': { da: 'bestyrelsesmedlem', en: 'board member' },
} as const;

const ITEM_NAME = {
  tasks: { da: 'opgaver', en: 'tasks' },
  'expected-hours': { da: 'anslået timeforbrug', en: 'expected hours' },
  fee: { da: 'honorering', en: 'fee' },
} as const;

const on = (date: IsoDate) => longDates(date);

/**
 * Internal: the findings on the founding meeting, the posts and a coordinator
 * who left mid-term, in that order (`governance.founding-meeting`,
 * `governance.elected-at-agm`, `governance.post-contract`,
 * `governance.coordinator-vacancy`). Called by `checkMembership` for the
 * cluster document.
 *
 * @example
 * officeFindings({ posts: [{ post: 'cashier', personId: 'D2', electedAt: 'other' }], isMember: () => true })[0].rule
 * // 'governance.elected-at-agm'
 */
export function officeFindings(facts: OfficeFacts): Finding[] {
  const findings: Finding[] = [];
  const { founding, posts, coordinatorLeft } = facts;

  if (founding?.rulesPresented === false) {
    const d = on(founding.date);
    findings.push(
      finding(
        R['governance.founding-meeting'],
        'violation',
        {
          da: `På det stiftende møde ${d.da} blev medlemmerne ikke gjort bekendt med reglerne for klyngearbejdet.`,
          en: `At the founding meeting on ${d.en} the members were not told the rules for the cluster work.`,
        },
        { date: founding.date },
      ),
    );
  }

  posts.forEach((p, index) => {
    const name = POST_NAME[p.post];
    const who = `'${echo(p.personId)}'`;
    if (p.electedAt === 'other') {
      findings.push(
        finding(
          R['governance.elected-at-agm'],
          'violation',
          {
            da: `${capitalise(name.da)} ${who} er ikke valgt på en generalforsamling (årsmøde, ekstraordinært eller stiftende møde); posten skal besættes ved valg på en generalforsamling.`,
            en: `The ${name.en} ${who} was not elected at a general meeting (AGM, extraordinary or founding meeting); the post must be filled by election at a general meeting.`,
          },
          { post: p.post, personId: p.personId, index },
        ),
      );
    }
    const missing = p.contract === false ? [...CONTRACT_ITEMS] : p.contractStates === undefined ? [] : CONTRACT_ITEMS.filter((item) => !p.contractStates!.includes(item));
    if (p.contract === false || missing.length > 0) {
      const list = (lang: 'da' | 'en') => missing.map((item) => ITEM_NAME[item][lang]).join(', ');
      findings.push(
        finding(
          R['governance.post-contract'],
          'violation',
          p.contract === false
            ? {
                da: `Der er ingen kontrakt for ${name.da} ${who}; der skal være en kontrakt med opgaver, anslået timeforbrug og honorering.`,
                en: `There is no contract for the ${name.en} ${who}; a contract stating tasks, expected hours and fee is required.`,
              }
            : {
                da: `Kontrakten for ${name.da} ${who} mangler: ${list('da')}.`,
                en: `The contract for the ${name.en} ${who} does not state: ${list('en')}.`,
              },
          { post: p.post, personId: p.personId, index, missing },
        ),
      );
    }
  });

  if (coordinatorLeft !== undefined) findings.push(...vacancyFindings(coordinatorLeft, facts.isMember));
  return findings;
}

/** `governance.coordinator-vacancy` (§7.3): a member stands in until the next AGM, or an extraordinary meeting is held. */
function vacancyFindings(left: z.output<typeof coordinatorLeftSchema>, isMember: (id: string) => boolean): Finding[] {
  const d = on(left.on);
  const who = `'${echo(left.personId)}'`;
  const data: Record<string, unknown> = { personId: left.personId, on: left.on };
  if (left.substituteId !== undefined) data['substituteId'] = left.substituteId;
  if (left.extraordinaryMeetingOn !== undefined) data['extraordinaryMeetingOn'] = left.extraordinaryMeetingOn;
  const rule = R['governance.coordinator-vacancy'];
  if (typeof left.substituteId === 'string') {
    if (left.substituteId !== left.personId && isMember(left.substituteId)) return [];
    return [
      finding(
        rule,
        'violation',
        {
          da: `Koordinatoren ${who} fratrådte ${d.da}; stedfortræderen '${echo(left.substituteId)}' er ikke et andet medlem af klyngen.`,
          en: `The coordinator ${who} left on ${d.en}; the substitute '${echo(left.substituteId)}' is not another member of the cluster.`,
        },
        { ...data, reason: 'substitute-not-a-member' },
      ),
    ];
  }
  if (typeof left.extraordinaryMeetingOn === 'string') return [];
  if (left.substituteId === null && left.extraordinaryMeetingOn === null) {
    return [
      finding(
        rule,
        'violation',
        {
          da: `Koordinatoren ${who} fratrådte ${d.da}, og posten er hverken overtaget af et andet medlem frem til næste årsmøde eller besat på et ekstraordinært møde.`,
          en: `The coordinator ${who} left on ${d.en}, and the post was neither taken over by another member until the next AGM nor filled at an extraordinary meeting.`,
        },
        { ...data, reason: 'post-left-empty' },
      ),
    ];
  }
  return [
    finding(
      rule,
      'info',
      {
        da: `Koordinatoren ${who} fratrådte ${d.da}: et andet medlem kan varetage posten frem til næste årsmøde, eller der holdes et ekstraordinært møde. Det er ikke oplyst, hvad der skete (substituteId, extraordinaryMeetingOn).`,
        en: `The coordinator ${who} left on ${d.en}: another member may hold the post until the next AGM, or an extraordinary meeting is held. What happened is not stated (substituteId, extraordinaryMeetingOn).`,
      },
      { ...data, reason: 'not-stated' },
    ),
  ];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
