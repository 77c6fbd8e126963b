/**
 * One valid sample call (the arguments) of every function exported by
 * src/index.ts, for the whole-API property tests (strict keys, results that
 * cannot change the library, no CPR number in any text). A test checks that
 * the table names exactly the exported functions, so a function added later
 * must get an entry here.
 *
 * Each entry is a function that returns fresh arguments, so a test may
 * change them. Inputs include names, ids and descriptions (string fields
 * for the CPR test) and a `payee.cpr` where a function takes one.
 */
import { annualCalendar } from '../../src/index.js';

/** A valid CPR number used as `payee.cpr` in the samples; it must appear in no output. */
export const SAMPLE_PAYEE_CPR = '2512851234';

const payeeWithCpr = () => ({ role: 'external' as const, name: 'Oplægsholder', cpr: SAMPLE_PAYEE_CPR });

const expense = () => ({
  id: 'E1',
  category: 'presenter-fee' as const,
  amount: '8000.00',
  date: '2025-02-12',
  description: 'Oplæg om antibiotika',
  payee: payeeWithCpr(),
  documentation: { contract: true, hourlyRate: 1000 },
});

const meal = () => ({
  id: 'E2',
  category: 'catering' as const,
  amount: 6160,
  date: '2025-02-12',
  description: 'Forplejning',
  meeting: { id: 'M1', attendees: 28 },
  documentation: { receipt: true },
});

const cluster = () => ({
  id: 'K1',
  name: 'Klynge Vest',
  coordinatorId: 'D1',
  clinics: [
    { id: 'C1', name: 'Lægerne Torvet', listedPatients: 31000, owners: ['D1'] },
    { id: 'C2', name: 'Lægehuset', listedPatients: 5000, owners: ['D2'] },
  ],
  doctors: [
    { id: 'D1', role: 'owner' as const, clinicId: 'C1', ploMember: true },
    { id: 'D2', role: 'owner' as const, clinicId: 'C2', ploMember: true },
    { id: 'D3', role: 'employed' as const, clinicId: 'C2', ploMember: true },
  ],
});

const agmFacts = () => ({
  meeting: '2025-03-20',
  noticeSentOn: '2025-03-10',
  agendaIncluded: true,
  proposals: [{ id: 'P1', receivedOn: '2025-03-11' }],
  minutesSentOn: '2025-04-08',
  elections: [{ post: 'klyngekoordinator', name: 'Birgitte Hansen', term: '2025–2027', fee: 60000 }],
});

const voters = () => [
  { id: 'A', role: 'owner' as const, ploMember: true },
  { id: 'B', role: 'employed' as const, ploMember: true },
];

const clusterYear = () => ({
  year: 2025,
  cluster: cluster(),
  openingBalance: '82317.45',
  expenses: [expense(), meal()],
  coordinatorFee: { annualFee: 60000, holders: [{ id: 'D1', from: '2025-01-01' }] },
  agm: agmFacts(),
  calendar: { closedDays: 'statutory' as const },
});

const finding = () => ({
  rule: 'money.allocate',
  severity: 'info' as const,
  message: { da: 'Bemærk', en: 'Note' },
  source: { document: 'design-interpretation', section: 'Splitting money' },
});

/** Sample arguments by exported function name. */
export const PUBLIC_INPUTS: Readonly<Record<string, () => unknown[]>> = {
  addWorkingDays: () => ['2025-04-17', 3, { closedDays: 'statutory', extraClosedDays: ['2025-04-23'] }],
  advanceYearToDate: () => [
    { year: 2025, otherExpenses: '1000.00', meetings: [{ id: 'M0', date: '2025-01-15', venueAndCatering: '2000.00' }], feeYear: 2024, coordinatorFees: '0.00' },
    expense(),
    { approved: '1000.00', pending: '0.00' },
  ],
  agmDeadlines: () => ['2025-03-27', { closedDays: 'statutory', noticeOnWorkingDay: true }],
  allocate: () => [100000, [30000, '20000', 10000]],
  annualCalendar: () => [{ year: 2025, scheme: 'almen-praksis', agmDate: '2025-03-27', extraClosedDays: ['2025-05-02'] }],
  checkAgm: () => [agmFacts(), { closedDays: 'statutory' }],
  checkExpense: () => [expense(), { scheme: 'almen-praksis' }],
  checkExpenses: () => [[expense(), meal()], { scheme: 'almen-praksis' }],
  checkHourlyRate: () => [{ hourlyRate: 1200, date: '2025-01-01' }],
  checkMembership: () => [cluster(), { year: 2025, minimumPatients: 30000 }],
  closeYear: () => [{ year: 2025, openingBalance: '82317.45', grant: 131400, spent: ['4500.00', 6160] }],
  closeYears: () => [{ openingBalance: 0, years: [{ year: 2024, grant: 170400, spent: 150000 }, { year: 2025, grant: 175200, spent: [100000, '0.50'] }] }],
  clusterYearStatus: () => [clusterYear(), { asOf: '2025-04-15', days: 30 }],
  countElection: () => [{ post: 'klyngekoordinator', candidates: [{ id: 'A', votes: 9 }, { id: 'B', votes: 7 }], seats: 1, blank: 1, eligible: 20 }],
  countVote: () => [{ yes: 3, no: 2, blank: 1, eligible: 7 }],
  danishHolidays: () => [2025],
  dissolveCluster: () => [{ balance: 84210.5, date: '2025-06-30', region: 'Syddanmark' }],
  easterSunday: () => [2025],
  eligibleVoters: () => [voters(), { votingRoles: ['owner', 'employed'] }],
  evaluateClusterYear: () => [clusterYear()],
  formatKroner: () => ['1234567.50'],
  grantForYear: () => [{ year: 2025, patients: 36000, rate: '3.65' }],
  hasViolations: () => [[finding()]],
  isKlyngeInputError: () => [{ code: 'KLYNGE_INPUT' }],
  isRuleId: () => ['money.allocate'],
  isValidCpr: () => ['0101901234'],
  isValidCvr: () => ['12972997'],
  isWorkingDay: () => ['2025-06-05', { closedDays: 'holidays-only' }],
  jsonSchemaFor: () => ['expense'],
  listRules: () => [],
  mergeFunds: () => [{ clusters: [{ id: 'A', balance: 60000, patients: 25000 }, { id: 'B', balance: '40000.50', patients: 15000 }], decidedAt: { kind: 'ordinary-agm', date: '2025-03-20' } }],
  minutesBy: () => ['2025-03-27', { closedDays: 'statutory' }],
  noticeBy: () => ['2025-03-27', { noticeOnWorkingDay: true }],
  proposalsBy: () => ['2025-03-27', { extraClosedDays: ['2025-03-20'] }],
  prorateFee: () => [{ annualFee: 50000, periodStart: '2024-04-01', holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] }],
  rateForYear: () => [2025],
  regionsOn: () => ['2026-12-31'],
  restructureFunds: () => [
    {
      clusters: [{ id: 'A', balance: 90000 }, { id: 'B', balance: 30000 }],
      moves: [{ from: 'A', to: 'X', patients: 20000 }, { from: 'A', to: 'Y', patients: 10000 }, { from: 'B', to: 'Y', patients: 30000 }],
    },
  ],
  sortFindings: () => [[finding(), { ...finding(), severity: 'violation' as const }]],
  specialistCoordinatorFee: () => [{ year: 2024, holders: [{ id: 'A', from: '2024-04-01' }, { id: 'B', from: '2024-11-01' }] }],
  splitFunds: () => [{ balance: 100000, parts: [{ id: 'A', patients: 30000 }, { id: 'B', patients: 20000 }], decidedAt: { kind: 'ordinary-agm', date: '2025-03-20' } }],
  standardAgenda: () => [],
  toICalendar: () => [structuredClone(annualCalendar({ year: 2025, agmDate: '2025-03-27' })), { lang: 'da', uidDomain: 'k1.klynge.example' }],
  workingDayOnOrAfter: () => ['2025-04-19', { closedDays: 'statutory' }],
  workingDayOnOrBefore: () => ['2025-03-16'],
  workingDaysBetween: () => ['2025-03-13', '2025-03-27', { extraClosedDays: ['2025-03-20'] }],
};
