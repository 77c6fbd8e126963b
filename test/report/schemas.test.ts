import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { inputSchemas, jsonSchemaFor } from '../../src/index.js';
import type { InputSchemaName } from '../../src/index.js';
import { schemaFiles } from '../../scripts/write-schemas.js';

const ROOT = join(import.meta.dirname, '..', '..');
const example = (name: string) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as Record<string, unknown>;

describe('JSON Schema of the input documents', () => {
  it('schema/*.json is generated from the zod schemas and up to date (run `npm run schema`)', () => {
    for (const [file, text] of schemaFiles()) expect(readFileSync(join(ROOT, 'schema', file), 'utf8'), file).toBe(text);
  });

  it('every schema compiles in an independent validator (ajv, draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: false });
    for (const name of Object.keys(inputSchemas)) expect(() => ajv.compile(jsonSchemaFor(name as InputSchemaName)), name).not.toThrow();
  });

  it('accepts the example documents and rejects broken ones like zod does', () => {
    const ajv = new Ajv2020({ strict: false });
    const clusterYear = ajv.compile(jsonSchemaFor('cluster-year'));
    for (const file of ['almen-praksis-2025.json', 'speciallaegepraksis-2025.json']) expect(clusterYear(example(file)), file).toBe(true);
    const restructure = ajv.compile(jsonSchemaFor('restructure-funds'));
    expect(restructure(example('omstrukturering-2026.json'))).toBe(true);
    const expense = ajv.compile(jsonSchemaFor('expense'));
    expect(expense({ category: 'catering', amount: '100.50', date: '2025-03-01' })).toBe(true);
    expect(expense({ category: 'bowling', amount: 100, date: '2025-03-01' })).toBe(false);
    expect(expense({ category: 'catering', amount: '1.005', date: '2025-03-01' })).toBe(false);
    expect(expense({ category: 'catering', amount: -1, date: '2025-03-01' })).toBe(false);
    expect(expense({ category: 'catering', amount: 1, date: '2025-03-01T10:00' })).toBe(false);
  });
});
