/**
 * Catalogue entries of the governance area: how votes at the cluster's
 * annual or extraordinary meeting are counted and who may vote
 * (klyngeregler-2023 §6; kiap-guide "Klyngens regler").
 */
import { defineRules } from '../../core/ruleEntry.js';

/**
 * The governance (voting) rules, keyed by id.
 *
 * @example
 * governanceRules['governance.simple-majority'].kind // 'requirement'
 */
export const governanceRules = defineRules([
  {
    id: 'governance.simple-majority',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '6.2' },
      { document: 'design-interpretation', section: 'Voting' },
    ],
    summary: {
      da: 'Et forslag er vedtaget, når der er flere stemmer for end imod. Blanke stemmer tæller hverken for eller imod, og ved stemmelighed er forslaget ikke vedtaget.',
      en: 'A proposal is adopted when more votes are cast for it than against it. Blank votes count for neither side, and a tie means the proposal is not adopted.',
    },
  },
  {
    id: 'governance.voting-right',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '6.1' },
      { document: 'kiap-guide', section: 'Klyngens regler' },
    ],
    summary: {
      da: 'Medmindre klyngens egne regler siger andet, stemmer kun klinikejerne, og kun hvis de er medlem af PLO. Klyngen kan i sine regler give fx ansatte læger stemmeret.',
      en: "Unless the cluster's own rules say otherwise, only clinic owners vote, and only if they are PLO members. A cluster may give the vote to others, such as employed doctors, in its rules.",
    },
  },
  {
    id: 'governance.plo-membership-unknown',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '6.1' },
      { document: 'design-interpretation', section: 'Voting right' },
    ],
    summary: {
      da: 'Når stemmeret kræver PLO-medlemskab, og det ikke er oplyst, om en læge er medlem, regnes lægen ikke med som stemmeberettiget, før det er afklaret.',
      en: 'When the vote requires PLO membership and it is not stated whether a doctor is a member, the doctor is not counted as a voter until that is settled.',
    },
  },
  {
    id: 'governance.election-majority',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '6.2' },
      { document: 'design-interpretation', section: 'Voting' },
    ],
    summary: {
      da: 'Ved valg med flere kandidater er den eller de valgt, der får flest stemmer. Står kandidater lige om den sidste plads, afgør mødet det selv, fx ved omvalg; biblioteket vælger ikke.',
      en: 'In an election with several candidates, whoever gets most votes is elected. When candidates tie for the last seat, the meeting settles it itself, for example by a new ballot; the library does not choose.',
    },
  },
  {
    id: 'governance.founding-meeting',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '4.1' },
      { document: 'kiap-guide', section: 'Formel oprettelse af klyngerne' },
    ],
    summary: {
      da: 'En ny klynge oprettes på et stiftende møde (generalforsamling), hvor medlemmerne får reglerne for klyngearbejdet at vide.',
      en: 'A new cluster is set up at a founding meeting (general meeting) at which the members learn the rules for the cluster work.',
    },
  },
  {
    id: 'governance.elected-at-agm',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '7.1' },
      { document: 'kiap-guide', section: 'Formel oprettelse af klyngerne' },
    ],
    summary: {
      da: 'Klyngekoordinatoren vælges på en generalforsamling (årsmøde, ekstraordinært eller stiftende møde); har klyngen en kasserer eller en bestyrelse, vælges de på samme måde.',
      en: 'The coordinator is elected at a general meeting (AGM, extraordinary or founding meeting); a cashier or board, if the cluster has one, is elected the same way.',
    },
  },
  {
    id: 'governance.post-contract',
    kind: 'requirement',
    sources: [{ document: 'kiap-guide', section: 'Formel oprettelse af klyngerne' }],
    summary: {
      da: 'Koordinatoren, og en eventuel kasserer og bestyrelse, har en kontrakt, der beskriver opgaverne, det forventede antal timer og honoraret.',
      en: 'The coordinator, and any cashier and board, has a contract that describes the tasks, the expected hours and the fee.',
    },
  },
  {
    id: 'governance.coordinator-vacancy',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '7.3' },
      { document: 'klyngeregler-2023', section: '7.1' },
    ],
    summary: {
      da: 'Går koordinatoren af før valgperiodens udløb, overtager et andet medlem posten frem til næste årsmøde, eller klyngen holder et ekstraordinært møde. Står posten tom, er det et brud; er det ikke oplyst, hvad der skete, gøres der opmærksom på det.',
      en: 'When the coordinator steps down before the term ends, another member takes the post until the next AGM, or the cluster holds an extraordinary meeting. A post left empty is a breach; when what happened is not stated, we point it out.',
    },
  },
]);
