/**
 * Catalogue entries of the agm area: the annual meeting (årsmøde/
 * generalforsamling) of a cluster — notice, proposals, minutes, elections and
 * the recommended window. Summaries are in our own words.
 */
import { defineRules } from '../../core/ruleEntry.js';
import { agmMinutesDaysTable, agmNoticeDaysTable, agmProposalWorkingDaysTable } from '../../params/agm.js';

export const agmRules = defineRules([
  {
    id: 'agm.annual-meeting',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '4.3' }],
    summary: {
      da: 'Klyngen holder hvert år ét møde om sin administration, hvor sidste års regnskab og budgettet for det kommende år lægges frem.',
      en: "Once a year the cluster holds a meeting about its administration, where last year's accounts and the coming budget are presented.",
    },
  },
  {
    id: 'agm.notice-period',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '4' }],
    summary: {
      da: 'Indkaldelsen sendes elektronisk sammen med dagsordenen senest 14 kalenderdage før mødet. Med valget "noticeOnWorkingDay" rykkes den seneste dag tilbage til en hverdag.',
      en: "The notice goes out electronically, with the agenda, no later than 14 calendar days before the meeting. With 'noticeOnWorkingDay' the latest day moves back to a working day.",
    },
    parameters: [agmNoticeDaysTable],
  },
  {
    id: 'agm.proposal-deadline',
    kind: 'recommendation',
    sources: [{ document: 'klyngeregler-2023', section: '5.2' }],
    summary: {
      da: 'Medlemmers forslag bør være modtaget senest på den 10. hverdag talt baglæns fra dagen før mødet. Et senere forslag behøver klyngen ikke at behandle.',
      en: "Members' proposals should arrive by the 10th working day counted backwards from the day before the meeting. The cluster need not take up a later one.",
    },
    parameters: [agmProposalWorkingDaysTable],
  },
  {
    id: 'agm.minutes-deadline',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '5.3' },
      { document: 'forældelsesloven-27', section: '§ 27, stk. 2' },
    ],
    summary: {
      da: 'Referatet sendes til medlemmerne senest 14 kalenderdage efter mødet; er den dag ikke en hverdag, gælder den næste hverdag, som når love regner frister.',
      en: 'The minutes reach the members within 14 calendar days after the meeting; if that day is not a working day, the next working day counts, as statutes count deadlines.',
    },
    parameters: [agmMinutesDaysTable],
  },
  {
    id: 'agm.election-record',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '5.4' },
      { document: 'klyngeregler-2023', section: '4.2' },
    ],
    summary: {
      da: 'For hvert valg til en post skal referatet angive den valgtes fulde navn, valgperioden og honoreringen (også når der ikke er honorar).',
      en: 'For every election to a post the minutes state the full name of the person elected, the term and the fee (also when there is none).',
    },
  },
  {
    id: 'agm.meeting-after-accounts',
    kind: 'recommendation',
    sources: [{ document: 'kiap-guide', section: 'Regler for budget og regnskab' }],
    summary: {
      da: 'Det ordinære årsmøde bør ligge efter 15. marts, fordi PLO først sender årsregnskabet ud efter 1. marts. Et tidligere møde giver en advarsel.',
      en: 'The ordinary meeting should fall after 15 March, because PLO sends out the annual accounts only after 1 March. An earlier meeting gives a warning.',
    },
  },
  {
    id: 'agm.meeting-first-quarter',
    kind: 'recommendation',
    sources: [{ document: 'klyngeregler-2023', section: '4.3' }],
    summary: {
      da: 'Det ordinære årsmøde holdes som udgangspunkt i første kvartal; sammen med reglen om regnskabet giver det et anbefalet tidsrum fra 16. til 31. marts. Et møde efter marts giver en advarsel.',
      en: 'As a rule the ordinary meeting is held in the first quarter; with the accounts rule this gives a recommended window of 16–31 March. A meeting after March gives a warning.',
    },
  },
  {
    id: 'agm.extraordinary-meeting',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '7.3' },
      { document: 'kiap-guide', section: 'Klyngens regler' },
    ],
    summary: {
      da: 'Et ekstraordinært møde (fx ved nyvalg af koordinator eller ændring af reglerne) følger samme regler for indkaldelse, forslag og referat, men har intet anbefalet tidsrum.',
      en: 'An extraordinary meeting (e.g. to elect a new coordinator or change the rules) follows the same notice, proposal and minutes rules but has no recommended window.',
    },
  },
  {
    id: 'agm.standard-agenda',
    kind: 'interpretation',
    sources: [{ document: 'klyngeregler-2023', section: '5.1' }],
    summary: {
      da: 'Standarddagsordenen er skabelonens ni punkter, fra valg af dirigent og referent til eventuelt. Skabelonen siger, at dagsordenen kan indeholde dem; ingen af dem kontrolleres som krav.',
      en: 'The standard agenda is the template’s nine items, from electing a chair and minute-taker to any other business. The template says the agenda may contain them; none is checked as a requirement.',
    },
  },
]);

/** A rule id of the agm area. */
export type AgmRuleId = keyof typeof agmRules;
