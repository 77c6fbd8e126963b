/**
 * A bug inside a rule (anything that is not a KlyngeInputError) must surface
 * as itself, never be dressed up as bad input; a KlyngeInputError from a part
 * of the document gets that part's path in front.
 */
import { describe, expect, it } from 'vitest';
import { withinPath } from '../../src/core/errors.js';
import { KlyngeInputError } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('withinPath (how evaluateClusterYear prefixes the errors of its parts)', () => {
  it('re-throws an error that is not a KlyngeInputError unchanged', () => {
    const boom = new TypeError('boom');
    let caught: unknown;
    try {
      withinPath(['cluster'], () => {
        throw boom;
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(boom);
    expect(caught).not.toBeInstanceOf(KlyngeInputError);
  });
  it('puts the prefix in front of every path of a KlyngeInputError', () => {
    const part = () =>
      withinPath(['agm', 2], () => {
        throw new KlyngeInputError([{ path: ['meeting'], message: 'm' }, { path: [], message: 'whole', code: 'invalid-date' }]);
      });
    expect(issuesOf(part)).toEqual([{ path: ['agm', 2, 'meeting'], message: 'm' }, { path: ['agm', 2], message: 'whole' }]);
    // the code and both messages are kept as they were
    try {
      part();
    } catch (error) {
      expect((error as KlyngeInputError).issues).toMatchObject([
        { path: ['agm', 2, 'meeting'], code: 'invalid-value', messages: { en: 'm' } },
        { path: ['agm', 2], code: 'invalid-date', messages: { en: 'whole' } },
      ]);
    }
  });
  it('returns the value when nothing is thrown', () => {
    expect(withinPath(['x'], () => 42)).toBe(42);
  });
});
