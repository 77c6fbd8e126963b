/**
 * Catalogue entries of the duties area: the procedural duties around the
 * annual meeting (klyngeregler-2023 §4.2, kiap-guide), the specialist
 * scheme's duties (ekvis-koordinator) and how the year is judged as of a
 * date. Summaries are in our own words.
 */
import { defineRules } from '../../core/ruleEntry.js';

export const dutiesRules = defineRules([
  {
    id: 'duties.agm-chair-and-minute-taker',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '4.2' }],
    summary: {
      da: 'På årsmødet vælges en dirigent, der leder mødet, og en af medlemmerne udpeges til at skrive referat.',
      en: 'At the annual meeting a chair is chosen to run it, and one of the members is appointed to take the minutes.',
    },
  },
  {
    id: 'duties.minutes-signed',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '4.2' }],
    summary: {
      da: 'Dirigenten skriver under på referatet, før det går ud til medlemmerne. Kalenderen dater pligten ved referatfristen (en fortolkning).',
      en: 'The chair signs the minutes before they go out to the members. The duty is dated at the minutes deadline (an interpretation).',
    },
  },
  {
    id: 'duties.secretariat-informed',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '4.2' }],
    summary: {
      da: 'Når nogen er valgt til en post, får PLO’s klyngesekretariat deres navn, e-mail og valgperiode. Reglerne giver ingen frist; biblioteket dater pligten ved referatfristen (en fortolkning).',
      en: "When someone is elected to a post, PLO's cluster secretariat is given their name, e-mail and term. The rules set no deadline; the library dates the duty at the minutes deadline (an interpretation).",
    },
  },
  {
    id: 'duties.kiap-coordinator-update',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '4.2' },
      { document: 'kiap-guide', section: 'Skift af klyngekoordinator og bestyrelsesmedlemmer' },
    ],
    summary: {
      da: 'Vælges en ny koordinator, rettes koordinatorens navn og e-mail på kiap.dk; det er den afgående koordinator, der foretager skiftet under "Min klynge". Biblioteket dater pligten ved referatfristen (en fortolkning).',
      en: "When a new coordinator is elected, the coordinator's name and e-mail are changed on kiap.dk; the outgoing coordinator makes the change under 'Min klynge'. The library dates the duty at the minutes deadline (an interpretation).",
    },
  },
  {
    id: 'duties.specialist-meetings-per-year',
    kind: 'interpretation',
    sources: [
      { document: 'ekvis-koordinator', section: 'Plan og status for klyngens aktiviteter' },
      { document: 'ekvis-koordinator', section: 'Møder' },
    ],
    summary: {
      da: 'En speciallægeklynge mødes 2–4 gange om året. Færre end 2 møder i et afsluttet år giver en advarsel; flere end 4 giver en oplysning om, at kun 4 møder får refunderet lokale og forplejning.',
      en: 'A specialist cluster meets 2–4 times a year. Fewer than 2 meetings in a finished year give a warning; more than 4 give a note that only 4 meetings have venue and catering refunded.',
    },
  },
  {
    id: 'duties.specialist-meeting-agenda',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Møder' }],
    summary: {
      da: 'Hvert klyngemøde i speciallægepraksis har en dagsorden, som koordinatoren lægger som fælles grundlag for mødet.',
      en: 'Every cluster meeting in specialist practice has an agenda, which the coordinator prepares as the common basis of the meeting.',
    },
  },
  {
    id: 'duties.specialist-attendance',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Møder' }],
    summary: {
      da: 'Koordinatoren noterer ved hvert møde, hvem der deltog, og hvem der meldte afbud.',
      en: 'At every meeting the coordinator records who took part and who sent apologies.',
    },
  },
  {
    id: 'duties.specialist-coordinators-meeting',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Videndeling, sparring og kompetenceudvikling' }],
    summary: {
      da: 'Koordinatoren deltager hvert år i eKVIS’ træf for klyngekoordinatorer; honoraret dækker deltagelsen. Datoen fastsættes af eKVIS, så pligten dateres ved årets udgang (en fortolkning).',
      en: "Each year the coordinator takes part in eKVIS's meeting for cluster coordinators; the fee covers it. eKVIS sets the date, so the duty is dated at the end of the year (an interpretation).",
    },
  },
  {
    id: 'duties.specialist-coordinator-term',
    kind: 'recommendation',
    sources: [{ document: 'ekvis-koordinator', section: 'Funktionsperiode' }],
    summary: {
      da: 'Der er ingen fast grænse for, hvor længe en koordinator sidder, men klyngen anbefales at aftale en periode, fx 2 år, som kan gentages. Er ingen periode aftalt, gives en oplysning.',
      en: 'There is no fixed limit on how long a coordinator serves, but the cluster is advised to agree a term, e.g. 2 years, which may be repeated. When none is agreed, a note is given.',
    },
  },
  {
    id: 'duties.specialist-handover',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Funktionsperiode' }],
    summary: {
      da: 'Når koordinatoren skiftes, fortæller den afgående koordinator eKVIS, hvem der tager over, og fra hvilken dag. Pligten dateres ved skiftet.',
      en: 'When the coordinator changes, the outgoing coordinator tells eKVIS who takes over and from which day. The duty is dated at the change.',
    },
  },
  {
    id: 'duties.as-of',
    kind: 'interpretation',
    sources: [
      { document: 'design-interpretation', section: 'The cluster year and the calendar' },
      { document: 'klyngeregler-2023', section: '4.3' },
    ],
    summary: {
      da: 'Året kan bedømmes ved udgangen af en given dag: hver dateret pligt er udført, overskredet, kommende eller ukendt (fristen er passeret, men dokumentet siger intet). En pligt, der endnu ikke er forfalden, er aldrig en overtrædelse. Er der ved udgangen af marts intet årsmøde noteret, gives en advarsel (første kvartal er en anbefaling), og ved årets udgang en overtrædelse.',
      en: 'The year can be judged at the end of a given day: each dated duty is done, overdue, upcoming or unknown (its date has passed but the document says nothing). A duty not yet due is never a violation. When no annual meeting is recorded by the end of March a warning is given (the first quarter is a recommendation), and at the end of the year a violation.',
    },
  },
]);

/** A rule id of the duties area. */
export type DutiesRuleId = keyof typeof dutiesRules;
