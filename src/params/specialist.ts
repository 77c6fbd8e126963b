import { z } from 'zod';
import { amountSchema } from '../core/money.js';
import { defineTable, type ParameterTable } from '../core/parameterTable.js';

/**
 * Caps on what a specialist-practice cluster (eKVIS) gets reimbursed. The
 * source page is undated; the values apply from 2020-01-01 (the same date as
 * the eKVIS coordinator fee in `./fees.ts`) until a change is published.
 * The coordinator-fee amount itself lives in `./fees.ts`
 * (`specialistCoordinatorFeeTable`), shared with the fee split.
 */
const meetings = { document: 'ekvis-koordinator', section: 'Møder' } as const;

/** Venue rent and catering for one meeting, kroner per specialist present. */
export const specialistMeetingPerSpecialistTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'specialistMeetingPerSpecialist',
  unit: 'kr per specialist present per meeting',
  description: {
    da: 'Loft for lokaleleje og forplejning pr. speciallæge pr. møde',
    en: 'Cap on venue rent and catering per specialist per meeting',
  },
  values: [{ from: '2020-01-01', value: '500.00', source: meetings }],
});

/** The same cap when the meeting is held "ude i byen" at a venue with meeting facilities. */
export const specialistExternalVenuePerSpecialistTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'specialistExternalVenuePerSpecialist',
  unit: 'kr per specialist present per meeting',
  description: {
    da: 'Loft for lokaleleje og forplejning pr. speciallæge, når mødet holdes ude i byen med mødefaciliteter',
    en: 'Cap on venue rent and catering per specialist when the meeting is held at an outside venue with meeting facilities',
  },
  values: [{ from: '2020-01-01', value: '750.00', source: meetings }],
});

/** How many meetings a year get venue rent and catering reimbursed. */
export const specialistMeetingsPerYearTable: ParameterTable<number> = defineTable(z.number().int().min(0), {
  name: 'specialistMeetingsPerYear',
  unit: 'meetings per calendar year',
  description: {
    da: 'Højeste antal møder om året med refusion af lokaleleje og forplejning',
    en: 'Most meetings a year with venue rent and catering reimbursed',
  },
  values: [{ from: '2020-01-01', value: 4, source: meetings }],
});

/** Every other refundable expense of a specialist cluster (presenters, equipment, consultancy, …): one pot, kroner per calendar year. */
export const specialistPresentersPerYearTable: ParameterTable<string> = defineTable(amountSchema, {
  name: 'specialistPresentersPerYear',
  unit: 'kr per calendar year',
  description: {
    da: 'Fælles loft pr. år for andre udgifter (fx eksterne oplæg, udstyr, konsulenter)',
    en: 'Shared yearly cap on other expenses (e.g. external presenters, equipment, consultancy)',
  },
  values: [{ from: '2020-01-01', value: '10000.00', source: meetings }],
});
