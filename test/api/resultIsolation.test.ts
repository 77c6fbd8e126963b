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

/** Functions whose result still shares objects with the library; their areas fix them (must be exactly those that fail). */
const STILL_SHARED = new Set<string>(['checkExpense', 'checkExpenses']);

/** Exported tables that are not frozen yet; their areas freeze them (must be exactly those that are not). */
const NOT_YET_FROZEN = new Set<string>(['EXPENSE_CATEGORIES', 'PAYEE_ROLES', 'SCHEMES', 'inputSchemas']);

function leaks(name: string): boolean {
  const before = JSON.stringify(fns[name]!(...PUBLIC_INPUTS[name]!()));
  vandalise(fns[name]!(...PUBLIC_INPUTS[name]!()));
  return JSON.stringify(fns[name]!(...PUBLIC_INPUTS[name]!())) !== before;
}

describe('results are the caller’s own', () => {
  it('the functions whose results still share objects are exactly the known list', () => {
    const leaking = Object.keys(PUBLIC_INPUTS).filter(leaks);
    expect(leaking.sort()).toEqual([...STILL_SHARED].sort());
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
  it('the tables not yet frozen are exactly the known list', () => {
    const open = tables.filter(([, value]) => unfrozen(value).length > 0).map(([name]) => name);
    expect(open.sort()).toEqual([...NOT_YET_FROZEN].sort());
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
