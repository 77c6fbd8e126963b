/** Runs one conformance case's function with the (edited) arguments, through the bundled library. */
import * as api from '../../src/index.js';
import { isKlyngeInputError } from '../../src/index.js';
import type { InputIssue } from '../../src/index.js';
import { mismatch } from '../../test/support/match.js';
import type { ConformanceCase } from './siteData.js';

/** What a run gave. */
export type RunOutcome =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'rejected'; readonly issues: readonly InputIssue[] }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Call the public function `fn` with `args`.
 *
 * @example
 * runFunction('allocate', ['100', [1, 1]]) // { kind: 'value', value: ['50.00', '50.00'] }
 */
export function runFunction(fn: string, args: readonly unknown[]): RunOutcome {
  const f = (api as Record<string, unknown>)[fn];
  if (typeof f !== 'function') return { kind: 'error', message: `${fn} is not a function of the library` };
  try {
    return { kind: 'value', value: (f as (...a: unknown[]) => unknown)(...structuredClone(args)) };
  } catch (error) {
    if (isKlyngeInputError(error)) return { kind: 'rejected', issues: error.issues };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * True when an outcome is what the case expects (the conformance runner's partial match).
 *
 * @example
 * meetsCase(runFunction(c.fn, c.input), c) // true for every case in test/conformance
 */
export function meetsCase(outcome: RunOutcome, c: ConformanceCase): boolean {
  if (c.throws) {
    if (outcome.kind !== 'rejected') return false;
    const path = c.throws.path;
    return path === undefined || outcome.issues.some((i) => JSON.stringify(i.path) === JSON.stringify(path));
  }
  return outcome.kind === 'value' && mismatch(outcome.value, c.expected) === undefined;
}
