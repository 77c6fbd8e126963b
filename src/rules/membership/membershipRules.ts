/**
 * Catalogue entries of the membership area: who a cluster consists of, its
 * coordinator, and the duties that follow when a clinic owner stands outside
 * every cluster (klyngeregler-2023 §2, §7.1, §10; organisering; kiap-guide).
 */
import { defineRules } from '../../core/ruleEntry.js';
import { minimumListedPatientsTable } from '../../params/membership.js';

/**
 * The membership rules, keyed by id.
 *
 * @example
 * membershipRules['membership.patient-base'].kind // 'recommendation'
 */
export const membershipRules = defineRules([
  {
    id: 'membership.patient-base',
    kind: 'recommendation',
    sources: [{ document: 'klyngeregler-2023', section: '2.1' }],
    summary: {
      da: 'Klinikkerne i en klynge i almen praksis bør tilsammen have mindst 30.000 tilmeldte patienter.',
      en: 'The clinics of a general-practice cluster should together have at least 30,000 listed patients.',
    },
    parameters: [minimumListedPatientsTable],
  },
  {
    id: 'membership.co-owners-same-cluster',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '2.2' }],
    summary: {
      da: 'Når flere læger er fælles ejere af én klinik, hører de alle til den samme klynge.',
      en: 'Doctors who own and run a clinic together must take part in the same cluster.',
    },
  },
  {
    id: 'membership.employed-follow-owner',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '2.3' }],
    summary: {
      da: 'En ansat læge deltager i den klynge, som klinikkens ejer er med i.',
      en: "An employed doctor takes part in the cluster that the clinic's owner belongs to.",
    },
  },
  {
    id: 'membership.employed-owner-outside',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '2.3' },
      { document: 'klyngeregler-2023', section: '10.1' },
    ],
    summary: {
      da: 'Står klinikkens ejer uden for alle klynger, og deltager en ansat læge alligevel i en klynge, giver det en advarsel og ikke et brud: reglen om at følge ejeren peger på at blive ude, men målet er, at alle læger er med i kvalitetsarbejdet.',
      en: "When the clinic's owner stands outside every cluster and an employed doctor still takes part in one, it is a warning, not a breach: the rule that employees follow the owner points to staying out, but the aim is that every doctor joins the quality work.",
    },
  },
  {
    id: 'membership.trainees',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '2.3' },
      { document: 'design-interpretation', section: 'Trainee doctors' },
    ],
    summary: {
      da: 'Klyngen bestemmer selv i sine regler, om uddannelseslæger deltager. Er der uddannelseslæger, og er beslutningen ikke oplyst, gøres der opmærksom på det.',
      en: 'A cluster decides in its rules whether trainee doctors take part. When trainees are listed and that decision is not stated, we point it out.',
    },
  },
  {
    id: 'membership.coordinator',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '7.1' },
      { document: 'klyngeregler-2023', section: '2.3' },
      { document: 'organisering', section: 'Organisering af klyngearbejde' },
      { document: 'kiap-guide', section: 'Formel oprettelse af klyngerne' },
    ],
    summary: {
      da: 'En klynge skal have en valgt klyngekoordinator, og koordinatoren skal være medlem af klyngen: en af dens egne læger, og ikke en uddannelseslæge, hvis klyngens regler siger, at uddannelseslæger ikke deltager.',
      en: "A cluster must have an elected coordinator, and the coordinator must be a member of it: one of the cluster's own doctors, and not a trainee when the cluster's rules say trainees do not take part.",
    },
  },
  {
    id: 'membership.outside-quality-visit',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '10.2' }],
    summary: {
      da: 'En klinikejer, der ikke er med i noget klyngesamarbejde, skal hvert år tage imod et kvalitetsbesøg af en regional kvalitetskonsulent.',
      en: 'A clinic owner who takes part in no cluster must receive a quality visit from a regional quality consultant every year.',
    },
  },
  {
    id: 'membership.notify-region',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '10.3' },
      { document: 'kiap-guide', section: 'Rollen som klyngekoordinator' },
    ],
    summary: {
      da: 'Klyngekoordinatoren skal fortælle regionen, hvilke klinikejere der står uden for klyngesamarbejdet.',
      en: 'The cluster coordinator must tell the region which clinic owners stand outside the cluster work.',
    },
  },
  {
    id: 'membership.exclusion-rules',
    kind: 'interpretation',
    sources: [
      { document: 'klyngeregler-2023', section: '10.4' },
      { document: 'design-interpretation', section: 'Attendance rules' },
    ],
    summary: {
      da: 'Klyngen kan på sit årsmøde vedtage regler for fremmøde, herunder eksklusion. Vi læser det sådan, at en eksklusion bør hvile på sådanne regler: en eksklusion uden vedtagne regler giver en advarsel, og er det ikke oplyst, om regler er vedtaget, gøres der opmærksom på det.',
      en: 'A cluster may adopt attendance rules, including exclusion, at its AGM. We read this to mean an exclusion should rest on such rules: an exclusion without adopted rules gives a warning, and when it is not stated whether rules were adopted, we point it out.',
    },
  },
]);
