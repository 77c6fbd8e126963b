/**
 * Catalogue entries of the eligibility area: what cluster funds may pay for,
 * what they may not, the advice that comes with them, the documentation a
 * claim needs, and the caps of the specialist scheme (eKVIS).
 */
import { defineRules } from '../../core/ruleEntry.js';
import { specialistCoordinatorFeeTable } from '../../params/fees.js';
import {
  specialistExternalVenuePerSpecialistTable,
  specialistMeetingPerSpecialistTable,
  specialistMeetingsPerYearTable,
  specialistPresentersPerYearTable,
} from '../../params/specialist.js';
import { costlyVenuePerAttendeeTable } from '../../params/eligibility.js';

const USE = { document: 'kiap-guide', section: 'Brug af klyngemidler' } as const;
const BUDGET = { document: 'kiap-guide', section: 'Regler for budget og regnskab' } as const;
const PAYOUT = { document: 'kiap-guide', section: 'Udbetaling af honorarer og indberetning til SKAT' } as const;
const CHECKLIST = { document: 'kiap-guide', section: 'Tjekliste om klyngens økonomi' } as const;
const FRAME = { document: 'retningslinjer-2021', section: 'De formelle rammer for klyngearbejdet' } as const;
const EQUIPMENT = { document: 'retningslinjer-2021', section: 'Indkøb af udstyr' } as const;
const MEETINGS = { document: 'retningslinjer-2021', section: 'Mødeafholdelse i klyngerne' } as const;
const EKVIS_MEETINGS = { document: 'ekvis-koordinator', section: 'Møder' } as const;
const EKVIS_FEE = { document: 'ekvis-koordinator', section: 'Honorering' } as const;
const FORMAL_SETUP = { document: 'kiap-guide', section: 'Formel oprettelse af klyngerne' } as const;
const DESIGN = { document: 'design-interpretation', section: 'Expense eligibility' } as const;
const DESIGN_SPECIALIST = { document: 'design-interpretation', section: 'Specialist scheme caps' } as const;

export const eligibilityRules = defineRules([
  // Eligible categories
  {
    id: 'eligibility.meeting-costs',
    kind: 'requirement',
    sources: [USE, FRAME, { document: 'klyngeregler-2023', section: '3.3' }, EKVIS_MEETINGS],
    summary: {
      da: 'Klyngens penge må bruges til at holde klyngemøder: leje af lokale og mad og drikke til møderne.',
      en: 'Cluster money may pay for holding cluster meetings: renting the room and food and drink for the meetings.',
    },
  },
  {
    id: 'eligibility.task-fees',
    kind: 'requirement',
    sources: [
      { document: 'klyngeregler-2023', section: '3.3' },
      USE,
      FRAME,
      { document: 'organisering', section: 'Organisering af klyngearbejde' },
    ],
    summary: {
      da: 'Koordinatoren, bestyrelsen, en sekretær og andre, der har aftalt en konkret opgave med klyngen, kan få honorar for arbejdet.',
      en: 'The coordinator, the board, a secretary and others who have agreed a specific task with the cluster may be paid a fee for the work.',
    },
  },
  {
    id: 'eligibility.outside-help',
    kind: 'requirement',
    sources: [USE, { document: 'retningslinjer-2021', section: 'Indkøb af konsulentbistand' }],
    summary: {
      da: 'Klyngen kan betale oplægsholdere, facilitatorer og konsulenter, der hjælper med at forberede og gennemføre møderne.',
      en: 'The cluster may pay presenters, facilitators and consultants who help prepare and run its meetings.',
    },
  },
  {
    id: 'eligibility.shared-meeting-equipment',
    kind: 'requirement',
    sources: [EQUIPMENT],
    summary: {
      da: 'Udstyr, som klyngen har brug for i fællesskab under møderne (fx software og AV-udstyr), må købes for klyngens midler.',
      en: 'Equipment the cluster needs in common during its meetings (for example software and AV equipment) may be bought with cluster funds.',
    },
  },
  {
    id: 'eligibility.conference-participation',
    kind: 'requirement',
    sources: [USE],
    summary: {
      da: 'Klyngen kan betale for, at koordinatoren og bestyrelsesmedlemmer deltager i konferencer og temadage – ikke for øvrige medlemmer.',
      en: 'The cluster may pay for its coordinator and board members to attend conferences and theme days — not for other members.',
    },
  },
  {
    id: 'eligibility.mileage',
    kind: 'requirement',
    sources: [PAYOUT],
    summary: {
      da: 'Koordinator og bestyrelsesmedlemmer kan få skattepligtig kørselsgodtgørelse for kørsel i egen bil til kurser, netværks- og inspirationsdage. Andre, fx oplægsholdere, får kørsel dækket som en del af deres honorar.',
      en: 'The coordinator and board members may receive taxable mileage for driving their own car to courses, network and inspiration days. Others, such as presenters, get travel covered as part of their fee.',
    },
  },
  // Ineligible categories
  {
    id: 'eligibility.member-equipment',
    kind: 'requirement',
    sources: [EQUIPMENT],
    summary: {
      da: 'Udstyr til den enkelte klinik eller det enkelte medlem kan ikke betales af klyngen, heller ikke personligt udstyr til brug på møderne.',
      en: 'Equipment for an individual clinic or member cannot be paid by the cluster, not even personal equipment for use at the meetings.',
    },
  },
  {
    id: 'eligibility.clinical-equipment',
    kind: 'requirement',
    sources: [EQUIPMENT],
    summary: {
      da: 'Klyngen må ikke købe klinisk eller medicoteknisk udstyr, heller ikke til fælles brug i klyngen.',
      en: 'The cluster may not buy clinical or medico-technical equipment, not even for shared use in the cluster.',
    },
  },
  {
    id: 'eligibility.member-compensation',
    kind: 'requirement',
    sources: [USE, FRAME],
    summary: {
      da: 'Medlemmer og klinikker får ikke mødehonorar, refusion eller erstatning for tabt indtjening for at deltage i klyngearbejdet.',
      en: 'Members and clinics receive no meeting fee, refund or compensation for lost earnings for taking part in the cluster work.',
    },
  },
  {
    id: 'eligibility.member-transport',
    kind: 'requirement',
    sources: [USE],
    summary: {
      da: 'Medlemmernes rejseudgifter til og fra klyngemøder dækkes ikke.',
      en: "Members' travel costs to and from cluster meetings are not covered.",
    },
  },
  {
    id: 'eligibility.clinic-operations',
    kind: 'requirement',
    sources: [USE],
    summary: {
      da: 'Klyngens midler går ikke til medicinsk udstyr, behandling af patienter eller andet, der hører til driften af klinikkerne.',
      en: 'Cluster funds do not go to medical equipment, treating patients or anything else that belongs to running the clinics.',
    },
  },
  {
    id: 'eligibility.study-trips-abroad',
    kind: 'requirement',
    sources: [USE],
    summary: {
      da: 'Klyngen kan ikke betale studierejser til udlandet for sine medlemmer.',
      en: 'The cluster cannot pay for study trips abroad for its members.',
    },
  },
  // Payees
  {
    id: 'eligibility.members-unpaid',
    kind: 'requirement',
    sources: [FRAME, USE],
    summary: {
      da: 'Det almindelige medlemsarbejde i klyngen er ulønnet: et honorar, konferencedeltagelse eller kørsel til et menigt medlem eller en klinik afvises, medmindre der er tale om en særskilt aftalt opgave.',
      en: 'Ordinary membership work in the cluster is unpaid: a fee, conference place or mileage for a plain member or a clinic is refused, unless it is for a separately agreed task.',
    },
  },
  {
    id: 'eligibility.payee-role',
    kind: 'interpretation',
    sources: [DESIGN, USE],
    summary: {
      da: 'Passer modtagerens rolle ikke til udgiftstypen (fx et koordinatorhonorar til en ekstern), eller mangler rollen, hvor den afgør sagen, skal kravet vurderes manuelt.',
      en: "When the payee's role does not fit the kind of expense (for example a coordinator fee to an outsider), or the role is missing where it decides the matter, the claim needs a manual review.",
    },
  },
  {
    id: 'eligibility.other-needs-review',
    kind: 'interpretation',
    sources: [DESIGN],
    summary: {
      da: 'En udgift uden for de kendte kategorier godkendes aldrig automatisk; den skal altid vurderes af en person.',
      en: 'An expense outside the known categories is never approved automatically; a person must always review it.',
    },
  },
  // Advice
  {
    id: 'eligibility.costly-venue',
    kind: 'recommendation',
    sources: [USE, DESIGN],
    summary: {
      da: 'PLO beder klyngerne være omhyggelige med pengene og undgå dyre restauranter og konferencesteder, men nævner intet beløb. Vi advarer én gang pr. møde, når lokale og forplejning tilsammen kommer over en grænse pr. deltager. Grænsen på 750 kr. har ingen kilde i almen praksis: den er lånt fra speciallægeordningens loft for møder "ude i byen" og er blot en vejledende standard, som kan ændres eller slås fra.',
      en: 'PLO asks clusters to spend with care and avoid expensive restaurants and conference venues, but names no amount. We warn once per meeting when its venue and catering together pass a limit per attendee. The 750 kr limit has no source in general practice: it is borrowed from the specialist scheme\'s cap for meetings at an outside venue and is only an advisory default that can be changed or switched off.',
    },
    parameters: [costlyVenuePerAttendeeTable],
  },
  {
    id: 'eligibility.overnight-near-weekend',
    kind: 'recommendation',
    sources: [MEETINGS],
    summary: {
      da: 'Møder med overnatning (internater, temamøder) tager læger væk fra klinikkerne og bør derfor lægges op ad en weekend. Vi advarer, når mødedatoen ikke er en fredag, lørdag, søndag eller mandag.',
      en: 'Meetings with an overnight stay (residential or theme meetings) take doctors away from their clinics and should therefore be placed next to a weekend. We warn when the meeting date is not a Friday, Saturday, Sunday or Monday.',
    },
  },
  {
    id: 'eligibility.continuing-education',
    kind: 'interpretation',
    sources: [{ document: 'retningslinjer-2021', section: 'Undervisning og efteruddannelse' }, FRAME, DESIGN],
    summary: {
      da: 'Efteruddannelse står ikke blandt de formål, klyngemidlerne må bruges til; den foregår i DGE, SGE og PLO-E og må kun koordineres med klyngearbejdet. En sådan udgift godkendes derfor aldrig automatisk, men sendes til vurdering med begrundelsen.',
      en: 'Continuing education is not among the purposes cluster funds may be used for; it happens in DGE, SGE and PLO-E and may only be coordinated with the cluster work. Such an expense is therefore never approved automatically but sent for review with the reason.',
    },
  },
  {
    id: 'eligibility.plo-e-venues',
    kind: 'recommendation',
    sources: [MEETINGS],
    summary: {
      da: 'Klyngemøder følger rammerne for PLO-E’s møder, og klyngerne opfordres til at bruge de mødesteder, PLO-E har aftaler med (se KiAP’s hjemmeside).',
      en: "Cluster meetings follow the frame of PLO-E's meetings, and clusters are encouraged to use the venues PLO-E has agreements with (listed on KiAP's website).",
    },
  },
  // Documentation
  {
    id: 'eligibility.receipt',
    kind: 'requirement',
    sources: [BUDGET, USE],
    summary: {
      da: 'Hvert køb skal dokumenteres med en bon eller et bilag, som sendes til PLO (zExpense).',
      en: 'Every purchase must be documented with a receipt or voucher sent to PLO (zExpense).',
    },
  },
  {
    id: 'eligibility.fee-documentation',
    kind: 'requirement',
    sources: [PAYOUT, FORMAL_SETUP, BUDGET, { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' }],
    summary: {
      da: 'Et honorar udbetales på grundlag af en kontrakt mellem klyngen og den, der løser opgaven; uden kontrakt skal kravet vurderes, også når der er en timeopgørelse. En kontrakt på et fast beløb kræver ingen timesats; betales honoraret pr. time, skal satsen oplyses.',
      en: 'A fee is paid on the basis of a contract between the cluster and whoever does the task; without one the claim needs review, even with a time statement. A fixed-sum contract needs no hourly rate; a fee paid by the hour must state its rate.',
    },
  },
  {
    id: 'eligibility.fee-time-records',
    kind: 'recommendation',
    sources: [BUDGET],
    summary: {
      da: 'Den, der har en kontrakt med klyngen, skal løbende gøre rede for opgaver og timer, så PLO kan se, at kontrakten svarer til arbejdet. Mangler opgørelsen, giver vi en advarsel; beløbet og afgørelsen ændres ikke.',
      en: 'Anyone holding a contract with the cluster should keep an account of tasks and hours so PLO can see the contract matches the work. Without such records we warn; the amount and the verdict stay the same.',
    },
  },
  {
    id: 'eligibility.payee-tax-id',
    kind: 'requirement',
    sources: [BUDGET, CHECKLIST],
    summary: {
      da: 'Den, der får et honorar, skal opgive sit CVR-nummer (honoraret er da B-indkomst) eller sit CPR-nummer (A-indkomst), så PLO kan indberette beløbet til SKAT.',
      en: 'The recipient of a fee must give a CVR number (B-income) or CPR number (A-income) so PLO can report it to the tax authority.',
    },
  },
  {
    id: 'eligibility.agm-approval',
    kind: 'requirement',
    sources: [{ document: 'klyngeregler-2023', section: '3.3' }, { document: 'klyngeregler-2023', section: '4.2' }, CHECKLIST],
    summary: {
      da: 'Honorarer til koordinator, bestyrelse og andre med opgaver i klyngen skal være besluttet på årsmødet og stå i referatet.',
      en: 'Fees to the coordinator, the board and others with tasks in the cluster must be decided at the AGM and appear in its minutes.',
    },
  },
  {
    id: 'eligibility.tax-id-format',
    kind: 'interpretation',
    sources: [DESIGN, BUDGET],
    summary: {
      da: 'Et CVR-nummer er 8 cifre, der består modulus 11-kontrollen med vægtene 2,7,6,5,4,3,2,1. Et CPR-nummer er 10 cifre (evt. med bindestreg efter 6), hvor de første seks er en rigtig dato; der laves ingen modulus 11-kontrol, da numre udstedt siden 2007 ikke behøver at bestå den. Ugyldige numre afvises som inputfejl, og et CPR-nummer gentages aldrig.',
      en: 'A CVR number is 8 digits that pass the modulus-11 check with weights 2,7,6,5,4,3,2,1. A CPR number is 10 digits (optionally with a dash after 6) whose first six form a real date; there is no modulus-11 check, since numbers issued since 2007 need not pass it. Invalid numbers are rejected as input errors, and a CPR number is never repeated back.',
    },
  },
  // Specialist scheme
  {
    id: 'eligibility.specialist-scope',
    kind: 'interpretation',
    sources: [EKVIS_MEETINGS, EKVIS_FEE, DESIGN],
    summary: {
      da: 'I speciallægepraksis nævner eKVIS lokale og forplejning, eksterne oplæg (og dermed beslægtet hjælp og fælles mødeudstyr) og koordinatorhonoraret. Andre udgiftstyper, som ellers er tilladt i almen praksis, skal vurderes manuelt og tæller med i puljen til øvrige udgifter.',
      en: 'In specialist practice eKVIS names venue and catering, external presentations (and with them related help and shared meeting equipment) and the coordinator fee. Other kinds of expense that general practice allows need a manual review and count in the pot for other expenses.',
    },
  },
  {
    id: 'eligibility.specialist-meeting-cap',
    kind: 'requirement',
    sources: [EKVIS_MEETINGS],
    summary: {
      da: 'I speciallægepraksis refunderes lokale og forplejning til ét møde tilsammen med højst 500 kr. pr. fremmødt speciallæge, eller 750 kr. pr. speciallæge når klyngen mødes "ude i byen" på et sted, der har mødefaciliteter. Mødets id og antallet af fremmødte skal oplyses.',
      en: 'In specialist practice venue and catering for one meeting are reimbursed together with at most 500 kr per specialist present, or 750 kr per specialist when the meeting is held at an outside venue with meeting facilities. The meeting id and the number present must be given.',
    },
    parameters: [specialistMeetingPerSpecialistTable, specialistExternalVenuePerSpecialistTable],
  },
  {
    id: 'eligibility.specialist-meeting-count',
    kind: 'requirement',
    sources: [EKVIS_MEETINGS],
    summary: {
      da: 'Lokale og forplejning refunderes for højst 4 møder pr. kalenderår; møderne tælles i datoorden efter mødets id, og et femte møde får intet.',
      en: 'Venue and catering are reimbursed for at most 4 meetings per calendar year; meetings are counted in date order by meeting id, and a fifth meeting gets nothing.',
    },
    parameters: [specialistMeetingsPerYearTable],
  },
  {
    id: 'eligibility.specialist-presenter-cap',
    kind: 'requirement',
    sources: [EKVIS_MEETINGS, DESIGN_SPECIALIST],
    summary: {
      da: 'Ud over lokale og forplejning til møderne refunderes alle andre udgifter – oplægsholdere, facilitering, konsulenter, fælles udstyr og andet – af én fælles pulje på højst 10.000 kr. pr. kalenderår.',
      en: 'Apart from venue and catering for the meetings, every other refundable expense — presenters, facilitation, consultancy, shared equipment and the rest — comes out of one shared pot of at most 10,000 kr per calendar year.',
    },
    parameters: [specialistPresentersPerYearTable],
  },
  {
    id: 'eligibility.specialist-coordinator-fee-cap',
    kind: 'requirement',
    sources: [EKVIS_FEE],
    summary: {
      da: 'Koordinatorhonoraret i speciallægepraksis er højst 50.000 kr. for hver honorarperiode fra april til marts; udbetalinger lægges sammen i den periode, deres dato falder i, så et nyt kalenderår ikke nulstiller loftet.',
      en: 'The coordinator fee in specialist practice is at most 50,000 kr for each fee year from April to March; payments add up in the fee year their date falls in, so a new calendar year does not reset the cap.',
    },
    parameters: [specialistCoordinatorFeeTable],
  },
  {
    id: 'eligibility.cap-order',
    kind: 'interpretation',
    sources: [DESIGN, EKVIS_MEETINGS],
    summary: {
      da: 'Lofterne regnes pr. kalenderår (koordinatorhonoraret pr. honorarperiode april–marts). Flere krav behandles i datoorden og ved samme dato i den rækkefølge, de er givet; det første krav bruger loftet først. Et krav, der venter på vurdering, er ikke godkendt, men står som afventende og holder sin plads under loftet, så en senere godkendelse aldrig bryder et loft.',
      en: 'Caps run per calendar year (the coordinator fee per fee year April–March). Several claims are handled in date order and, on the same date, in the order given; the earlier claim uses the cap first. A claim awaiting review is not approved but shown as pending, and it holds its place under the cap so approving it later can never break a cap.',
    },
  },
]);
