import type { RuleId } from '../ruleCatalogue.js';
import type { Bilingual, RuleEntry } from './ruleEntry.js';
import type { SourceRef } from './sources.js';
import { inputError, redactCpr } from './errors.js';
import { readInput } from './validate.js';

/** `violation` — a requirement is broken; `warning` — a recommendation is not followed; `info` — worth knowing. */
export type Severity = 'violation' | 'warning' | 'info';

/** A rule outcome: data, never an exception. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly source: SourceRef;
  /** The figures behind the finding. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * Make a finding of `rule`, citing the rule's first source.
 *
 * @example
 * finding(agmRules['agm.notice-period'], 'violation', { da: 'For sent.', en: 'Too late.' }, { noticeBy: '2025-03-13' }).source
 * // { document: 'klyngeregler-2023', section: '4' }
 */
export function finding(
  rule: RuleEntry<RuleId>,
  severity: Severity,
  message: Bilingual,
  data?: Readonly<Record<string, unknown>>,
): Finding {
  const source = { ...rule.sources[0] };
  const text = { da: redactCpr(message.da), en: redactCpr(message.en) };
  return data === undefined ? { rule: rule.id, severity, message: text, source } : { rule: rule.id, severity, message: text, source, data };
}

const ORDER: Record<Severity, number> = { violation: 0, warning: 1, info: 2 };

function checkFindings(findings: unknown): readonly Finding[] {
  return readInput(['findings'], () => {
    if (!Array.isArray(findings)) throw inputError(['findings'], 'findings must be a list of findings', 'invalid-type');
    // Indexed reads: a hole in a sparse list is a missing finding, not skipped.
    const list: Finding[] = [];
    for (let i = 0; i < findings.length; i += 1) {
      const f: unknown = findings[i];
      const severity = typeof f === 'object' && f !== null ? (f as { severity?: unknown }).severity : undefined;
      if (typeof severity !== 'string' || !Object.prototype.hasOwnProperty.call(ORDER, severity)) {
        throw inputError(['findings', i, 'severity'], "severity must be 'violation', 'warning' or 'info'", 'invalid-value');
      }
      list.push(f as Finding);
    }
    return list;
  });
}

/**
 * Sort findings by severity (violations first), keeping the original order within a severity.
 *
 * @example
 * const note = finding(agmRules['agm.notice-period'], 'info', { da: 'a', en: 'a' });
 * const late = finding(agmRules['agm.notice-period'], 'violation', { da: 'b', en: 'b' });
 * sortFindings([note, late]).map((f) => f.severity) // ['violation', 'info']
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return checkFindings(findings)
    .map((f, index) => ({ f, index }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.index - b.index)
    .map(({ f }) => f);
}

/**
 * True when any finding is a violation.
 *
 * @example
 * hasViolations([]) // false
 */
export function hasViolations(findings: readonly Finding[]): boolean {
  return checkFindings(findings).some((f) => f.severity === 'violation');
}
