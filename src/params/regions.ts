import { z } from 'zod';
import { deepFreeze } from '../core/frozen.js';
import { defineTable, type ParameterTable } from '../core/parameterTable.js';

/** The Danish regions a cluster can belong to. */
export const REGIONS = deepFreeze(['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland', 'Østdanmark'] as const);

/** A Danish region (which exist depends on the date; see {@link regionsTable}). */
export type Region = (typeof REGIONS)[number];

const reform = { document: 'lov-699-2025', section: '§ 126' } as const;

/**
 * The regions that exist on a date: the five regions from their creation on
 * 1 January 2007 until 31 December 2026; from 1 January 2027 four, with
 * Østdanmark replacing Hovedstaden and Sjælland (the health reform).
 */
export const regionsTable: ParameterTable<readonly Region[]> = defineTable(z.array(z.enum(REGIONS)).readonly(), {
  name: 'regions',
  unit: 'list of regions',
  description: { da: 'De regioner, der findes på datoen', en: 'The regions that exist on the date' },
  values: [
    {
      from: '2007-01-01',
      until: '2026-12-31',
      value: ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'],
      source: reform,
    },
    { from: '2027-01-01', value: ['Østdanmark', 'Syddanmark', 'Midtjylland', 'Nordjylland'], source: reform },
  ],
});
