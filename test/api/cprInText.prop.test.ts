/**
 * No human-readable text shows a CPR number, and the `payee.cpr` value
 * appears nowhere in any output: CPR-shaped strings (with and without the
 * hyphen, glued to letters or `_`) are put into every string field of the
 * sample input of every public function, one field at a time, replacing the
 * value and appended to it. Finding messages, explanations, error messages
 * and iCalendar text are checked for a CPR-shaped number; the whole JSON of
 * the output (and the error) for the `payee.cpr` value.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { PUBLIC_INPUTS, SAMPLE_PAYEE_CPR } from '../support/publicInputs.js';
import { at, humanTexts, setAt, stringPaths } from './walk.js';

type Fn = (...args: unknown[]) => unknown;
const fns = api as unknown as Record<string, Fn>;

/** Six digits, an optional hyphen, four digits, with no digit before or after. */
const CPR_SHAPED = /(?<!\d)\d{6}-?\d{4}(?!\d)/;

const cprShaped = fc
  .tuple(fc.stringMatching(/^\d{6}$/), fc.boolean(), fc.stringMatching(/^\d{4}$/), fc.constantFrom('', 'x', 'cpr_', 'Æ', ' '), fc.constantFrom('', 'y', '_', '.'))
  .map(([a, hyphen, b, before, after]) => `${before}${a}${hyphen ? '-' : ''}${b}${after}`);

/** Every text of a result or an error that people read. */
function textsOf(outcome: unknown): { path: (string | number)[]; text: string }[] {
  if (outcome instanceof Error) {
    const issues = api.isKlyngeInputError(outcome) ? outcome.issues.flatMap((i) => [i.message, i.messages.da, i.messages.en]) : [];
    return [outcome.message, ...issues].map((text) => ({ path: ['error'], text }));
  }
  return humanTexts(outcome);
}

function run(fn: Fn, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    return error;
  }
}

/** Functions that hand the caller's own findings back (their texts are the caller's, not the library's). */
const RETURNS_CALLERS_TEXT = new Set(['sortFindings']);

function fieldsOf(name: string): (string | number)[][] {
  return PUBLIC_INPUTS[name]!().flatMap((arg, index) => stringPaths(arg).map((path) => [index, ...path]));
}

/** What is wrong when `cpr` is put at `path` (replacing the value, or appended to it), or undefined. */
function problem(name: string, path: (string | number)[], cpr: string, append: boolean): string | undefined {
  const args = PUBLIC_INPUTS[name]!();
  const original = at(args, path) as string;
  if (original === SAMPLE_PAYEE_CPR) return undefined;
  setAt(args, path, append ? `${original}${cpr}` : cpr);
  const outcome = run(fns[name]!, args);
  const shown = textsOf(outcome).find(({ text }) => CPR_SHAPED.test(text));
  if (shown) return `${JSON.stringify(path)} shows a CPR number at ${JSON.stringify(shown.path)}: ${shown.text.slice(0, 200)}`;
  const json = outcome instanceof Error ? `${outcome.message} ${JSON.stringify(outcome)}` : (JSON.stringify(outcome) ?? '');
  if (json.includes(SAMPLE_PAYEE_CPR) || json.includes('251285-1234')) return `${JSON.stringify(path)}: the payee.cpr value is in the output`;
  return undefined;
}

const names = Object.keys(PUBLIC_INPUTS).filter((name) => !RETURNS_CALLERS_TEXT.has(name) && fieldsOf(name).length > 0);

describe('no CPR number in any text, no payee.cpr in any output', () => {
  it('no function shows one, for a number glued to a letter (replacing a field) or to `_` (appended), in any field', () => {
    const shown = names.flatMap((name) => fieldsOf(name).flatMap((path) => [problem(name, path, 'x010190-1234', false), problem(name, path, '_0101901234', true)].flatMap((why) => why ?? []).map((why) => `${name}: ${why}`)));
    expect(shown).toEqual([]);
  });
  for (const name of names) {
    const fields = fieldsOf(name);
    test.prop([cprShaped, fc.nat({ max: fields.length - 1 }), fc.boolean()], { numRuns: Math.min(60, fields.length * 4) })(
      `${name}: a CPR-shaped string in any string field`,
      (cpr, field, append) => {
        expect(problem(name, fields[field]!, cpr, append)).toBeUndefined();
      },
    );
  }
});
