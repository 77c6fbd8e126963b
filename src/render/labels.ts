/**
 * Names for people of the ids the library uses: expense categories (with a
 * one-line explanation each), verdicts, payee roles, severities, rule areas
 * and the parts of the year report, in Danish and English. The report never
 * shows an id where one of these labels exists. `docs/glossary.md` is
 * generated from these tables.
 */
import type { Bilingual } from '../core/ruleEntry.js';
import type { Severity } from '../core/findings.js';
import type { ExpenseCategory, PayeeRole } from '../rules/eligibility/schema.js';
import type { ExpenseDecision } from '../rules/eligibility/schema.js';

/** A label with a one-line explanation, in both languages. */
export interface ExplainedLabel {
  readonly label: Bilingual;
  readonly explanation: Bilingual;
}

function explained(da: string, en: string, daText: string, enText: string): ExplainedLabel {
  return Object.freeze({ label: Object.freeze({ da, en }), explanation: Object.freeze({ da: daText, en: enText }) });
}

function bilingual(da: string, en: string): Bilingual {
  return Object.freeze({ da, en });
}

/**
 * Every expense category: its name and what it covers, in Danish and English.
 *
 * @example
 * EXPENSE_CATEGORY_LABELS['task-fee'].label.da // 'Opgavehonorar'
 * EXPENSE_CATEGORY_LABELS['clinic-operations'].label.en // 'Clinic operations'
 */
export const EXPENSE_CATEGORY_LABELS: { readonly [C in ExpenseCategory]: ExplainedLabel } = Object.freeze({
  'venue-rent': explained('Lokaleleje', 'Venue rent', 'Leje af lokale til klyngens møder.', "Hire of a room for the cluster's meetings."),
  catering: explained('Forplejning', 'Catering', 'Mad og drikke til klyngens møder.', "Food and drink for the cluster's meetings."),
  'coordinator-fee': explained(
    'Koordinatorhonorar', 'Coordinator fee',
    'Honorar til klyngekoordinatoren for koordinatorarbejdet, efter kontrakt og godkendt på årsmødet.',
    "The cluster coordinator's fee for the coordinator's work, on a contract approved at the AGM.",
  ),
  'board-fee': explained(
    'Bestyrelseshonorar', 'Board fee',
    'Honorar til et bestyrelsesmedlem for posten i bestyrelsen (ikke for en enkelt opgave; se opgavehonorar).',
    'A fee to a board member for holding the board post (not for a single task; see task fee).',
  ),
  'secretary-fee': explained(
    'Sekretærhonorar', 'Secretary fee',
    'Betaling til en sekretær eller for købt administrativ hjælp til klyngen.',
    'Pay to a secretary or for administrative help the cluster buys.',
  ),
  'task-fee': explained(
    'Opgavehonorar', 'Task fee',
    'Honorar for en særskilt aftalt opgave for klyngen (fx at forberede et tema), til et medlem eller en anden; ikke for en post i bestyrelsen.',
    'A fee for a separately agreed task for the cluster (such as preparing a theme), to a member or someone else; not for a board post.',
  ),
  'presenter-fee': explained(
    'Oplægsholderhonorar', 'Presenter fee',
    'Honorar til en oplægsholder på et klyngemøde; rejseudgifter indgår i honoraret.',
    'A fee to a speaker at a cluster meeting; travel costs are part of the fee.',
  ),
  'facilitator-fee': explained('Facilitatorhonorar', 'Facilitator fee', 'Honorar til en, der leder et klyngemøde.', 'A fee to someone who leads a cluster meeting.'),
  consultancy: explained(
    'Konsulentbistand', 'Consultancy',
    'Ekstern hjælp til at forberede og holde møder, fx gennemgang af klyngens data.',
    "Outside help to prepare and run meetings, such as going through the cluster's data.",
  ),
  'shared-meeting-equipment': explained(
    'Fælles mødeudstyr', 'Shared meeting equipment',
    'Udstyr eller software, som hele klyngen bruger til sine møder.',
    'Equipment or software the whole cluster uses for its meetings.',
  ),
  'conference-participation': explained(
    'Konferencer og temadage', 'Conference participation',
    'Koordinatorens eller bestyrelsens deltagelse i konferencer og temadage.',
    "The coordinator's or board's attendance at conferences and theme days.",
  ),
  mileage: explained(
    'Kørselsgodtgørelse', 'Mileage',
    'Skattepligtig kørselsgodtgørelse til koordinator eller bestyrelse (ikke til medlemmer).',
    'Taxable mileage to the coordinator or board (not to members).',
  ),
  'continuing-education': explained(
    'Efteruddannelse', 'Continuing education',
    'Faglig efteruddannelse; hører hjemme i DGE, SGE eller PLO-E og er ikke alene et formål for klyngemidlerne.',
    'Continuing medical education; it belongs in DGE, SGE or PLO-E and is not a purpose of cluster funds on its own.',
  ),
  'member-equipment': explained(
    'Udstyr til medlemmer', 'Equipment for members',
    'Udstyr til den enkelte klinik eller det enkelte medlem; kan ikke betales af klyngen.',
    'Equipment for a single clinic or member; the cluster cannot pay for it.',
  ),
  'clinical-equipment': explained(
    'Klinisk udstyr', 'Clinical equipment',
    'Klinisk eller medicoteknisk udstyr; kan ikke betales af klyngen.',
    'Clinical or medico-technical equipment; the cluster cannot pay for it.',
  ),
  'member-compensation': explained(
    'Betaling til medlemmer for at deltage', 'Member compensation',
    'Mødehonorar, refusion eller tabt indtjening til medlemmer; kan ikke betales af klyngen.',
    'Meeting fees, refunds or lost earnings for members; the cluster cannot pay them.',
  ),
  'member-transport': explained(
    'Medlemmers transport', 'Member transport',
    'Medlemmernes rejse til klyngemøder; kan ikke betales af klyngen.',
    "Members' travel to cluster meetings; the cluster cannot pay for it.",
  ),
  'clinic-operations': explained(
    'Klinikdrift', 'Clinic operations',
    'Klinikkens egen drift, patientbehandling eller medicinsk udstyr; kan ikke betales af klyngen.',
    "A clinic's own running costs, patient treatment or medical equipment; the cluster cannot pay for them.",
  ),
  'study-trip-abroad': explained(
    'Studietur til udlandet', 'Study trip abroad',
    'Medlemmernes studieture til udlandet; kan ikke betales af klyngen.',
    "Members' study trips abroad; the cluster cannot pay for them.",
  ),
  other: explained('Andet', 'Other', 'Passer ikke i en kendt kategori; en person skal vurdere udgiften.', 'Fits no known category; a person must judge the expense.'),
});

/**
 * The verdict on a claim, and `partly` for an approved claim that a cap cut.
 *
 * @example
 * VERDICT_LABELS['needs-review'].da // 'til gennemgang'
 * VERDICT_LABELS.partly.da // 'delvist godkendt'
 */
export const VERDICT_LABELS: { readonly [V in ExpenseDecision['verdict'] | 'partly']: Bilingual } = Object.freeze({
  eligible: bilingual('godkendt', 'approved'),
  partly: bilingual('delvist godkendt', 'partly approved'),
  ineligible: bilingual('afvist', 'refused'),
  'needs-review': bilingual('til gennemgang', 'needs review'),
});

/**
 * Who an expense is paid to.
 *
 * @example
 * PAYEE_ROLE_LABELS.board.da // 'bestyrelsesmedlem'
 */
export const PAYEE_ROLE_LABELS: { readonly [R in PayeeRole]: Bilingual } = Object.freeze({
  coordinator: bilingual('koordinator', 'coordinator'),
  board: bilingual('bestyrelsesmedlem', 'board member'),
  secretary: bilingual('sekretær', 'secretary'),
  member: bilingual('medlem', 'member'),
  clinic: bilingual('klinik', 'clinic'),
  external: bilingual('ekstern', 'outside party'),
});

/**
 * The severity of a finding.
 *
 * @example
 * SEVERITY_LABELS.violation.da // 'overtrædelse'
 */
export const SEVERITY_LABELS: { readonly [S in Severity]: Bilingual } = Object.freeze({
  violation: bilingual('overtrædelse', 'violation'),
  warning: bilingual('advarsel', 'warning'),
  info: bilingual('oplysning', 'information'),
});

/**
 * The rule areas (the part of a rule id before the dot).
 *
 * @example
 * AREA_LABELS.eligibility.da // 'Udgifter'
 */
export const AREA_LABELS: { readonly [area: string]: Bilingual } = Object.freeze({
  agm: bilingual('Årsmøde', 'Annual general meeting'),
  calendar: bilingual('Årshjul', 'Calendar of duties'),
  duties: bilingual('Pligter', 'Duties'),
  eligibility: bilingual('Udgifter', 'Expenses'),
  fees: bilingual('Honorarer', 'Fees'),
  governance: bilingual('Afstemning og stemmeret', 'Voting'),
  grant: bilingual('Tilskud og regnskab', 'Grant and ledger'),
  membership: bilingual('Medlemskab', 'Membership'),
  money: bilingual('Beløb', 'Money'),
  restructuring: bilingual('Sammenlægning, deling og nedlæggelse', 'Merger, split and dissolution'),
  workdays: bilingual('Hverdage og helligdage', 'Working days and holidays'),
});

/**
 * The parts of the year report a finding can come from (its `where`, without a claim number).
 *
 * @example
 * REPORT_PART_LABELS.coordinatorFee.da // 'Koordinatorhonorar'
 */
export const REPORT_PART_LABELS: { readonly [part: string]: Bilingual } = Object.freeze({
  membership: bilingual('Medlemskab', 'Membership'),
  grant: bilingual('Tilskud', 'Grant'),
  ledger: bilingual('Regnskab', 'Ledger'),
  expenses: bilingual('Udgifter', 'Expenses'),
  coordinatorFee: bilingual('Koordinatorhonorar', 'Coordinator fee'),
  agm: bilingual('Årsmøde', 'Annual general meeting'),
  'agm record': bilingual('Årsmødets referat og opfølgning', 'Record of the AGM and follow-up'),
  calendar: bilingual('Årshjul', 'Calendar of duties'),
  duties: bilingual('Pligter', 'Duties'),
});

/**
 * The two schemes.
 *
 * @example
 * SCHEME_LABELS.speciallaegepraksis.en // 'specialist practice'
 */
export const SCHEME_LABELS: { readonly 'almen-praksis': Bilingual; readonly speciallaegepraksis: Bilingual } = Object.freeze({
  'almen-praksis': bilingual('almen praksis', 'general practice'),
  speciallaegepraksis: bilingual('speciallægepraksis', 'specialist practice'),
});
