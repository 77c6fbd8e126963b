import type { z } from 'zod';

/** One problem with an input: where it is and what is wrong. */
export interface InputIssue {
  /** JSON path to the bad value, as zod reports it (`['expenses', 3, 'amount']`). */
  readonly path: readonly (string | number)[];
  /** A readable message. Never contains a CPR number. */
  readonly message: string;
}

/** Six digits, an optional hyphen, four digits, with no digit directly before or after (letters and `_` may touch it). */
const CPR_LIKE = /(?<!\d)\d{6}-?\d{4}(?!\d)/g;

/**
 * Replace anything that looks like a CPR number (`DDMMYY-XXXX` or ten digits)
 * with `[CPR]`, also when it is glued to letters or `_` (`cpr_0101901234`).
 * Every human-readable text the library writes passes through it.
 *
 * @example
 * redactCpr('bad value 010190-1234') // 'bad value [CPR]'
 * @example
 * redactCpr('x0101901234 and 12345678901') // 'x[CPR] and 12345678901'
 */
export function redactCpr(text: string): string {
  return text.replace(CPR_LIKE, '[CPR]');
}

/** The longest echoed value a message shows, in characters. */
export const ECHO_LIMIT = 40;

/**
 * A caller's value as it may be shown inside a human-readable message:
 * CPR-shaped numbers redacted and cut to {@link ECHO_LIMIT} characters
 * (with `…`). Use it for every id, name or text of the caller's that a
 * message quotes.
 *
 * @example
 * echo('010190-1234') // '[CPR]'
 * @example
 * echo('x'.repeat(50)).length // 41
 */
export function echo(value: unknown): string {
  const text = redactCpr(String(value));
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
}

/**
 * A JSON path as people write it: `expenses[3].amount`; `whole` names the empty path.
 *
 * @example
 * formatPath(['expenses', 3, 'amount']) // 'expenses[3].amount'
 */
export function formatPath(path: readonly (string | number)[], whole = '(input)'): string {
  if (path.length === 0) return whole;
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/**
 * Thrown for every input that cannot be judged: wrong shape, impossible date,
 * negative count, unknown category, a missing parameter. Rule outcomes are
 * never thrown; they are findings.
 *
 * @example
 * let issues;
 * try { allocate('10', []); } catch (e) { if (isKlyngeInputError(e)) issues = e.issues; }
 * issues // [{ path: ['weights'], message: 'weights must not be empty' }]
 */
export class KlyngeInputError extends Error {
  override readonly name = 'KlyngeInputError';
  readonly code = 'KLYNGE_INPUT' as const;
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const clean = issues.map((issue) => ({ path: [...issue.path], message: redactCpr(issue.message) }));
    super(
      clean.length === 1
        ? `Invalid input at ${formatPath(clean[0]!.path)}: ${clean[0]!.message}`
        : `Invalid input (${clean.length} problems):\n${clean.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join('\n')}`,
    );
    this.issues = clean;
  }
}

/**
 * True when `value` is a {@link KlyngeInputError} (also across bundle copies, by `code`).
 *
 * @example
 * isKlyngeInputError(new Error('x')) // false
 */
export function isKlyngeInputError(value: unknown): value is KlyngeInputError {
  return (
    value instanceof KlyngeInputError ||
    (typeof value === 'object' && value !== null && (value as { code?: unknown }).code === 'KLYNGE_INPUT')
  );
}

/**
 * A {@link KlyngeInputError} with a single issue.
 *
 * @example
 * inputError(['year'], 'no published rate for 2030; pass `rate`').issues
 * // [{ path: ['year'], message: 'no published rate for 2030; pass `rate`' }]
 */
export function inputError(path: readonly (string | number)[], message: string): KlyngeInputError {
  return new KlyngeInputError([{ path, message }]);
}

/**
 * Internal: run `fn`; a {@link KlyngeInputError} it throws is re-thrown with
 * `prefix` in front of every path. Any other error (a bug, not bad input)
 * passes through unchanged.
 *
 * @example
 * let paths;
 * try { withinPath(['cluster'], () => toMoney('-1', ['balance'])); } catch (e) { paths = e.issues.map((i) => i.path); }
 * paths // [['cluster', 'balance']]
 */
export function withinPath<T>(prefix: readonly (string | number)[], fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isKlyngeInputError(error)) throw new KlyngeInputError(error.issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message })));
    throw error;
  }
}

/**
 * Convert a zod error into a {@link KlyngeInputError}, keeping zod's paths.
 *
 * @example
 * const r = isoDateSchema.safeParse('2025-02-30');
 * fromZodError(r.error, ['meeting']).issues[0].path // ['meeting']
 */
export function fromZodError(error: z.ZodError, basePath: readonly (string | number)[] = []): KlyngeInputError {
  return new KlyngeInputError(
    error.issues.map((issue) => ({
      path: [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}
