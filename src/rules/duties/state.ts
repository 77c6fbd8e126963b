/**
 * duties.as-of — the state of one dated duty as of the end of a given day,
 * and the shape every duty check returns.
 */
import type { RuleId } from '../../ruleCatalogue.js';
import type { Bilingual, RuleEntry } from '../../core/ruleEntry.js';
import type { IsoDate } from '../../core/dates.js';
import type { Finding, Severity } from '../../core/findings.js';
import type { SourceRef } from '../../core/sources.js';

/** `done`; `overdue` (due date passed, not done); `upcoming` (not yet due); `unknown` (due date passed, no fact either way). */
export type DutyState = 'done' | 'overdue' | 'upcoming' | 'unknown';

/** One dated duty of the year and its state as of the report's `asOf`. */
export interface DutyStatus {
  /** Stable id, e.g. `2025-registration`, `2025-agm-minutes-signed`. */
  readonly id: string;
  readonly rule: RuleId;
  /** The day the duty is due (at the end of that day). */
  readonly due: IsoDate;
  readonly title: Bilingual;
  readonly state: DutyState;
  /** The day it was done, when the document gives it (on or before `asOf`). */
  readonly doneOn?: IsoDate;
  readonly source: SourceRef;
}

/** What a duty check returns: the dated duties and the findings about them. */
export interface DutyCheck {
  readonly duties: DutyStatus[];
  readonly findings: Finding[];
}

/** A fact about a duty: true/false, the day it was done, or unknown. */
type Fact = boolean | IsoDate | undefined;

/**
 * Applies `duties.as-of`: a duty not yet due as of `asOf` is never overdue.
 * The state of a duty due on `due`, as of the end of `asOf`, from its fact:
 * done on a day after `asOf` is not yet done; a duty is overdue or unknown
 * only when `due` is on or before `asOf`.
 *
 * @example
 * dutyState('2025-01-20', '2025-01-31', '2025-02-01') // { state: 'done', doneOn: '2025-01-20' }
 * dutyState(undefined, '2025-01-31', '2025-02-01') // { state: 'unknown' }
 * dutyState(false, '2025-01-31', '2025-01-30') // { state: 'upcoming' }
 */
export function dutyState(fact: Fact, due: IsoDate, asOf: IsoDate): { state: DutyState; doneOn?: IsoDate } {
  if (fact === true) return { state: 'done' };
  if (typeof fact === 'string' && fact <= asOf) return { state: 'done', doneOn: fact };
  if (due > asOf) return { state: 'upcoming' };
  return { state: fact === undefined ? 'unknown' : 'overdue' };
}

/**
 * The severity of a missed duty of `rule`: a requirement ("skal") is a
 * violation, anything else a warning.
 *
 * @example
 * missedSeverity(dutiesRules['duties.minutes-signed']) // 'violation'
 */
export function missedSeverity(rule: RuleEntry<RuleId>): Severity {
  return rule.kind === 'requirement' ? 'violation' : 'warning';
}

/**
 * A {@link DutyStatus} of `rule` with its state worked out from the fact.
 *
 * @example
 * duty(dutiesRules['duties.minutes-signed'], { id: '2025-agm-minutes-signed', due: '2025-04-03', title: { da: 'a', en: 'b' } }, true, '2025-12-31').state // 'done'
 */
export function duty(
  rule: RuleEntry<RuleId>,
  what: { readonly id: string; readonly due: IsoDate; readonly title: Bilingual },
  fact: Fact,
  asOf: IsoDate,
): DutyStatus {
  const { state, doneOn } = dutyState(fact, what.due, asOf);
  return { id: what.id, rule: rule.id, due: what.due, title: { da: what.title.da, en: what.title.en }, state, ...(doneOn === undefined ? {} : { doneOn }), source: { ...rule.sources[0] } };
}
