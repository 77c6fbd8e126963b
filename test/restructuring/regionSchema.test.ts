/**
 * regionSchema is public for apps that build their own forms and schemas
 * from it: it accepts exactly the regions and says what it is.
 */
import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../src/index.js';

describe('regionSchema', () => {
  it('is described for forms and JSON Schema', () => {
    expect(regionSchema.description).toBe('A Danish region');
  });

  it('accepts a region and refuses a municipality', () => {
    expect(regionSchema.safeParse('Hovedstaden').success).toBe(true);
    expect(regionSchema.safeParse('København').success).toBe(false);
  });
});
