/**
 * A bug inside a rule (anything that is not a KlyngeInputError) must surface
 * as itself, never be dressed up as bad input; a KlyngeInputError from a part
 * of the document gets that part's path in front.
 */
import { describe, expect, it } from 'vitest';
import { withinPath } from '../../src/core/errors.js';
import { KlyngeInputError } from '../../src/index.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('withinPath (how evaluateClusterYear prefixes the errors of its parts)', () => {
  it('re-throws an error that is not a KlyngeInputError unchanged', () => {
    const boom = new TypeError('boom');
    const caught = thrown(() => withinPath(['cluster'], () => {
      throw boom;
    }));
    expect(caught).toBe(boom);
    expect(caught).not.toBeInstanceOf(KlyngeInputError);
  });
  it('puts the prefix in front of every path of a KlyngeInputError', () => {
    const caught = thrown(() => withinPath(['agm', 2], () => {
      throw new KlyngeInputError([{ path: ['meeting'], message: 'm' }, { path: [], message: 'whole' }]);
    }));
    expect(caught).toBeInstanceOf(KlyngeInputError);
    expect((caught as KlyngeInputError).issues).toEqual([{ path: ['agm', 2, 'meeting'], message: 'm' }, { path: ['agm', 2], message: 'whole' }]);
  });
  it('returns the value when nothing is thrown', () => {
    expect(withinPath(['x'], () => 42)).toBe(42);
  });
});
