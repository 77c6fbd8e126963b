/** Public API of the whole-year report (explicit named exports). */
export { evaluateClusterYear } from './evaluateClusterYear.js';
export type { ClusterYearReport, ReportFinding, ReportLedger } from './evaluateClusterYear.js';
export { clusterYearSchema, coordinatorFeeSchema } from './schema.js';
export type { ClusterYear } from './schema.js';
