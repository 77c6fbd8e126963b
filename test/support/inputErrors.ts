/**
 * Test helper: the issues of the KlyngeInputError that `fn` throws, as
 * `{ path, message }` (the English message; the `code` and the Danish text
 * are asserted where a test is about them, from `error.issues`). Fails the
 * test if `fn` returns or throws anything else.
 */
import { expect } from 'vitest';
import { KlyngeInputError } from '../../src/index.js';

export function issuesOf(fn: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KlyngeInputError);
    return (error as KlyngeInputError).issues.map(({ path, message }) => ({ path, message }));
  }
  throw new Error('expected a KlyngeInputError');
}

/** The paths of the issues of the KlyngeInputError that `fn` throws (see {@link issuesOf}). */
export function pathsOf(fn: () => unknown): (string | number)[][] {
  return issuesOf(fn).map((i) => [...i.path]);
}
