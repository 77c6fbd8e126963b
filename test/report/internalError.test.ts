/**
 * A bug inside a rule (anything that is not a KlyngeInputError) must surface
 * as itself, never be dressed up as bad input.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/rules/membership/checkMembership.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  checkMembership: () => {
    throw new TypeError('boom');
  },
}));

describe('evaluateClusterYear and internal errors', () => {
  it('re-throws an error that is not a KlyngeInputError unchanged', async () => {
    const { evaluateClusterYear, KlyngeInputError } = await import('../../src/index.js');
    const doc = {
      year: 2025,
      cluster: { id: 'K1', coordinatorId: 'D1', clinics: [{ id: 'C1', listedPatients: 31000, owners: ['D1'] }], doctors: [{ id: 'D1', role: 'owner' as const, clinicId: 'C1' }] },
    };
    let caught: unknown;
    try {
      evaluateClusterYear(doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(caught).not.toBeInstanceOf(KlyngeInputError);
    expect((caught as Error).message).toBe('boom');
  });
});
