import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SOURCES, isRuleId } from '../../src/index.js';
import { splitFundsInputSchema, mergeFundsInputSchema, dissolveClusterInputSchema, restructureFundsInputSchema, regionSchema, decidedAtSchema, patientsSchema } from '../../src/rules/restructuring/index.js';
import { restructuringRules } from '../../src/rules/restructuring/rules.js';

function descriptions(node: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(node)) for (const item of node) descriptions(item, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'description') out.push(value);
      else descriptions(value, out);
    }
  }
  return out;
}

describe('restructuring catalogue entries', () => {
  const entries = Object.entries(restructuringRules);
  it('has 4 entries, keyed by their ids in the restructuring area', () => {
    expect(entries).toHaveLength(4);
    for (const [key, entry] of entries) {
      expect(entry.id).toBe(key);
      expect(key.startsWith('restructuring.')).toBe(true);
      expect(isRuleId(key)).toBe(true);
    }
  });
  it('every entry has a kind, real sources and summaries in both languages', () => {
    for (const [, entry] of entries) {
      expect(['requirement', 'recommendation', 'interpretation']).toContain(entry.kind);
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(Object.keys(SOURCES)).toContain(source.document);
        expect(source.section.length).toBeGreaterThan(0);
      }
      expect(entry.summary.da.length).toBeGreaterThan(20);
      expect(entry.summary.en.length).toBeGreaterThan(20);
      expect(entry.summary.da).not.toBe(entry.summary.en);
      for (const table of entry.parameters ?? []) {
        expect(table.name.length).toBeGreaterThan(0);
        expect(table.unit.length).toBeGreaterThan(0);
        expect(table.description.da.length).toBeGreaterThan(0);
        expect(table.description.en.length).toBeGreaterThan(0);
        expect(table.values.length).toBeGreaterThan(0);
        for (const value of table.values) {
          expect(Object.keys(SOURCES)).toContain(value.source.document);
          expect(value.source.section.length).toBeGreaterThan(0);
        }
      }
    }
  });
  it('input schemas describe their fields (JSON Schema descriptions are never empty)', () => {
    for (const schema of [splitFundsInputSchema, mergeFundsInputSchema, dissolveClusterInputSchema, restructureFundsInputSchema, regionSchema, decidedAtSchema, patientsSchema]) {
      const found = descriptions(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
      expect(found.length).toBeGreaterThan(0);
      for (const d of found) expect(typeof d === 'string' && d.length > 0).toBe(true);
    }
  });
});
