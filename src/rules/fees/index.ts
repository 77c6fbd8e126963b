/** Public API of the fees area (explicit named exports). */
export { checkHourlyRate, checkHourlyRateInputSchema } from './checkHourlyRate.js';
export type { CheckHourlyRateInput, CheckHourlyRateOptions, CheckHourlyRateResult } from './checkHourlyRate.js';
export { prorateFee, prorateFeeInputSchema, prorateMethodSchema, feeHolderSchema } from './prorateFee.js';
export type { ProrateFeeInput, ProrateFeeResult, ProrateMethod, FeeShare } from './prorateFee.js';
export { specialistCoordinatorFee, specialistCoordinatorFeeInputSchema } from './specialistCoordinatorFee.js';
export type {
  SpecialistCoordinatorFeeInput,
  SpecialistCoordinatorFeeOptions,
  SpecialistCoordinatorFeeResult,
} from './specialistCoordinatorFee.js';
