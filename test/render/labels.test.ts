/**
 * The label tables: every id has a Danish and an English name (and every
 * expense category an explanation), the tables cannot be changed by a caller,
 * and docs/glossary.md is generated from them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPENSE_CATEGORIES, PAYEE_ROLES, SOURCE_DOCUMENTS, listRules } from '../../src/index.js';
import { AREA_LABELS, EXPENSE_CATEGORY_LABELS, PAYEE_ROLE_LABELS, VERDICT_LABELS, glossaryMarkdown } from '../../src/render/index.js';

describe('labels', () => {
  it('name every expense category in Danish and English, with a one-line explanation, never the id itself', () => {
    expect(Object.keys(EXPENSE_CATEGORY_LABELS)).toEqual([...EXPENSE_CATEGORIES]);
    for (const c of EXPENSE_CATEGORIES) {
      const l = EXPENSE_CATEGORY_LABELS[c];
      expect(l.label.da).not.toBe(c);
      expect(l.explanation.da).toMatch(/^[A-ZÆØÅ].*\.$/);
      expect(l.explanation.en).toMatch(/^[A-Z].*\.$/);
      expect(l.explanation.da).not.toContain('\n');
    }
    expect(EXPENSE_CATEGORY_LABELS['task-fee'].explanation.da).toContain('ikke for en post i bestyrelsen');
    expect(EXPENSE_CATEGORY_LABELS['board-fee'].explanation.da).toContain('opgavehonorar');
  });
  it('name every payee role, verdict and rule area', () => {
    expect(Object.keys(PAYEE_ROLE_LABELS)).toEqual([...PAYEE_ROLES]);
    expect(Object.keys(VERDICT_LABELS).sort()).toEqual(['eligible', 'ineligible', 'needs-review', 'partly']);
    const areas = new Set(listRules().map((r) => r.id.split('.')[0]!));
    for (const area of areas) expect(AREA_LABELS[area], area).toBeDefined();
  });
  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(EXPENSE_CATEGORY_LABELS)).toBe(true);
    expect(Object.isFrozen(EXPENSE_CATEGORY_LABELS.catering.label)).toBe(true);
    expect(Object.isFrozen(VERDICT_LABELS.eligible)).toBe(true);
    expect(Object.isFrozen(SOURCE_DOCUMENTS['kiap-guide'].title)).toBe(true);
    expect(() => {
      (PAYEE_ROLE_LABELS.board as { da: string }).da = 'x';
    }).toThrow(TypeError);
  });
});

describe('docs/glossary.md', () => {
  it('is the glossary generated from the label tables (regenerate: tsx -e "…glossaryMarkdown()")', () => {
    const file = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'glossary.md'), 'utf8');
    expect(file).toBe(glossaryMarkdown());
    expect(file).toContain('| `clinic-operations` | **Klinikdrift**');
  });
});
