/** Public API of the restructuring area (explicit named exports). */
export { splitFunds, splitFundsInputSchema, patientsSchema } from './splitFunds.js';
export type { SplitFundsInput, SplitFundsResult, FundPart } from './splitFunds.js';
export { mergeFunds, mergeFundsInputSchema } from './mergeFunds.js';
export type { MergeFundsInput, MergeFundsResult } from './mergeFunds.js';
export { dissolveCluster, dissolveClusterInputSchema } from './dissolveCluster.js';
export type { DissolveClusterInput, DissolveClusterResult } from './dissolveCluster.js';
export { restructureFunds, restructureFundsInputSchema } from './restructureFunds.js';
export type { RestructureFundsInput, RestructureFundsResult } from './restructureFunds.js';
export { regionsOn, regionSchema } from './regionsOn.js';
export type { RegionOptions } from './regionsOn.js';
export { decidedAtSchema } from './decision.js';
export type { DecidedAt } from './decision.js';
export type { Region } from '../../params/regions.js';
