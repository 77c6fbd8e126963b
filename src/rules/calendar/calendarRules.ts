/**
 * Catalogue entries of the calendar area: the dated duties of a cluster year
 * and how the calendar places them. Summaries are in our own words.
 */
import { defineRules } from '../../core/ruleEntry.js';

export const calendarRules = defineRules([
  {
    id: 'calendar.ydernumre-registration',
    kind: 'requirement',
    sources: [
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
      { document: 'klyngeregler-2023', section: '3.1' },
    ],
    summary: {
      da: 'Koordinatoren registrerer hvert år inden udgangen af januar ændringer i klyngens ydernumre og medlemmer på kiap.dk; regionen beregner klyngemidlerne ud fra registreringen. Fristen er den sidste dag i januar, også når den er en weekenddag.',
      en: "Every year before the end of January the coordinator records changes to the cluster's provider numbers (ydernumre) and members on kiap.dk; the region computes the grant from that record. The deadline is the last day of January, also when it is a weekend day.",
    },
  },
  {
    id: 'calendar.activity-report',
    kind: 'interpretation',
    sources: [{ document: 'klyngeregler-2023', section: '8.1' }],
    summary: {
      da: 'Koordinatoren laver i starten af året en aktivitetsrapport med møder, planlagte aktiviteter og formuen primo og ultimo og sender den til KiAP, når klyngen har godkendt den. Reglerne giver ingen dato; da rapporten kræver årets regnskab og klyngens godkendelse, som kommer på årsmødet, dateres den ved årsmødet og ellers 31. marts.',
      en: "At the start of the year the coordinator writes an activity report with meetings, planned activities and wealth at the start and end of the year, and sends it to KiAP once the cluster has approved it. The rules give no date; as the report needs the year's accounts and the cluster's approval, which come at the annual meeting, it is dated at the meeting, else 31 March.",
    },
  },
  {
    id: 'calendar.grant-payment',
    kind: 'requirement',
    sources: [
      { document: 'kiap-guide', section: 'Regler for budget og regnskab' },
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
    ],
    summary: {
      da: 'Regionen udbetaler årets klyngemidler til klyngens konto i PLO den 1. marts. Det er en udbetalingsdato og ikke en frist, så den flyttes ikke, selv om dagen er lukket.',
      en: "On 1 March each year the region transfers the grant to the account PLO keeps for the cluster. It is a payment date, not a deadline, so it does not move even when the day is closed.",
    },
  },
  {
    id: 'calendar.meeting-dates-announcement',
    kind: 'recommendation',
    sources: [{ document: 'klyngeregler-2023', section: '10.5' }],
    summary: {
      da: 'Koordinatoren bør melde datoerne for næste års klyngemøder ud i god tid, så medlemmerne kender dem senest ved udgangen af september; fristen er 30. september, også når den er en weekenddag.',
      en: "The coordinator should announce next year's cluster meeting dates in good time, so members know them by the end of September at the latest; the deadline is 30 September, also when it is a weekend day.",
    },
  },
  {
    id: 'calendar.ekvis-status-report',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Plan og status for klyngens aktiviteter' }],
    summary: {
      da: 'I speciallægepraksis afleverer koordinatoren hvert år i januar en status over klyngens arbejde i det forløbne år på eKVIS’ skema. Kalenderen sætter den sidste dag i januar og flytter den ikke ud af måneden.',
      en: "In specialist practice the coordinator hands in, every January, a status of the cluster's work in the past year on eKVIS's form. The calendar uses the last day of January and never moves it out of the month.",
    },
  },
  {
    id: 'calendar.specialist-fee-payment',
    kind: 'requirement',
    sources: [{ document: 'ekvis-koordinator', section: 'Honorering' }],
    summary: {
      da: 'I speciallægepraksis udbetales koordinatorhonoraret for april–marts én gang om året ved udgangen af marts. Kalenderen sætter 31. marts; det er en udbetaling og ikke en frist, så datoen flyttes ikke.',
      en: "In specialist practice the coordinator fee for April–March is paid once a year at the end of March. The calendar uses 31 March; it is a payment, not a deadline, so the date does not move.",
    },
  },
  {
    id: 'calendar.closed-day-shift',
    kind: 'interpretation',
    sources: [
      { document: 'forældelsesloven-27', section: '§ 27, stk. 2' },
      { document: 'design-interpretation', section: 'The cluster year and the calendar' },
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
    ],
    summary: {
      da: 'Kun frister, der regnes fra en begivenhed (referatet efter årsmødet), flyttes fra en lukkedag til næste hverdag som i lovgivningen, og begivenheden viser den oprindelige dato. Pligter, der hører til en måned ("inden udgangen af januar", "i januar", "senest ved udgangen af september"), har fristen på månedens sidste dag og forlader aldrig måneden; teksten siger, når dagen er en weekend- eller helligdag. Udbetalingsdatoer flyttes ikke, og fristen for indkaldelse rykkes aldrig frem, da det ville forkorte varslet.',
      en: "Only deadlines counted from an event (the minutes after the annual meeting) move from a closed day to the next working day, as statutes count, and the event shows the original date. Duties bound to a month ('before the end of January', 'in January', 'by the end of September') fall due on the month's last day and never leave the month; the text says when that day is a weekend day or holiday. Payment dates do not move, and the notice deadline never moves later, as that would shorten the notice.",
    },
  },
  {
    id: 'calendar.scheme-items',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '1.1' },
      { document: 'ekvis-koordinator', section: 'Plan og status for klyngens aktiviteter' },
    ],
    summary: {
      da: 'Almen praksis får de datoer, som klyngereglerne og KiAP-guiden giver (ydernumre, aktivitetsrapport, klyngemidler, mødedatoer). Speciallægepraksis får eKVIS’ datoer (status i januar, honorar i marts), da de øvrige hører til overenskomsten om almen praksis. Årsmødets frister kommer med, når en mødedato er givet.',
      en: "General practice gets the dates from the cluster rules and the KiAP guide (provider numbers, activity report, grant, meeting dates). Specialist practice gets eKVIS's dates (January status, March fee), since the others belong to the general-practice agreement. The AGM deadlines are added when a meeting date is given.",
    },
  },
]);

/** A rule id of the calendar area. */
export type CalendarRuleId = keyof typeof calendarRules;
