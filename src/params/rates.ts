import { amountSchema } from '../core/money.js';
import { defineTable, type ParameterTable } from '../core/parameterTable.js';

const kiap = { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' } as const;
const guide = { document: 'kiap-guide', section: 'Klyngens økonomi' } as const;

/**
 * The yearly grant per listed group-1 patient (kroner), by calendar year.
 * The rate is regulated with the development of the fees; a year without an
 * entry has no published rate and is never extrapolated.
 */
export const grantRateTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'grantRatePerPatient',
  unit: 'kr per listed group-1 patient per year',
  description: {
    da: 'Årligt klyngetilskud pr. tilmeldt gruppe 1-patient',
    en: 'Yearly cluster grant per listed group-1 patient',
  },
  values: [
    { from: '2022-01-01', until: '2022-12-31', value: '1.12', source: kiap },
    { from: '2023-01-01', until: '2023-12-31', value: '2.32', source: kiap },
    { from: '2024-01-01', until: '2024-12-31', value: '3.55', source: guide },
    { from: '2025-01-01', until: '2025-12-31', value: '3.65', source: kiap },
  ],
});
