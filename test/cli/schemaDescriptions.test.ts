/**
 * Every field of every JSON Schema (`klyngeregler schema <name>`, the files in
 * schema/) has a description, and the shipped files are the generated ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputSchemas, jsonSchemaFor } from '../../src/index.js';
import type { InputSchemaName } from '../../src/index.js';

type Json = { [key: string]: unknown };

/** Paths of object properties that have no description. */
function undescribed(schema: unknown, path: string, out: string[] = []): string[] {
  if (typeof schema !== 'object' || schema === null) return out;
  const s = schema as Json;
  if (typeof s['properties'] === 'object' && s['properties'] !== null) {
    for (const [key, value] of Object.entries(s['properties'] as Json)) {
      if (typeof (value as Json)['description'] !== 'string' && (value as Json)['$ref'] === undefined) out.push(`${path}.${key}`);
      undescribed(value, `${path}.${key}`, out);
    }
  }
  if (s['items'] !== undefined) undescribed(s['items'], `${path}[]`, out);
  for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(s[key])) for (const part of s[key] as unknown[]) undescribed(part, path, out);
  if (typeof s['$defs'] === 'object' && s['$defs'] !== null) for (const [key, value] of Object.entries(s['$defs'] as Json)) undescribed(value, `$defs.${key}`, out);
  return out;
}

describe('JSON Schemas', () => {
  const names = Object.keys(inputSchemas) as InputSchemaName[];
  it('describe every field', () => {
    expect(names.flatMap((name) => undescribed(jsonSchemaFor(name), name))).toEqual([]);
  });
  it('are shipped as generated, each with its file name as $id', () => {
    for (const name of names) {
      const file = readFileSync(join(import.meta.dirname, '..', '..', 'schema', `${name}.json`), 'utf8');
      expect(file, name).toBe(`${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`);
      expect((JSON.parse(file) as { $id: string }).$id).toBe(`${name}.json`);
    }
  });
});
