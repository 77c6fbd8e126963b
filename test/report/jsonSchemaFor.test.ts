/**
 * jsonSchemaFor refuses a name it does not know and lists the names it does,
 * so a back office that asks for the wrong document can correct itself.
 */
import { describe, expect, it } from 'vitest';
import { inputSchemas, jsonSchemaFor } from '../../src/index.js';
import type { InputSchemaName } from '../../src/index.js';
import { issuesOf } from '../support/inputErrors.js';

describe('jsonSchemaFor with an unknown name', () => {
  it('is refused at name, with every known name separated by a comma', () => {
    const names = Object.keys(inputSchemas);
    expect(names.length).toBeGreaterThan(2);
    expect(issuesOf(() => jsonSchemaFor('expenses' as InputSchemaName))).toEqual([
      { path: ['name'], message: `unknown document name; one of: ${names.join(', ')}` },
    ]);
  });
});
