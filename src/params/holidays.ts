import { z } from 'zod';
import { deepFreeze } from '../core/frozen.js';
import { defineTable, type ParameterTable } from '../core/parameterTable.js';

/**
 * Store Bededag (the 4th Friday after Easter) was a public holiday up to and
 * including 2023; lov nr. 76 of 28 February 2023 abolished it from 2024.
 */
export const storeBededagTable: ParameterTable<boolean> = defineTable(z.boolean(), {
  name: 'storeBededag',
  unit: 'public holiday (yes/no)',
  description: { da: 'Store bededag er helligdag', en: 'Store Bededag is a public holiday' },
  values: [
    { from: '1900-01-01', until: '2023-12-31', value: true, source: { document: 'lov-76-2023', section: '§ 1' } },
    { from: '2024-01-01', value: false, source: { document: 'lov-76-2023', section: '§ 1' } },
  ],
});

/** Days Danish statutes close for deadlines besides the public holidays (month, day). */
export const statutoryClosingDays = deepFreeze([
  { month: 6, day: 5, name: { da: 'Grundlovsdag', en: 'Constitution Day' } },
  { month: 12, day: 24, name: { da: 'Juleaftensdag', en: 'Christmas Eve' } },
  { month: 12, day: 31, name: { da: 'Nytårsaftensdag', en: "New Year's Eve" } },
] as const);
