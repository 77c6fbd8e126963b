/** Public API of the whole-year report (explicit named exports). */
export { evaluateClusterYear } from './evaluateClusterYear.js';
export type { ClusterYearReport, ReportFinding, ReportLedger } from './evaluateClusterYear.js';
export { clusterYearStatus, clusterYearStatusOptionsSchema } from './clusterYearStatus.js';
export type { ClusterYearStatus, ClusterYearStatusOptions } from './clusterYearStatus.js';
export { clusterYearSchema, clusterYearOptionsSchema, coordinatorFeeSchema } from './schema.js';
export type { ClusterYear, ClusterYearOptions } from './schema.js';
