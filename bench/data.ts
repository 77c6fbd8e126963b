/**
 * Seeded, realistic benchmark data: expense claims of general-practice
 * clusters, whole-year documents of a synthetic nation, dates and weights.
 * Deterministic for a given seed (no Math.random anywhere).
 */
import type { ClusterInput, ClusterYear, Expense, ExpenseCategory, PayeeRole, ProrateFeeInput, RestructureFundsInput } from '../src/index.js';

/** A small seeded PRNG (mulberry32): fast, 32-bit state, good enough for test data. */
export class Rng {
  #state: number;
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Pick by weight from `[item, weight]` pairs. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of table) {
      r -= w;
      if (r < 0) return item;
    }
    return table[table.length - 1]![0];
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A random date of a (non-leap) year, `YYYY-MM-DD`. */
export function dateIn(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  return `${year}-${pad(month)}-${pad(rng.int(1, MONTH_DAYS[month - 1]!))}`;
}

/** A CVR number passing the modulus-11 check. */
export function validCvr(rng: Rng): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [rng.int(1, 9), ...Array.from({ length: 6 }, () => rng.int(0, 9))];
    const sum = digits.reduce((s, d, i) => s + d * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

/** A CPR-shaped number with a real birth date. */
export function validCpr(rng: Rng): string {
  return `${pad(rng.int(1, 28))}${pad(rng.int(1, 12))}${pad(rng.int(40, 99))}-${rng.int(0, 3)}${pad(rng.int(0, 999), 3)}`;
}

/** Claim mix of a general-practice cluster (share of all claims, from the example year and KiAP's budget guide). */
const CATEGORY_MIX: readonly (readonly [ExpenseCategory, number])[] = [
  ['venue-rent', 17],
  ['catering', 20],
  ['presenter-fee', 9],
  ['facilitator-fee', 4],
  ['consultancy', 3],
  ['coordinator-fee', 8],
  ['board-fee', 5],
  ['secretary-fee', 4],
  ['task-fee', 3],
  ['shared-meeting-equipment', 3],
  ['conference-participation', 4],
  ['mileage', 5],
  ['continuing-education', 2],
  ['member-equipment', 2],
  ['clinical-equipment', 1],
  ['member-compensation', 2],
  ['member-transport', 2],
  ['clinic-operations', 1],
  ['study-trip-abroad', 1],
  ['other', 4],
];

/** The payee role a category normally has; about 1 claim in 10 names another role. */
const USUAL_ROLE: Partial<Record<ExpenseCategory, PayeeRole>> = {
  'coordinator-fee': 'coordinator',
  'board-fee': 'board',
  'secretary-fee': 'secretary',
  'task-fee': 'member',
  'presenter-fee': 'external',
  'facilitator-fee': 'external',
  consultancy: 'external',
  'conference-participation': 'coordinator',
  mileage: 'board',
  'member-compensation': 'member',
  'member-transport': 'member',
  'member-equipment': 'clinic',
};
const ROLES: readonly PayeeRole[] = ['coordinator', 'board', 'secretary', 'member', 'clinic', 'external'];
const FEES = new Set<ExpenseCategory>(['coordinator-fee', 'board-fee', 'secretary-fee', 'task-fee', 'presenter-fee', 'facilitator-fee', 'consultancy']);
const NAMES = ['Anne Dahl', 'Birgitte Hansen', 'Carsten Kjær', 'Tove Jensen', 'Praksisdata ApS', 'Endo-Konsult IVS', 'Facilitering & Co'];

/** A kroner amount with øre, as a caller would send it: a string half the time, else a number. */
function amount(rng: Rng, lo: number, hi: number): string | number {
  const ore = rng.chance(0.7) ? 0 : rng.int(1, 99);
  const value = rng.int(lo, hi) + ore / 100;
  return rng.chance(0.5) ? value.toFixed(2) : value;
}

const AMOUNT_RANGE: Partial<Record<ExpenseCategory, readonly [number, number]>> = {
  'coordinator-fee': [5000, 25000],
  'board-fee': [2000, 12000],
  'presenter-fee': [2000, 15000],
  mileage: [100, 1500],
  'member-transport': [100, 900],
  'study-trip-abroad': [8000, 40000],
};

/** A cluster meeting: venue rent 2,500–7,000 kr, catering 150–320 kr a head; 1 in 25 an overnight seminar at about 3× that. */
interface Meeting {
  readonly id: string;
  readonly attendees: number;
  readonly date: string;
  readonly overnight: boolean;
  readonly venue: number;
  readonly catering: number;
}

function newMeeting(rng: Rng, id: string, year: number): Meeting {
  const attendees = rng.int(6, 40);
  const overnight = rng.chance(0.04);
  const factor = overnight ? 3 : 1;
  return { id, attendees, date: dateIn(rng, year), overnight, venue: factor * rng.int(2500, 7000), catering: factor * attendees * rng.int(150, 320) };
}

/** A round-trip through JSON, as claims reach a back office (flat strings, plain objects). */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Options of {@link generateClaims}. */
export interface ClaimOptions {
  readonly year: number;
  /** Prefix of claim and meeting ids (the cluster). */
  readonly prefix: string;
}

/**
 * `n` expense claims of one year in general practice: meetings with venue
 * and catering sharing a meeting id, fees on contracts (fixed sum or hourly
 * with the rate) with tax ids and mostly time statements, about 15 % with a
 * document missing, about 8 % in refused categories, and the categories a
 * person must judge (`other`, continuing education).
 */
export function generateClaims(rng: Rng, n: number, { year, prefix }: ClaimOptions): Expense[] {
  const claims: Expense[] = [];
  let meeting = newMeeting(rng, `${prefix}-M0`, year);
  for (let i = 0; i < n; i += 1) {
    const category = rng.weighted(CATEGORY_MIX);
    const [lo, hi] = AMOUNT_RANGE[category] ?? [300, 10000];
    const meetingCost = category === 'venue-rent' || category === 'catering';
    if (meetingCost && rng.chance(0.5)) meeting = newMeeting(rng, `${prefix}-M${i}`, year);
    const cost = category === 'venue-rent' ? meeting.venue : meeting.catering;
    const claim: Expense = {
      id: `${prefix}-E${i}`,
      category,
      amount: meetingCost ? amount(rng, cost, cost) : amount(rng, lo, hi),
      date: meetingCost ? meeting.date : dateIn(rng, year),
      description: `${category} ${i}`,
    };
    if (meetingCost) {
      claim.meeting = meeting.overnight
        ? { id: meeting.id, attendees: meeting.attendees, overnight: true }
        : rng.chance(0.97)
          ? { id: meeting.id, attendees: meeting.attendees }
          : { id: meeting.id };
    }
    const usual = USUAL_ROLE[category];
    if (usual !== undefined && rng.chance(0.95)) {
      const role = rng.chance(0.9) ? usual : rng.pick(ROLES);
      const payee: NonNullable<Expense['payee']> = { role, name: rng.pick(NAMES) };
      if (FEES.has(category) || category === 'mileage') {
        const r = rng.next();
        if (r < 0.6) payee.cvr = validCvr(rng);
        else if (r < 0.9) payee.cpr = validCpr(rng);
      }
      claim.payee = payee;
    }
    const complete = rng.chance(0.85);
    if (FEES.has(category)) {
      // Fees are paid on a contract: a fixed sum (the default, sometimes stated) or by the hour (about 1 in 3, with its rate).
      const doc: NonNullable<Expense['documentation']> = { contract: true };
      const hourly = rng.chance(0.35);
      if (hourly) doc.feeBasis = 'hourly';
      else if (rng.chance(0.3)) doc.feeBasis = 'fixed-sum';
      if (rng.chance(0.8)) doc.timeStatement = true;
      if (hourly && (complete || rng.chance(0.5))) doc.hourlyRate = rng.chance(0.5) ? rng.int(400, 1300) : '1072.02';
      if (complete || rng.chance(0.5)) doc.approvedInMinutes = true;
      // Of the incomplete ones, some send a time statement without the contract.
      if (!complete && rng.chance(0.3)) {
        delete doc.contract;
        doc.timeStatement = true;
      }
      claim.documentation = doc;
    } else if (complete || rng.chance(0.3)) {
      claim.documentation = { receipt: true };
    }
    claims.push(claim);
  }
  return viaJson(claims);
}

/** Options of {@link generateNation}. */
export interface NationOptions {
  readonly clusters: number;
  readonly doctors: number;
  readonly patients: number;
  readonly expensesPerCluster: number;
  readonly year: number;
}

/** Split `total` into `parts` whole numbers differing by at most 1. */
function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

/** One cluster's whole-year document in general practice. */
function clusterYear(rng: Rng, index: number, doctors: number, patients: number, expenses: number, year: number): ClusterYear {
  const id = `K${pad(index + 1, 3)}`;
  const clinics: ClusterYear['cluster']['clinics'] = [];
  const people: ClusterYear['cluster']['doctors'] = [];
  let left = doctors;
  while (left > 0) {
    const size = Math.min(left, rng.int(1, 5));
    const clinicId = `${pad(index + 1, 3)}${pad(clinics.length + 1, 3)}`;
    const owners = Math.max(1, size - rng.int(0, 2));
    const ownerIds: string[] = [];
    for (let k = 0; k < size; k += 1) {
      const doctorId = `${id}-D${pad(people.length + 1)}`;
      const role = k < owners ? 'owner' : rng.chance(0.7) ? 'employed' : 'trainee';
      if (role === 'owner') ownerIds.push(doctorId);
      people.push(role === 'owner' ? { id: doctorId, role, clinicId, ploMember: rng.chance(0.95) } : { id: doctorId, role, clinicId });
    }
    clinics.push({ id: clinicId, listedPatients: 0, owners: ownerIds });
    left -= size;
  }
  const perClinic = spread(patients, clinics.length);
  clinics.forEach((c, i) => (c.listedPatients = perClinic[i]!));
  const coordinator = people[0]!.id;
  const second = people.find((d) => d.role === 'owner' && d.id !== coordinator)?.id ?? coordinator;
  const meeting = `${year}-03-${pad(rng.int(17, 31))}`;
  const meetingDay = Number(meeting.slice(8));
  return {
    year,
    cluster: { id, name: `Klynge ${id}`, scheme: 'almen-praksis', coordinatorId: coordinator, rules: { traineesTakePart: true }, clinics, doctors: people },
    openingBalance: amount(rng, 20000, 150000),
    expenses: generateClaims(rng, expenses, { year, prefix: id }),
    coordinatorFee: { annualFee: 60000, holders: [{ id: second, from: `${year}-01-01` }, { id: coordinator, from: `${year}-04-01` }] },
    agm: {
      meeting,
      noticeSentOn: `${year}-03-${pad(meetingDay - rng.int(13, 16))}`,
      agendaIncluded: rng.chance(0.95),
      proposals: [{ id: 'P1', receivedOn: `${year}-03-0${rng.int(1, 3)}` }],
      minutesSentOn: `${year}-04-${pad(rng.int(1, 14))}`,
      elections: [
        { post: 'klyngekoordinator', name: coordinator, term: `${year}–${year + 2}`, fee: 60000 },
        { post: 'bestyrelsesmedlem', name: second, term: `${year}–${year + 2}` },
      ],
    },
  };
}

/** Whole-year documents of a synthetic nation: doctors and patients spread evenly over the clusters. */
export function generateNation(rng: Rng, o: NationOptions): ClusterYear[] {
  const doctors = spread(o.doctors, o.clusters);
  const patients = spread(o.patients, o.clusters);
  return viaJson(doctors.map((d, i) => clusterYear(rng, i, d, patients[i]!, o.expensesPerCluster, o.year)));
}

/** Every ISO date from 1 January `from` to 31 December `to`. */
export function everyDate(from: number, to: number): string[] {
  const dates: string[] = [];
  for (let day = Date.UTC(from, 0, 1) / 86_400_000; ; day += 1) {
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (Number(iso.slice(0, 4)) > to) return dates;
    dates.push(iso);
  }
}

/** Weights for `allocate`: listed patients of `n` clinics. */
export function patientWeights(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.int(800, 9500));
}

/** Input of `restructureFunds`: `n` old clusters, each sending its patients to two of about n/2 new clusters. */
export function restructureInput(rng: Rng, n: number, method: 'pooled' | 'by-origin'): RestructureFundsInput {
  const targets = Math.max(1, Math.floor(n / 2));
  const clusters = Array.from({ length: n }, (_, i) => ({ id: `K${i}`, balance: amount(rng, 1000, 200000) }));
  const moves = clusters.flatMap(({ id }, i) => [
    { from: id, to: `N${i % targets}`, patients: rng.int(1000, 30000) },
    { from: id, to: `N${(i + 1) % targets}`, patients: rng.int(1000, 30000) },
  ]);
  return viaJson({ clusters, moves, method });
}

/** A cluster of `n` clinics (one owner each, a second owner in every third), with an outside co-owner in every fourth clinic. */
export function membershipCluster(rng: Rng, n: number): ClusterInput {
  const clinics: { id: string; listedPatients: number; owners: string[] }[] = [];
  const doctors: { id: string; role: 'owner' | 'employed'; clinicId: string; ploMember?: boolean }[] = [];
  const outsideOwners: { id: string; clinicId: string }[] = [];
  for (let i = 0; i < n; i += 1) {
    const clinicId = `C${i}`;
    const owners = i % 3 === 0 ? [`D${i}`, `D${i}b`] : [`D${i}`];
    clinics.push({ id: clinicId, listedPatients: rng.int(800, 9500), owners });
    for (const id of owners) doctors.push({ id, role: 'owner', clinicId, ploMember: rng.chance(0.95) });
    if (i % 5 === 0) doctors.push({ id: `E${i}`, role: 'employed', clinicId });
    if (i % 4 === 0) outsideOwners.push({ id: `X${i}`, clinicId });
  }
  return viaJson({ id: 'K-LARGE', coordinatorId: 'D0', clinics, doctors, outsideOwners });
}

/** Input of `prorateFee`: a 120-month period and `n` distinct holders (n ≤ 3,650), each taking over on a later day. */
export function prorateInput(n: number): ProrateFeeInput {
  const step = Math.max(1, Math.floor(3650 / n));
  const first = Date.UTC(2020, 0, 1) / 86_400_000;
  const holders = Array.from({ length: n }, (_, i) => ({ id: `H${i}`, from: new Date((first + i * step) * 86_400_000).toISOString().slice(0, 10) }));
  return { annualFee: 60000, periodStart: '2020-01-01', months: 120, holders };
}
