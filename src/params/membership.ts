import type { ParameterTable } from '../core/parameterTable.js';

/**
 * The number of listed patients a cluster's clinics should have together
 * (klyngeregler-2023 §2.1, a "bør"). The 2023 template is the only source we
 * have; its figure is dated back to 1 January 1900 (the first year the library
 * accepts), so earlier years are judged by the same figure as before the table
 * was read by date. A later figure is added as a new entry with its own `from`.
 *
 * @example
 * minimumListedPatientsTable.values[0].value // 30000
 */
export const minimumListedPatientsTable: ParameterTable<number> = {
  name: 'minimumListedPatients',
  unit: 'listed patients',
  description: {
    da: 'Mindste samlede antal tilmeldte patienter, en klynges klinikker bør have',
    en: "Least total of listed patients a cluster's clinics should have",
  },
  values: [{ from: '1900-01-01', value: 30000, source: { document: 'klyngeregler-2023', section: '2.1' } }],
};
