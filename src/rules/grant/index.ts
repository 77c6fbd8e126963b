/** Public API of the grant area (explicit named exports). */
export { rateForYear } from './rateForYear.js';
export type { GrantRateOptions, PublishedRate } from './rateForYear.js';
export { grantForYear, grantForYearInputSchema } from './grantForYear.js';
export type { GrantForYearInput, GrantForYearResult } from './grantForYear.js';
export { closeYear, closeYearInputSchema, closeYears, closeYearsInputSchema } from './closeYear.js';
export type { CloseYearInput, CloseYearResult, CloseYearsInput, CloseYearsResult } from './closeYear.js';
