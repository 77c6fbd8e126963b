/**
 * Catalogue entries of the grant area: the yearly grant per patient, when it
 * is paid and registered, and the ledger that carries unused funds over.
 */
import { defineRules } from '../../core/ruleEntry.js';
import { grantRateTable } from '../../params/rates.js';

export const grantRules = defineRules([
  {
    id: 'grant.rate-per-patient',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '3.1' },
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
      { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' },
    ],
    summary: {
      da: 'Klyngen får hvert år et tilskud pr. tilmeldt gruppe 1-patient hos klinikkerne i klyngen; satsen følger honorarudviklingen og er fastsat pr. år. Tilskuddet er antal patienter gange satsen, afrundet til øre.',
      en: 'Each year the cluster receives a grant per listed group-1 patient of its clinics; the rate follows fee development and is set per year. The grant is patients times the rate, rounded to øre.',
    },
    parameters: [grantRateTable],
  },
  {
    id: 'grant.payment-date',
    kind: 'requirement',
    sources: [
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
      { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' },
    ],
    summary: {
      da: 'Årets klyngemidler udbetales til klyngens konto hos PLO den 1. marts.',
      en: "The year's cluster funds are paid to the cluster's account at PLO on 1 March.",
    },
  },
  {
    id: 'grant.registration-deadline',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '3.1' },
      { document: 'kiap-guide', section: 'Klyngens økonomi' },
      { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' },
    ],
    summary: {
      da: 'Koordinatoren skal have klyngens klinikker (ydernumre) korrekt registreret på kiap.dk senest ved udgangen af januar, da tilskuddet beregnes ud fra dem. Fristen er 31. januar og flyttes ikke, heller ikke når dagen er en weekenddag.',
      en: "The coordinator must have the cluster's clinics (provider numbers) correctly registered on kiap.dk by the end of January, since the grant is computed from them. The deadline is 31 January and does not move, also when that day is a weekend day.",
    },
  },
  {
    id: 'grant.carry-over',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '3.2' },
      { document: 'klyngeregler-2023', section: '8.1' },
      { document: 'klyngeregler-2023', section: '9.1' },
    ],
    summary: {
      da: 'Regnskabsåret er kalenderåret. Ubrugte midler overføres: formuen ultimo er formuen primo plus årets tilskud minus årets forbrug og er næste års formue primo; begge tal indgår i aktivitetsrapporten.',
      en: "The financial year is the calendar year. Unused funds carry over: closing wealth is opening wealth plus the year's grant minus the year's spending, and becomes next year's opening wealth; both figures go into the activity report.",
    },
  },
  {
    id: 'grant.overspent',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '3.2' }],
    summary: {
      da: 'Klyngen råder kun over de midler, den har fået tildelt; en negativ formue ved årets udgang er et brud.',
      en: 'The cluster can only dispose of the funds granted to it; a negative balance at the end of the year is a breach.',
    },
  },
]);
