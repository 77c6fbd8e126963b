/**
 * The data table behind the expense rules: for each category, its rule, its
 * verdict, who may be paid, what documentation it needs in each scheme and
 * which specialist cap it falls under. `checkExpense` reads this table; it
 * has no per-category branches of its own.
 */
import type { Bilingual } from '../../core/catalogue.js';
import { finding, type Finding, type Severity } from '../../core/findings.js';
import { eligibilityRules } from './rules.js';
import type { DocumentKind, DocumentRequirement, ExpenseCategory, PayeeRole } from './schema.js';

type Rules = typeof eligibilityRules;
/** A rule id of the eligibility area. */
type EligibilityRuleId = keyof Rules;

/** What happens when a payee of a given role claims a category. */
interface RoleOutcome {
  readonly verdict: 'ineligible' | 'needs-review';
  readonly rule: EligibilityRuleId;
  readonly message: Bilingual;
}

/** Which specialist-scheme cap a category falls under; `out-of-scope` → manual review there. */
type SpecialistGroup = 'meeting' | 'presenters' | 'coordinator' | 'out-of-scope';

/** One row of the category table. */
export interface CategoryRule {
  readonly verdict: 'eligible' | 'ineligible' | 'needs-review';
  /** The finding every claim of this category starts with (info, warning or violation). */
  readonly finding: Finding;
  /** Payee roles that change the verdict; roles not listed are fine. */
  readonly roles?: Partial<Record<PayeeRole, RoleOutcome>>;
  /** Documentation and facts needed in general practice. */
  readonly documents: readonly DocumentKind[];
  readonly specialist: SpecialistGroup;
  /** Documentation needed in the specialist scheme (when in scope). */
  readonly specialistDocuments: readonly DocumentKind[];
  /** Venue rent or catering: shares the meeting cap, gets the venue advice. */
  readonly meetingCost: boolean;
}

function make(id: EligibilityRuleId, severity: Severity, message: Bilingual): Finding {
  return Object.freeze(finding(eligibilityRules[id], severity, message));
}

const eligible = (id: EligibilityRuleId, da: string, en: string): Finding => make(id, 'info', { da, en });
const refused = (id: EligibilityRuleId, da: string, en: string): Finding => make(id, 'violation', { da, en });

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
const POST_FEE: readonly DocumentKind[] = ['contract-or-time-statement', 'hourly-rate', 'payee-tax-id', 'agm-approval'];
const OUTSIDE_FEE: readonly DocumentKind[] = ['contract-or-time-statement', 'hourly-rate', 'payee-tax-id'];
const NONE: readonly DocumentKind[] = [];

function allowed(
  finding_: Finding,
  documents: readonly DocumentKind[],
  specialist: SpecialistGroup,
  specialistDocuments: readonly DocumentKind[],
  roles?: Partial<Record<PayeeRole, RoleOutcome>>,
  meetingCost = false,
): CategoryRule {
  const row = { verdict: 'eligible' as const, finding: finding_, documents, specialist, specialistDocuments, meetingCost };
  return roles === undefined ? row : { ...row, roles };
}

function notAllowed(finding_: Finding): CategoryRule {
  // Stryker disable next-line BooleanLiteral: equivalent — a refused claim is decided before any meeting rule reads meetingCost
  return { verdict: 'ineligible', finding: finding_, documents: NONE, specialist: 'out-of-scope', specialistDocuments: NONE, meetingCost: false };
}

const MEETING_DOCS: readonly DocumentKind[] = ['meeting-attendance', 'receipt'];
const FEE_ROLES = (own: PayeeRole): Partial<Record<PayeeRole, RoleOutcome>> => {
  const roles: Partial<Record<PayeeRole, RoleOutcome>> = { member: UNPAID, clinic: UNPAID, coordinator: MISMATCH, board: MISMATCH, secretary: MISMATCH, external: MISMATCH };
  delete roles[own];
  return roles;
};

/** The category table. */
export const CATEGORIES: { readonly [C in ExpenseCategory]: CategoryRule } = {
  'venue-rent': allowed(
    eligible('eligibility.meeting-costs', 'Leje af lokale til klyngemøder kan betales af klyngen.', 'Venue rent for cluster meetings can be paid by the cluster.'),
    PURCHASE, 'meeting', MEETING_DOCS, undefined, true,
  ),
  catering: allowed(
    eligible('eligibility.meeting-costs', 'Forplejning til klyngemøder kan betales af klyngen.', 'Catering for cluster meetings can be paid by the cluster.'),
    PURCHASE, 'meeting', MEETING_DOCS, undefined, true,
  ),
  'coordinator-fee': allowed(
    eligible('eligibility.task-fees', 'Koordinatoren kan honoreres for sit arbejde.', 'The coordinator can be paid a fee for the work.'),
    POST_FEE, 'coordinator', ['payee-tax-id'], FEE_ROLES('coordinator'),
  ),
  'board-fee': allowed(
    eligible('eligibility.task-fees', 'Bestyrelsesmedlemmer kan honoreres for deres opgaver.', 'Board members can be paid a fee for their tasks.'),
    POST_FEE, 'out-of-scope', NONE, FEE_ROLES('board'),
  ),
  'secretary-fee': allowed(
    eligible('eligibility.task-fees', 'En sekretær (også købt administrativ hjælp) kan honoreres.', 'A secretary (including bought administrative help) can be paid a fee.'),
    POST_FEE, 'out-of-scope', NONE, { member: UNPAID, clinic: UNPAID, coordinator: MISMATCH, board: MISMATCH },
  ),
  'task-fee': allowed(
    eligible('eligibility.task-fees', 'Andre med en aftalt opgave for klyngen kan honoreres.', 'Others with an agreed task for the cluster can be paid a fee.'),
    POST_FEE, 'out-of-scope', NONE, { clinic: UNPAID },
  ),
  'presenter-fee': allowed(
    eligible('eligibility.outside-help', 'Honorar til oplægsholdere kan betales af klyngen.', 'Fees to presenters can be paid by the cluster.'),
    OUTSIDE_FEE, 'presenters', PURCHASE, { clinic: UNPAID },
  ),
  'facilitator-fee': allowed(
    eligible('eligibility.outside-help', 'Honorar til facilitatorer af møderne kan betales af klyngen.', 'Fees to meeting facilitators can be paid by the cluster.'),
    OUTSIDE_FEE, 'presenters', PURCHASE, { clinic: UNPAID },
  ),
  consultancy: allowed(
    eligible('eligibility.outside-help', 'Ekstern konsulenthjælp til at forberede og holde møder kan betales af klyngen.', 'Outside consultancy to prepare and run meetings can be paid by the cluster.'),
    OUTSIDE_FEE, 'presenters', PURCHASE, { clinic: UNPAID, member: MISMATCH, coordinator: MISMATCH, board: MISMATCH, secretary: MISMATCH },
  ),
  'shared-meeting-equipment': allowed(
    eligible('eligibility.shared-meeting-equipment', 'Fælles udstyr til møderne (software, AV-udstyr) kan købes af klyngen.', 'Shared equipment for the meetings (software, AV) can be bought by the cluster.'),
    PURCHASE, 'out-of-scope', NONE,
  ),
  'conference-participation': allowed(
    eligible('eligibility.conference-participation', 'Koordinatorens og bestyrelsens deltagelse i konferencer og temadage kan betales af klyngen.', "The coordinator's and board's attendance at conferences and theme days can be paid by the cluster."),
    ['payee-role', 'receipt'], 'out-of-scope', NONE,
    { member: UNPAID, secretary: CONFERENCE_LEADERS_ONLY, external: CONFERENCE_LEADERS_ONLY, clinic: CONFERENCE_LEADERS_ONLY },
  ),
  mileage: allowed(
    eligible('eligibility.mileage', 'Koordinator og bestyrelse kan få skattepligtig kørselsgodtgørelse til kursusaktiviteter.', 'The coordinator and board can get taxable mileage to course activities.'),
    ['payee-role', 'payee-tax-id'], 'out-of-scope', NONE,
    { member: MEMBER_TRAVEL, external: MILEAGE_IN_FEE, secretary: MILEAGE_LEADERS_ONLY, clinic: MILEAGE_LEADERS_ONLY },
  ),
  'continuing-education': allowed(
    make('eligibility.continuing-education', 'warning', {
      da: 'Faglig efteruddannelse foregår normalt i DGE, SGE eller PLO-E. Den kan kobles til klyngearbejdet, men overvej om udgiften hører hjemme der.',
      en: 'Continuing medical education normally takes place in DGE, SGE or PLO-E. It can be linked to the cluster work, but consider whether the cost belongs there.',
    }),
    PURCHASE, 'out-of-scope', NONE,
  ),
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
    finding: make('eligibility.other-needs-review', 'warning', {
      da: 'Udgiften passer ikke i en kendt kategori og skal vurderes manuelt, før den kan betales.',
      en: 'The expense does not fit a known category and must be reviewed by a person before it can be paid.',
    }),
    documents: PURCHASE,
    specialist: 'out-of-scope',
    specialistDocuments: PURCHASE,
    meetingCost: false,
  },
};

/** Each missing document kind: the requirement returned to the caller and the finding explaining it. */
export const DOCUMENTS: { readonly [K in DocumentKind]: { readonly requirement: DocumentRequirement; readonly finding: Finding } } = (() => {
  const entry = (kind: DocumentKind, rule: EligibilityRuleId, severity: Severity, da: string, en: string) => {
    const message = { da, en };
    return { requirement: Object.freeze({ kind, message }), finding: make(rule, severity, message) };
  };
  return {
    receipt: entry('receipt', 'eligibility.receipt', 'violation', 'Mangler bon eller bilag for købet.', 'The receipt or voucher for the purchase is missing.'),
    'contract-or-time-statement': entry(
      'contract-or-time-statement', 'eligibility.fee-documentation', 'violation',
      'Mangler kontrakt eller timeopgørelse for honoraret.', 'The contract or time statement for the fee is missing.',
    ),
    'hourly-rate': entry('hourly-rate', 'eligibility.fee-documentation', 'violation', 'Timesatsen for honoraret er ikke oplyst.', 'The hourly rate for the fee is not given.'),
    'payee-tax-id': entry(
      'payee-tax-id', 'eligibility.payee-tax-id', 'violation',
      'Modtagerens CVR-nummer (B-indkomst) eller CPR-nummer (A-indkomst) mangler.', "The payee's CVR number (B-income) or CPR number (A-income) is missing.",
    ),
    'agm-approval': entry(
      'agm-approval', 'eligibility.agm-approval', 'violation',
      'Honoraret skal være godkendt på årsmødet og stå i referatet; det er ikke angivet.', 'The fee must be approved at the AGM and recorded in the minutes; that is not stated.',
    ),
    'payee-role': entry(
      'payee-role', 'eligibility.payee-role', 'warning',
      'Oplys hvem udgiften er til (koordinator eller bestyrelsesmedlem); det afgør, om den kan betales.', 'State who the expense is for (coordinator or board member); that decides whether it can be paid.',
    ),
    'meeting-attendance': entry(
      'meeting-attendance', 'eligibility.specialist-meeting-cap', 'violation',
      'Oplys mødets id og antallet af fremmødte speciallæger; uden dem kan loftet ikke beregnes.', 'Give the meeting id and the number of specialists present; without them the cap cannot be computed.',
    ),
  };
})();

/** The finding for a category outside the specialist scheme's list. */
export const SPECIALIST_SCOPE: Finding = make('eligibility.specialist-scope', 'warning', {
  da: 'eKVIS nævner kun lokale, forplejning, eksterne oplæg og koordinatorhonoraret; denne udgiftstype skal vurderes manuelt i speciallægepraksis.',
  en: 'eKVIS only names venue, catering, external presentations and the coordinator fee; this kind of expense needs a manual review in specialist practice.',
});

/** The advice to use PLO-E's venue agreements. */
export const PLO_E_VENUES: Finding = make('eligibility.plo-e-venues', 'info', {
  da: 'Overvej et af de mødesteder, PLO-E har aftaler med (se KiAP’s hjemmeside).',
  en: "Consider one of the venues PLO-E has agreements with (see KiAP's website).",
});
