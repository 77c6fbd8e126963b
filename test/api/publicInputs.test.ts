/**
 * The table of sample inputs covers every exported function, and every
 * sample is a valid call.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { PUBLIC_INPUTS } from '../support/publicInputs.js';

const exported = Object.entries(api)
  .filter(([name, value]) => typeof value === 'function' && name !== 'KlyngeInputError')
  .map(([name]) => name)
  .sort();

describe('sample inputs of the public API', () => {
  it('name exactly the exported functions', () => {
    expect(Object.keys(PUBLIC_INPUTS).sort()).toEqual(exported);
  });
  it.each(exported)('%s: the sample is a valid call', (name) => {
    const fn = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
    expect(() => fn(...PUBLIC_INPUTS[name]!())).not.toThrow();
  });
});
