/**
 * What a `--format json` answer carries for audit: the library's version and
 * the entries of the dated parameter tables in force for the period judged.
 */
import { readFileSync } from 'node:fs';
import { listRules } from '../ruleCatalogue.js';
import type { ParameterTable } from '../core/parameterTable.js';
import type { SourceRef } from '../core/sources.js';

/** One entry of a parameter table that applied to the period. */
interface ParameterUsed {
  readonly table: string;
  readonly from: string;
  readonly until?: string;
  readonly source: SourceRef;
}

/** The audit block of a JSON answer. */
export interface Audit {
  readonly library: 'klyngeregler';
  readonly version: string;
  readonly period?: { readonly from: string; readonly until: string };
  readonly parameters: readonly ParameterUsed[];
}

let cachedVersion: string | undefined;

/** The package version (read from the package.json next to the build, or next to the sources). */
export function version(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  for (const candidate of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'klyngeregler' && typeof pkg.version === 'string') return (cachedVersion = pkg.version);
    } catch {
      // try the next place
    }
  }
  return (cachedVersion = 'unknown');
}

/**
 * The audit block for the rule areas a command used (`agm`, `grant`, …) over
 * the period `from`–`until`: every parameter table entry in force on some day of it.
 */
export function audit(areas: readonly string[], period?: { from: string; until: string }): Audit {
  const seen = new Set<ParameterTable<unknown>>();
  const parameters: ParameterUsed[] = [];
  for (const rule of listRules()) {
    if (!areas.includes(rule.id.slice(0, rule.id.indexOf('.')))) continue;
    for (const table of rule.parameters ?? []) {
      if (seen.has(table)) continue;
      seen.add(table);
      for (const v of table.values) {
        if (period !== undefined && (v.from > period.until || (v.until !== undefined && v.until < period.from))) continue;
        parameters.push(v.until === undefined ? { table: table.name, from: v.from, source: v.source } : { table: table.name, from: v.from, until: v.until, source: v.source });
      }
    }
  }
  return period === undefined ? { library: 'klyngeregler', version: version(), parameters } : { library: 'klyngeregler', version: version(), period, parameters };
}

/** The whole calendar year as a period. */
export function yearPeriod(year: number): { from: string; until: string } {
  return { from: `${year}-01-01`, until: `${year}-12-31` };
}
