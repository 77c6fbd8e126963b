/**
 * Rule `eligibility.cap-order`: the year-to-date state the specialist caps
 * read, inside the engine. Calendar-year figures (the other-expenses pot and
 * the meetings) and the fee-year figure (coordinator fees, April–March) are
 * kept apart, so the fee total does not reset on 1 January.
 */
import { ZERO, formatAmount, toMoney, type Money } from '../../core/money.js';
import type { ParsedExpense, ParsedContext, YearToDateState } from './schema.js';
import { CATEGORIES } from './categories.js';

/** Year-to-date state inside the engine. */
export interface Ytd {
  /** Calendar year of `otherExpenses` and `meetings`. */
  year: number;
  otherExpenses: Money;
  /** Counted meetings by id, in the order counted. */
  meetings: Map<string, { readonly date: string; total: Money }>;
  /** Fee year (April `feeYear` – March `feeYear + 1`) of `coordinatorFees`. */
  feeYear: number;
  coordinatorFees: Money;
}

/**
 * Internal: the calendar year of an ISO date.
 *
 * @example
 * yearOf('2025-03-27') // 2025
 */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Internal: the fee year April–March that contains an ISO date, named by the year of its April.
 *
 * @example
 * feeYearOf('2024-03-31') // 2023
 * feeYearOf('2024-11-30') // 2024
 */
export function feeYearOf(date: string): number {
  const year = yearOf(date);
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

/** An empty state for the year and fee year of a date. */
export function emptyYtd(date: string): Ytd {
  return { year: yearOf(date), otherExpenses: ZERO, meetings: new Map(), feeYear: feeYearOf(date), coordinatorFees: ZERO };
}

/** Move the state to the date of the next claim: each part for another year than the claim's starts empty. */
export function rollTo(ytd: Ytd, date: string): Ytd {
  const year = yearOf(date);
  const feeYear = feeYearOf(date);
  if (ytd.year === year && ytd.feeYear === feeYear) return ytd;
  const next = emptyYtd(date);
  if (ytd.year === year) {
    next.otherExpenses = ytd.otherExpenses;
    next.meetings = ytd.meetings;
  }
  if (ytd.feeYear === feeYear) next.coordinatorFees = ytd.coordinatorFees;
  return next;
}

/** Turn validated public state into engine state for a claim's date (figures for another year are ignored). */
export function toYtd(state: ParsedContext['yearToDate'], date: string): Ytd {
  const ytd = emptyYtd(date);
  if (state === undefined) return ytd;
  if (state.year === undefined || state.year === ytd.year) {
    ytd.otherExpenses = state.otherExpenses === undefined ? ZERO : toMoney(state.otherExpenses);
    const prefix = String(ytd.year);
    for (const m of state.meetings ?? []) {
      if (m.date.startsWith(prefix)) ytd.meetings.set(m.id, { date: m.date, total: toMoney(m.venueAndCatering) });
    }
  }
  if (state.feeYear === undefined || state.feeYear === ytd.feeYear) {
    ytd.coordinatorFees = state.coordinatorFees === undefined ? ZERO : toMoney(state.coordinatorFees);
  }
  return ytd;
}

/** Engine state back to the public shape. */
export function fromYtd(ytd: Ytd): YearToDateState {
  return {
    year: ytd.year,
    otherExpenses: formatAmount(ytd.otherExpenses),
    meetings: [...ytd.meetings].map(([id, m]) => ({ id, date: m.date, venueAndCatering: formatAmount(m.total) })),
    feeYear: ytd.feeYear,
    coordinatorFees: formatAmount(ytd.coordinatorFees),
  };
}

/**
 * Fold a decided claim into the state (which must already be rolled to the
 * claim's date): what it approved or holds pending takes its place under its
 * cap. A meeting is counted from its first claim that approves or holds money.
 */
export function advance(ytd: Ytd, expense: ParsedExpense, placed: Money): void {
  const row = CATEGORIES[expense.category];
  if (row.specialistCap === 'other-expenses') ytd.otherExpenses = ytd.otherExpenses.plus(placed);
  else if (row.specialistCap === 'coordinator') ytd.coordinatorFees = ytd.coordinatorFees.plus(placed);
  else if (row.specialistCap === 'meeting' && expense.meeting !== undefined) {
    const known = ytd.meetings.get(expense.meeting.id);
    if (known) known.total = known.total.plus(placed);
    else if (placed.greaterThan(0)) ytd.meetings.set(expense.meeting.id, { date: expense.date, total: placed });
  }
}
