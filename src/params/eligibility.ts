import { amountSchema } from '../core/money.js';
import { defineTable, type ParameterTable } from '../core/parameterTable.js';

/**
 * When venue rent and catering for one general-practice meeting count as
 * "costly": kroner per attendee. The sources give no figure; this default
 * mirrors the specialist scheme's "ude i byen" cap (750 kr per specialist)
 * and is an interpretation the caller can change or switch off
 * (`ClusterContext.costlyVenuePerAttendee`).
 */
export const costlyVenuePerAttendeeTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'costlyVenuePerAttendee',
  unit: 'kr per attendee per meeting (venue rent + catering)',
  description: {
    da: 'Beløb pr. deltager, over hvilket lokale og forplejning til et møde regnes for dyrt (vores fortolkning)',
    en: 'Amount per attendee above which venue and catering for a meeting count as costly (our interpretation)',
  },
  values: [{ from: '1900-01-01', value: '750.00', source: { document: 'design-interpretation', section: 'Expense eligibility' } }],
});
