import { amountSchema } from '../core/money.js';
import { defineTable, type ParameterTable } from '../core/parameterTable.js';

/**
 * The eKVIS coordinator fee in specialist-practice clusters: kroner per year
 * (period April–March), paid as B-income at the end of March. The eKVIS page
 * is undated; the value applies from 2020-01-01, like the other eKVIS
 * parameters in `./specialist.ts` (pass a table for earlier years).
 */
export const specialistCoordinatorFeeTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'specialistCoordinatorFee',
  unit: 'kr per year (April–March)',
  description: {
    da: 'Årligt honorar til klyngekoordinator i speciallægepraksis (eKVIS)',
    en: 'Yearly fee of the coordinator of a specialist-practice cluster (eKVIS)',
  },
  values: [{ from: '2020-01-01', value: '50000.00', source: { document: 'ekvis-koordinator', section: 'Honorering' } }],
});

/**
 * PLO's recommended consultant hourly rate (half the negotiated
 * "plejehjemstakst" for two hours), used to check fee time statements.
 */
export const consultantHourlyRateTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'consultantHourlyRate',
  unit: 'kr per hour',
  description: {
    da: 'PLO’s anbefalede konsulenttakst pr. time',
    en: "PLO's recommended consultant rate per hour",
  },
  values: [
    {
      from: '2024-10-01',
      value: '1072.02',
      source: { document: 'kiap-klyngeadministration', section: 'Klyngens økonomi og udbetaling af midler' },
    },
  ],
});
