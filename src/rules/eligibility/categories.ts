/**
 * The data table behind the expense rules: for each category, the finding a
 * claim starts with, its verdict, who may be paid, what documentation it
 * needs in each scheme, and which specialist cap it falls under. The engine
 * reads this table; it has no per-category branches of its own. Every table
 * here is deeply frozen.
 */
import type { Bilingual } from '../../core/ruleEntry.js';
import type { Severity } from '../../core/findings.js';
import { eligibilityRules } from './eligibilityRules.js';
import type { DocumentKind, ExpenseCategory, PayeeRole } from './schema.js';
import { deepFreeze } from '../../core/frozen.js';

/** A rule id of the eligibility area. */
export type EligibilityRuleId = keyof typeof eligibilityRules;

/** A finding as table data: the engine makes a fresh finding from it for every decision. */
export interface Note {
  readonly rule: EligibilityRuleId;
  readonly severity: Severity;
  readonly message: Bilingual;
}

/** What happens when a payee of a given role claims a category. */
export interface RoleOutcome {
  readonly verdict: 'ineligible' | 'needs-review';
  readonly rule: EligibilityRuleId;
  readonly message: Bilingual;
}

/**
 * Which specialist-scheme cap a category falls under: the per-meeting venue
 * and catering cap, the coordinator fee per fee year, or the yearly pot of
 * all other refundable expenses (`none`: refused everywhere).
 */
export type SpecialistCap = 'meeting' | 'coordinator' | 'other-expenses' | 'none';

/** One row of the category table. */
export interface CategoryRule {
  readonly verdict: 'eligible' | 'ineligible' | 'needs-review';
  /** The finding every claim of this category starts with (info, warning or violation). */
  readonly opening: Note;
  /** Payee roles that change the verdict; roles not listed are fine. */
  readonly roles?: Partial<Record<PayeeRole, RoleOutcome>>;
  /** Documentation and facts needed in general practice. */
  readonly documents: readonly DocumentKind[];
  readonly specialistCap: SpecialistCap;
  /** True when eKVIS names the kind of expense; otherwise a specialist claim needs a manual review. */
  readonly namedByEkvis: boolean;
  /** Documentation needed in the specialist scheme (when named by eKVIS). */
  readonly specialistDocuments: readonly DocumentKind[];
}

const info = (rule: EligibilityRuleId, da: string, en: string): Note => ({ rule, severity: 'info', message: { da, en } });
const refused = (rule: EligibilityRuleId, da: string, en: string): Note => ({ rule, severity: 'violation', message: { da, en } });
// Role outcomes
const UNPAID: RoleOutcome = {
  verdict: 'ineligible',
  rule: 'eligibility.members-unpaid',
  message: {
    da: 'Et almindeligt medlem eller en klinik kan ikke få penge fra klyngen for at deltage: medlemsarbejdet er ulønnet. Har medlemmet en særskilt aftalt opgave, så søg som opgavehonorar (task-fee) med kontrakt.',
    en: 'A plain member or a clinic cannot be paid by the cluster for taking part: membership work is unpaid. If the member has a separately agreed task, claim it as a task fee (task-fee) with the contract.',
  },
};
const MISMATCH: RoleOutcome = {
  verdict: 'needs-review',
  rule: 'eligibility.payee-role',
  message: {
    da: 'Modtagerens rolle passer ikke til udgiftstypen. Kontrollér kategorien (fx bestyrelseshonorar, opgavehonorar eller oplæg) eller rollen.',
    en: "The payee's role does not fit this kind of expense. Check the category (e.g. board fee, task fee or presenter fee) or the role.",
  },
};
const CONFERENCE_LEADERS_ONLY: RoleOutcome = {
  verdict: 'ineligible',
  rule: 'eligibility.conference-participation',
  message: {
    da: 'Klyngen kan kun betale konferencer og temadage for koordinatoren og bestyrelsesmedlemmer.',
    en: 'The cluster can only pay conferences and theme days for the coordinator and board members.',
  },
};
const MILEAGE_LEADERS_ONLY: RoleOutcome = {
  verdict: 'ineligible',
  rule: 'eligibility.mileage',
  message: {
    da: 'Kørselsgodtgørelse kan kun udbetales til koordinatoren og bestyrelsesmedlemmer.',
    en: 'Mileage can only be paid to the coordinator and board members.',
  },
};
const MILEAGE_IN_FEE: RoleOutcome = {
  verdict: 'needs-review',
  rule: 'eligibility.mileage',
  message: {
    da: 'En ekstern (fx en oplægsholder) får kørsel dækket som en del af sit honorar, ikke som særskilt kørselsgodtgørelse. Læg beløbet ind i honoraret.',
    en: 'An outsider (such as a presenter) gets travel covered as part of the fee, not as separate mileage. Include the amount in the fee.',
  },
};
const MEMBER_TRAVEL: RoleOutcome = {
  verdict: 'ineligible',
  rule: 'eligibility.member-transport',
  message: {
    da: 'Medlemmers kørsel betales ikke af klyngen; kun koordinator og bestyrelse kan få kørselsgodtgørelse til kurser.',
    en: "Members' travel is not paid by the cluster; only the coordinator and board can get mileage to courses.",
  },
};

const PURCHASE: readonly DocumentKind[] = ['receipt'];
/** The cluster's own fees: the contract, the rate when paid by the hour, the tax id and the AGM's approval. */
const POST_FEE: readonly DocumentKind[] = ['contract', 'hourly-rate', 'payee-tax-id', 'agm-approval'];
/** Bought help: the same without the AGM's approval. */
const OUTSIDE_FEE: readonly DocumentKind[] = ['contract', 'hourly-rate', 'payee-tax-id'];
const MEETING_DOCS: readonly DocumentKind[] = ['meeting-attendance', 'receipt'];
const NONE: readonly DocumentKind[] = [];

const FEE_ROLES = (own: PayeeRole): Partial<Record<PayeeRole, RoleOutcome>> => {
  const roles: Partial<Record<PayeeRole, RoleOutcome>> = { member: UNPAID, clinic: UNPAID, coordinator: MISMATCH, board: MISMATCH, secretary: MISMATCH, external: MISMATCH };
  delete roles[own];
  return roles;
};

/** A category the funds never pay for. */
const notAllowed = (opening: Note): CategoryRule => ({
  verdict: 'ineligible',
  opening,
  documents: NONE,
  specialistCap: 'none',
  namedByEkvis: false,
  specialistDocuments: NONE,
});

/** The category table. */
export const CATEGORIES: { readonly [C in ExpenseCategory]: CategoryRule } = deepFreeze({
  'venue-rent': {
    verdict: 'eligible',
    opening: info('eligibility.meeting-costs', 'Leje af lokale til klyngemøder kan betales af klyngen.', 'Venue rent for cluster meetings can be paid by the cluster.'),
    documents: PURCHASE,
    specialistCap: 'meeting',
    namedByEkvis: true,
    specialistDocuments: MEETING_DOCS,
  },
  catering: {
    verdict: 'eligible',
    opening: info('eligibility.meeting-costs', 'Forplejning til klyngemøder kan betales af klyngen.', 'Catering for cluster meetings can be paid by the cluster.'),
    documents: PURCHASE,
    specialistCap: 'meeting',
    namedByEkvis: true,
    specialistDocuments: MEETING_DOCS,
  },
  'coordinator-fee': {
    verdict: 'eligible',
    opening: info('eligibility.task-fees', 'Koordinatoren kan honoreres for sit arbejde.', 'The coordinator can be paid a fee for the work.'),
    roles: FEE_ROLES('coordinator'),
    documents: POST_FEE,
    specialistCap: 'coordinator',
    namedByEkvis: true,
    specialistDocuments: ['payee-tax-id'],
  },
  'board-fee': {
    verdict: 'eligible',
    opening: info('eligibility.task-fees', 'Bestyrelsesmedlemmer kan honoreres for deres opgaver.', 'Board members can be paid a fee for their tasks.'),
    roles: FEE_ROLES('board'),
    documents: POST_FEE,
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: NONE,
  },
  'secretary-fee': {
    verdict: 'eligible',
    opening: info('eligibility.task-fees', 'En sekretær (også købt administrativ hjælp) kan honoreres.', 'A secretary (including bought administrative help) can be paid a fee.'),
    roles: { member: UNPAID, clinic: UNPAID, coordinator: MISMATCH, board: MISMATCH },
    documents: POST_FEE,
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: NONE,
  },
  'task-fee': {
    verdict: 'eligible',
    opening: info('eligibility.task-fees', 'Andre med en aftalt opgave for klyngen kan honoreres.', 'Others with an agreed task for the cluster can be paid a fee.'),
    roles: { clinic: UNPAID },
    documents: POST_FEE,
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: NONE,
  },
  'presenter-fee': {
    verdict: 'eligible',
    opening: info('eligibility.outside-help', 'Honorar til oplægsholdere kan betales af klyngen.', 'Fees to presenters can be paid by the cluster.'),
    roles: { clinic: UNPAID },
    documents: OUTSIDE_FEE,
    specialistCap: 'other-expenses',
    namedByEkvis: true,
    specialistDocuments: PURCHASE,
  },
  'facilitator-fee': {
    verdict: 'eligible',
    opening: info('eligibility.outside-help', 'Honorar til facilitatorer af møderne kan betales af klyngen.', 'Fees to meeting facilitators can be paid by the cluster.'),
    roles: { clinic: UNPAID },
    documents: OUTSIDE_FEE,
    specialistCap: 'other-expenses',
    namedByEkvis: true,
    specialistDocuments: PURCHASE,
  },
  consultancy: {
    verdict: 'eligible',
    opening: info('eligibility.outside-help', 'Ekstern konsulenthjælp til at forberede og holde møder kan betales af klyngen.', 'Outside consultancy to prepare and run meetings can be paid by the cluster.'),
    roles: { clinic: UNPAID, member: MISMATCH, coordinator: MISMATCH, board: MISMATCH, secretary: MISMATCH },
    documents: OUTSIDE_FEE,
    specialistCap: 'other-expenses',
    namedByEkvis: true,
    specialistDocuments: PURCHASE,
  },
  'shared-meeting-equipment': {
    verdict: 'eligible',
    opening: info('eligibility.shared-meeting-equipment', 'Fælles udstyr til møderne (software, AV-udstyr) kan købes af klyngen.', 'Shared equipment for the meetings (software, AV) can be bought by the cluster.'),
    documents: PURCHASE,
    specialistCap: 'other-expenses',
    namedByEkvis: true,
    specialistDocuments: PURCHASE,
  },
  'conference-participation': {
    verdict: 'eligible',
    opening: info('eligibility.conference-participation', 'Koordinatorens og bestyrelsens deltagelse i konferencer og temadage kan betales af klyngen.', "The coordinator's and board's attendance at conferences and theme days can be paid by the cluster."),
    roles: { member: UNPAID, secretary: CONFERENCE_LEADERS_ONLY, external: CONFERENCE_LEADERS_ONLY, clinic: CONFERENCE_LEADERS_ONLY },
    documents: ['payee-role', 'receipt'],
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: NONE,
  },
  mileage: {
    verdict: 'eligible',
    opening: info('eligibility.mileage', 'Koordinator og bestyrelse kan få skattepligtig kørselsgodtgørelse til kursusaktiviteter.', 'The coordinator and board can get taxable mileage to course activities.'),
    roles: { member: MEMBER_TRAVEL, external: MILEAGE_IN_FEE, secretary: MILEAGE_LEADERS_ONLY, clinic: MILEAGE_LEADERS_ONLY },
    documents: ['payee-role', 'payee-tax-id'],
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: NONE,
  },
  'continuing-education': {
    verdict: 'needs-review',
    opening: {
      rule: 'eligibility.continuing-education',
      severity: 'warning',
      message: {
        da: 'Faglig efteruddannelse er ikke et formål, klyngens midler må bruges til; den hører hjemme i DGE, SGE eller PLO-E og kan kun koordineres med klyngearbejdet. En person skal vurdere, om udgiften alligevel er klyngearbejde.',
        en: 'Continuing medical education is not a purpose the cluster funds may be used for; it belongs in DGE, SGE or PLO-E and can only be coordinated with the cluster work. A person must judge whether the cost is cluster work after all.',
      },
    },
    documents: PURCHASE,
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: NONE,
  },
  'member-equipment': notAllowed(
    refused('eligibility.member-equipment', 'Klyngen kan ikke betale udstyr til den enkelte klinik eller det enkelte medlem, heller ikke personligt mødeudstyr.', 'The cluster cannot pay for equipment for an individual clinic or member, not even personal meeting equipment.'),
  ),
  'clinical-equipment': notAllowed(
    refused('eligibility.clinical-equipment', 'Klinisk eller medicoteknisk udstyr kan ikke købes for klyngens midler, heller ikke til klyngen selv.', 'Clinical or medico-technical equipment cannot be bought with cluster funds, not even for the cluster itself.'),
  ),
  'member-compensation': notAllowed(
    refused('eligibility.member-compensation', 'Medlemmer og klinikker kan ikke få mødehonorar, refusion eller betaling for tabt indtjening.', 'Members and clinics cannot receive meeting fees, refunds or pay for lost earnings.'),
  ),
  'member-transport': notAllowed(
    refused('eligibility.member-transport', 'Medlemmernes transport til klyngemøder betales ikke af klyngen.', "Members' transport to cluster meetings is not paid by the cluster."),
  ),
  'clinic-operations': notAllowed(
    refused('eligibility.clinic-operations', 'Medicinsk udstyr, patientbehandling og klinikdrift kan ikke betales af klyngen.', 'Medical equipment, patient treatment and running a clinic cannot be paid by the cluster.'),
  ),
  'study-trip-abroad': notAllowed(
    refused('eligibility.study-trips-abroad', 'Klyngen kan ikke betale studieture til udlandet for medlemmerne.', 'The cluster cannot pay for study trips abroad for its members.'),
  ),
  other: {
    verdict: 'needs-review',
    opening: {
      rule: 'eligibility.other-needs-review',
      severity: 'warning',
      message: {
        da: 'Udgiften passer ikke i en kendt kategori og skal vurderes manuelt, før den kan betales.',
        en: 'The expense does not fit a known category and must be reviewed by a person before it can be paid.',
      },
    },
    documents: PURCHASE,
    specialistCap: 'other-expenses',
    namedByEkvis: false,
    specialistDocuments: PURCHASE,
  },
});

/** Each missing document kind: the note explaining it (its message is also the requirement's). */
export const DOCUMENTS: { readonly [K in DocumentKind]: Note } = deepFreeze({
  receipt: refused('eligibility.receipt', 'Mangler bon eller bilag for købet.', 'The receipt or voucher for the purchase is missing.'),
  contract: refused(
    'eligibility.fee-documentation',
    'Kontrakten for honoraret mangler; den er grundlaget for at udbetale et honorar (en timeopgørelse alene er ikke nok).',
    'The contract for the fee is missing; it is the basis for paying a fee (a time statement alone is not enough).',
  ),
  'hourly-rate': refused('eligibility.fee-documentation', 'Honoraret betales pr. time, men timesatsen er ikke oplyst.', 'The fee is paid by the hour, but the hourly rate is not given.'),
  'payee-tax-id': refused(
    'eligibility.payee-tax-id',
    'Modtagerens CVR-nummer (B-indkomst) eller CPR-nummer (A-indkomst) mangler.',
    "The payee's CVR number (B-income) or CPR number (A-income) is missing.",
  ),
  'agm-approval': refused(
    'eligibility.agm-approval',
    'Honoraret skal være godkendt på årsmødet og stå i referatet; det er ikke angivet.',
    'The fee must be approved at the AGM and recorded in the minutes; that is not stated.',
  ),
  'payee-role': {
    rule: 'eligibility.payee-role',
    severity: 'warning',
    message: {
      da: 'Oplys hvem udgiften er til (koordinator eller bestyrelsesmedlem); det afgør, om den kan betales.',
      en: 'State who the expense is for (coordinator or board member); that decides whether it can be paid.',
    },
  },
  'meeting-attendance': refused(
    'eligibility.specialist-meeting-cap',
    'Oplys mødets id og antallet af fremmødte speciallæger; uden dem kan loftet ikke beregnes.',
    'Give the meeting id and the number of specialists present; without them the cap cannot be computed.',
  ),
});

/** The note for a category the specialist scheme does not name. */
export const SPECIALIST_SCOPE: Note = deepFreeze({
  rule: 'eligibility.specialist-scope',
  severity: 'warning',
  message: {
    da: 'eKVIS refunderer lokale, forplejning, koordinatorhonoraret og udgifter udefra som oplæg og fælles mødeudstyr; denne udgiftstype hører ikke klart til og skal vurderes manuelt i speciallægepraksis.',
    en: 'eKVIS refunds venue, catering, the coordinator fee and outside costs such as presentations and shared meeting equipment; this kind of expense is not clearly among them and needs a manual review in specialist practice.',
  },
});

/** The advice to use PLO-E's venue agreements. */
export const PLO_E_VENUES: Note = deepFreeze({
  rule: 'eligibility.plo-e-venues',
  severity: 'info',
  message: {
    da: 'Overvej et af de mødesteder, PLO-E har aftaler med (se KiAP’s hjemmeside).',
    en: "Consider one of the venues PLO-E has agreements with (see KiAP's website).",
  },
});

/** The warning for a contract holder who sends no time records. */
export const TIME_RECORDS: Note = deepFreeze({
  rule: 'eligibility.fee-time-records',
  severity: 'warning',
  message: {
    da: 'Der er kontrakt, men ingen opgørelse af opgaver og timer. PLO beder om løbende tidsregistrering, så det kan ses, at kontrakten svarer til indsatsen.',
    en: 'There is a contract but no record of tasks and hours. PLO asks for ongoing time records showing that the contract matches the work done.',
  },
});
