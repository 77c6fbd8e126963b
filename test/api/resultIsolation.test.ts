/**
 * Results cannot change the library: every object and array in the result of
 * every public function is changed (deeply), and the next identical call
 * returns what it returned before. Exported data tables are frozen all the
 * way down (zod schemas are not entered: a frozen schema cannot parse).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { PUBLIC_INPUTS } from '../support/publicInputs.js';
import { unfrozen, vandalise } from './walk.js';

type Fn = (...args: unknown[]) => unknown;
const fns = api as unknown as Record<string, Fn>;

function leaks(name: string): boolean {
  const before = JSON.stringify(fns[name]!(...PUBLIC_INPUTS[name]!()));
  vandalise(fns[name]!(...PUBLIC_INPUTS[name]!()));
  return JSON.stringify(fns[name]!(...PUBLIC_INPUTS[name]!())) !== before;
}

describe('results are the caller’s own', () => {
  it.each(Object.keys(PUBLIC_INPUTS))('%s: a changed result changes no later result', (name) => {
    expect(leaks(name)).toBe(false);
  });
  it('a changed finding, holiday, catalogue entry or table entry changes no later result', () => {
    const holidays = api.danishHolidays(2025);
    (holidays[0]!.name as { da: string }).da = 'CHANGED';
    expect(api.danishHolidays(2025)[0]!.name.da).toBe('Nytårsdag');
    const rules = api.listRules();
    expect(() => {
      (rules[0]!.summary as { da: string }).da = 'CHANGED';
    }).toThrow(TypeError);
    rules.reverse();
    expect(api.listRules()[0]!.summary.da).not.toBe('CHANGED');
    expect(api.listRules()[0]!.id).not.toBe(rules[0]!.id);
    const rate = api.rateForYear(2025)!;
    (rate.source as { section: string }).section = 'CHANGED';
    expect(api.rateForYear(2025)!.source.section).not.toBe('CHANGED');
  });
});

describe('exported data tables are frozen', () => {
  const tables = Object.entries(api).filter(([, value]) => typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse !== 'function');
  it('there are tables to check (the data tables and the map of input schemas)', () => {
    expect(tables.map(([name]) => name)).toEqual(expect.arrayContaining(['EXPENSE_CATEGORIES', 'PAYEE_ROLES', 'SCHEMES', 'SOURCES', 'SOURCE_DOCUMENTS', 'ruleCatalogue', 'inputSchemas']));
  });
  it.each(tables.map(([name]) => name))('%s is frozen all the way down', (name) => {
    expect(unfrozen((api as unknown as Record<string, unknown>)[name])).toEqual([]);
  });
  it('the zod schemas are not frozen (a frozen schema cannot parse) and still parse', () => {
    expect(Object.isFrozen(api.inputSchemas.expense)).toBe(false);
    expect(api.inputSchemas.expense.safeParse({ category: 'catering', amount: 1200, date: '2025-03-27' }).success).toBe(true);
  });
  it('ruleCatalogue, SOURCES and the parameter tables cannot be changed', () => {
    const entry = api.ruleCatalogue['workdays.public-holidays'];
    expect(() => {
      (entry.sources[0] as { section: string }).section = 'X';
    }).toThrow(TypeError);
    expect(() => {
      (entry.parameters![0]!.values[0] as { value: unknown }).value = false;
    }).toThrow(TypeError);
    expect(() => {
      (api.SOURCES as Record<string, string>)['kiap-guide'] = 'X';
    }).toThrow(TypeError);
    expect(api.isWorkingDay('2023-05-05')).toBe(false);
  });
});
