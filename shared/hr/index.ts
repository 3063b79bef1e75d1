/** HR's view across all teams: pure functions over team plans, computed with the shared engine. */
export type * from './types.js';
export { EMPTY_HR_FILTER } from './types.js';
export { analyseAll, buildHrOverview, overviewFromAnalyses, type HrAnalyses } from './buildOverview.js';
export { hrTables, HR_LISTS, type HrList, type HrTable } from './tables.js';
