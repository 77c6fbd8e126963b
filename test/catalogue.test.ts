import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRuleId, listRules, ruleCatalogue, SOURCES } from '../src/index.js';
import { codeNamingRules, filesUnder, renderRulesDoc, testsNamingRules } from '../scripts/rules-doc.js';
import { SHINGLE_WORDS, shingleHash, words } from '../scripts/source-shingles.js';

const ROOT = join(import.meta.dirname, '..');

describe('rule catalogue', () => {
  const rules = listRules();

  it('has well-formed entries: id area.name, kind, sources with known keys, da and en summaries', () => {
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]+\.[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['requirement', 'recommendation', 'interpretation']).toContain(rule.kind);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) {
        expect(Object.keys(SOURCES)).toContain(source.document);
        expect(source.section.length).toBeGreaterThan(0);
      }
      expect(rule.summary.da.length).toBeGreaterThan(20);
      expect(rule.summary.en.length).toBeGreaterThan(20);
      expect(rule.summary.da).not.toBe(rule.summary.en);
      expect(ruleCatalogue[rule.id]).toBe(rule);
    }
  });

  it('dated parameter tables have a name, unit, description and a source for every value, in date order', () => {
    for (const table of rules.flatMap((r) => r.parameters ?? [])) {
      expect(table.name.length).toBeGreaterThan(0);
      expect(table.unit.length).toBeGreaterThan(0);
      expect(table.description.da.length).toBeGreaterThan(0);
      expect(table.description.en.length).toBeGreaterThan(0);
      expect(table.values.length).toBeGreaterThan(0);
      table.values.forEach((value, i) => {
        expect(Object.keys(SOURCES)).toContain(value.source.document);
        expect(value.source.section.length).toBeGreaterThan(0);
        expect(value.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (value.until !== undefined) expect(value.until >= value.from).toBe(true);
        if (i > 0) expect(value.from > table.values[i - 1]!.from).toBe(true);
      });
    }
  });

  it('names every rule id in at least one test', () => {
    const named = testsNamingRules();
    const missing = rules.filter((r) => (named.get(r.id) ?? []).filter((f) => f !== 'test/catalogue.test.ts').length === 0).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('docs/rules.md links every rule to its catalogue entry and to the code that names its id', () => {
    const code = codeNamingRules();
    const doc = renderRulesDoc();
    for (const rule of rules) {
      const { catalogue, code: files } = code.get(rule.id)!;
      expect(catalogue, `${rule.id} is defined in exactly one file`).toHaveLength(1);
      expect(files, `${rule.id}: its catalogue file is not its code`).not.toContain(catalogue[0]);
      const section = doc.slice(doc.indexOf(`### \`${rule.id}\``)).split('\n### ')[0]!;
      for (const file of [...files, ...catalogue]) expect(section).toContain(`](../${file})`);
    }
    // a rule emitted by code is linked to that code
    expect(code.get('eligibility.costly-venue')!.code.length).toBeGreaterThan(0);
  });

  it('emits only catalogue ids: every rule-id-shaped literal in src/ is in the catalogue', () => {
    const areas = [...new Set(rules.map((r) => r.id.split('.')[0]!))];
    const pattern = new RegExp(`['"\`]((?:${areas.join('|')})\\.[a-z0-9]+(?:-[a-z0-9]+)*)['"\`]`, 'g');
    const unknown: string[] = [];
    for (const file of filesUnder('src', '.ts')) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(pattern)) {
        const id = match[1]!;
        if (/\.(ts|js|json|md)$/.test(id)) continue;
        if (!isRuleId(id)) unknown.push(`${file}: ${id}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('summaries do not copy sentences from the sources (no run of 8 words in common)', () => {
    const shingles = new Set(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'source-shingles.json'), 'utf8')) as string[]);
    expect(shingles.size).toBeGreaterThan(1000);
    // the check itself works: a sentence taken from klyngeregler-2023 §6.2/§5.3 is caught
    const copied = words('Referat af klyngens årsmøde/generalforsamling udsendes til klyngens medlemmer senest 14 dage efter');
    expect(shingles.has(shingleHash(copied.slice(0, SHINGLE_WORDS)))).toBe(true);
    const copies: string[] = [];
    for (const rule of rules) {
      for (const text of [rule.summary.da, rule.summary.en]) {
        const ws = words(text);
        for (let i = 0; i + SHINGLE_WORDS <= ws.length; i += 1) {
          if (shingles.has(shingleHash(ws.slice(i, i + SHINGLE_WORDS)))) copies.push(`${rule.id}: "${ws.slice(i, i + SHINGLE_WORDS).join(' ')}"`);
        }
      }
    }
    expect(copies).toEqual([]);
  });

  it('docs/rules.md is generated from the catalogue and up to date', () => {
    const current = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    expect(current === renderRulesDoc(), 'docs/rules.md is stale: run `npm run docs:rules`').toBe(true);
  });
});
