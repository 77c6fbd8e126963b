import type { z } from 'zod';

/**
 * What is wrong with an input, as a stable machine-readable code (an
 * integrator may switch on it; the messages may be reworded):
 *
 * - `unknown-key` — a key the input does not have (a misspelt key); the path ends with it.
 * - `invalid-type` — a value of the wrong type (a string where a number belongs, not an object, …).
 * - `invalid-value` — a value of the right type that is not allowed (an unknown category, a wrong rule combination).
 * - `invalid-format` — text in the wrong form (other than dates and amounts).
 * - `invalid-date` — not a calendar date `YYYY-MM-DD`, or a year outside 1900–2299.
 * - `invalid-amount` — not kroner: negative, more than 2 decimals, not a number or decimal text.
 * - `amount-too-large` — an amount above 999,999,999,999.99 kr.
 * - `too-small` — a number, list or text below its least value, length or size.
 * - `too-big` — a number, list or text above its greatest value, length or size.
 * - `not-whole` — a number that must be whole (or a multiple) and is not.
 * - `invalid-weight` — a weight of `allocate` that is negative, not a number, or all weights zero.
 * - `invalid-period` — a period that ends before it starts.
 * - `table-order`, `table-overlap`, `table-gap` — a dated parameter table whose entries are out of `from` order, overlap, or leave a gap.
 * - `missing-parameter` — no published value applies (a rate, a fee); pass one.
 * - `unreadable-input` — the input could not be read (a revoked Proxy, a getter that throws).
 */
export type InputIssueCode =
  | 'unknown-key'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-format'
  | 'invalid-date'
  | 'invalid-amount'
  | 'amount-too-large'
  | 'too-small'
  | 'too-big'
  | 'not-whole'
  | 'invalid-weight'
  | 'invalid-period'
  | 'table-order'
  | 'table-overlap'
  | 'table-gap'
  | 'missing-parameter'
  | 'unreadable-input';

/** Every {@link InputIssueCode}, in the order documented there. */
export const INPUT_ISSUE_CODES: readonly InputIssueCode[] = Object.freeze([
  'unknown-key',
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'invalid-date',
  'invalid-amount',
  'amount-too-large',
  'too-small',
  'too-big',
  'not-whole',
  'invalid-weight',
  'invalid-period',
  'table-order',
  'table-overlap',
  'table-gap',
  'missing-parameter',
  'unreadable-input',
] as const);

/** One problem with an input: where it is, what kind of problem, and a message in English and Danish. */
export interface InputIssue {
  /** JSON path to the bad value, as zod reports it (`['expenses', 3, 'amount']`). */
  readonly path: readonly (string | number)[];
  /** What is wrong, as a stable code (see {@link InputIssueCode}). */
  readonly code: InputIssueCode;
  /** A readable message in English (as before the Danish one was added). Never contains a CPR number. */
  readonly message: string;
  /** The message in Danish and English, the same shape as a finding's `message`. Never contains a CPR number. */
  readonly messages: { readonly da: string; readonly en: string };
}

/** An issue as the library's code states it: the code and the Danish text may be left out. */
export interface InputIssueInit {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code?: InputIssueCode | undefined;
  readonly messageDa?: string | undefined;
}

/** The Danish message of an issue that has none of its own, by code. */
const DANISH: Readonly<Record<InputIssueCode, string>> = {
  'unknown-key': 'ukendt felt (stavefejl?)',
  'invalid-type': 'forkert type af værdi',
  'invalid-value': 'værdien er ikke tilladt',
  'invalid-format': 'teksten har ikke den rette form',
  'invalid-date': "ikke en kalenderdato 'ÅÅÅÅ-MM-DD' i årene 1900–2299",
  'invalid-amount': 'ikke et beløb i kroner (ikke negativt, højst 2 decimaler)',
  'amount-too-large': 'beløbet er for stort: højst 999.999.999.999,99 kr.',
  'too-small': 'for lille, for kort eller for få',
  'too-big': 'for stor, for lang eller for mange',
  'not-whole': 'skal være et helt tal',
  'invalid-weight': 'en vægt skal være et ikke-negativt tal, og mindst én skal være større end nul',
  'invalid-period': 'perioden slutter, før den begynder',
  'table-order': 'tabellens rækker skal stå i datoorden',
  'table-overlap': 'tabellens rækker overlapper',
  'table-gap': 'der er et hul mellem tabellens rækker',
  'missing-parameter': 'der er ingen offentliggjort værdi for datoen; angiv en',
  'unreadable-input': 'input kunne ikke læses',
};

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
 * issues // [{ path: ['weights'], code: 'too-small', message: 'weights must not be empty', messages: { da: 'for lille, for kort eller for få (weights must not be empty)', en: 'weights must not be empty' } }]
 */
export class KlyngeInputError extends Error {
  override readonly name = 'KlyngeInputError';
  readonly code = 'KLYNGE_INPUT' as const;
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly (InputIssueInit | InputIssue)[]) {
    const clean: InputIssue[] = issues.map((issue) => {
      const code = issue.code ?? codeOfMessage(issue.message);
      const da = 'messages' in issue ? issue.messages.da : (issue.messageDa ?? `${DANISH[code]} (${issue.message})`);
      const en = redactCpr(issue.message);
      return { path: [...issue.path], code, message: en, messages: { da: redactCpr(da), en } };
    });
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
 * inputError(['year'], 'no published rate for 2030; fill in `rate`').issues[0].code
 * // 'missing-parameter'
 */
export function inputError(path: readonly (string | number)[], message: string, code?: InputIssueCode, messageDa?: string): KlyngeInputError {
  return new KlyngeInputError([{ path, message, code, messageDa }]);
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
    if (isKlyngeInputError(error)) throw new KlyngeInputError(error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })));
    throw error;
  }
}

/** The code of an issue stated without one, from its message (dates, amounts, missing parameters). */
function codeOfMessage(message: string): InputIssueCode {
  if (DATE_MESSAGE.test(message)) return 'invalid-date';
  if (message.startsWith('amount is too large')) return 'amount-too-large';
  if (message.startsWith('amount must')) return 'invalid-amount';
  if (/^no\b.*\bpublished\b/.test(message)) return 'missing-parameter';
  return 'invalid-value';
}

/** zod's issue codes → ours; a custom issue names its own code in `params.code`. */
const ZOD_CODES: Readonly<Record<string, InputIssueCode>> = {
  invalid_type: 'invalid-type',
  invalid_union: 'invalid-type',
  invalid_value: 'invalid-value',
  invalid_key: 'invalid-value',
  invalid_element: 'invalid-value',
  invalid_format: 'invalid-format',
  too_small: 'too-small',
  too_big: 'too-big',
  not_multiple_of: 'not-whole',
  unrecognized_keys: 'unknown-key',
  custom: 'invalid-value',
};

const DATE_MESSAGE = /^(date must|year must be between|\S+ is not a calendar date)/;

function codeOf(issue: z.core.$ZodIssue): InputIssueCode {
  const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  if (typeof own === 'string' && (INPUT_ISSUE_CODES as readonly string[]).includes(own)) return own as InputIssueCode;
  if (issue.code === 'custom') return codeOfMessage(issue.message);
  if (DATE_MESSAGE.test(issue.message)) return 'invalid-date';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'not-whole';
  return ZOD_CODES[issue.code] ?? 'invalid-value';
}

/**
 * Convert a zod error into a {@link KlyngeInputError}, keeping zod's paths.
 * An unknown key is an issue at the path of its object, naming the key.
 *
 * @example
 * const r = isoDateSchema.safeParse('2025-02-30');
 * fromZodError(r.error, ['meeting']).issues[0].path // ['meeting']
 * @example
 * const typo = calendarOptionsSchema.safeParse({ closedDay: 'statutory' });
 * fromZodError(typo.error, ['options']).issues // [{ path: ['options'], code: 'unknown-key', message: 'Unrecognized key: "closedDay"', messages: { da: 'ukendt felt (stavefejl?): "closedDay"', en: 'Unrecognized key: "closedDay"' } }]
 */
export function fromZodError(error: z.ZodError, basePath: readonly (string | number)[] = []): KlyngeInputError {
  return new KlyngeInputError(
    error.issues.flatMap((issue): InputIssueInit[] => {
      const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      if (issue.code === 'unrecognized_keys') {
        // zod's English text, with each key redacted and cut short
        const keys = issue.keys.map((key) => `"${echo(key)}"`).join(', ');
        const many = issue.keys.length > 1;
        return [{ path, code: 'unknown-key', message: `Unrecognized key${many ? 's' : ''}: ${keys}`, messageDa: `ukendt${many ? 'e' : 't'} felt${many ? 'er' : ''} (stavefejl?): ${keys}` }];
      }
      return [{ path, code: codeOf(issue), message: issue.message }];
    }),
  );
}
