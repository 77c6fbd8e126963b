import type { ParameterTable } from '../core/catalogue.js';

/**
 * The number of listed patients a cluster's clinics should have together
 * (klyngeregler-2023 §2.1, a "bør").
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
  values: [{ from: '2023-06-26', value: 30000, source: { document: 'klyngeregler-2023', section: '2.1' } }],
};
