/** The dated parameter tables of src/params, found by shape in the generated `site:params` module. */
import modules from 'site:params';
import type { ParameterTable } from '../../src/index.js';

function isTable(value: unknown): value is ParameterTable<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.name === 'string' && typeof t.unit === 'string' && typeof t.description === 'object' && Array.isArray(t.values);
}

/**
 * Every parameter table exported from src/params, in file and name order, once each.
 *
 * @example
 * allParameterTables().some((t) => t.name === 'grantRatePerPatient') // true
 */
export function allParameterTables(): ParameterTable<unknown>[] {
  const seen = new Set<ParameterTable<unknown>>();
  for (const file of Object.keys(modules).sort()) {
    const exports = modules[file]!;
    for (const name of Object.keys(exports).sort()) {
      const value = exports[name];
      if (isTable(value)) seen.add(value);
    }
  }
  return [...seen];
}

/**
 * A parameter value as text: strings and numbers as they are, lists joined, others as JSON.
 *
 * @example
 * valueText(['Hovedstaden', 'Sjælland']) // 'Hovedstaden, Sjælland'
 */
export function valueText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
  return JSON.stringify(value);
}
