/**
 * Catalogue entries of the governance area: how votes at the cluster's
 * annual or extraordinary meeting are counted and who may vote
 * (klyngeregler-2023 §6; kiap-guide "Klyngens regler").
 */
import { defineRules } from '../../core/catalogue.js';

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
]);
