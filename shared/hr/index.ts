/** HR's view across all teams: pure functions over team plans, computed with the shared engine. */
export type * from './types.js';
export { EMPTY_HR_FILTER } from './types.js';
export { analyseAll, buildHrOverview, competencyColumns, overviewFromAnalyses, type HrAnalyses } from './buildOverview.js';
export { isFilterActive, matchesFilter } from './filter.js';
export { SEVERITY_ORDER, competencyCells, worseOf } from './gapSeverity.js';
export { FTE_HOURS, toFte } from './fte.js';
export { wholeMonthsBetween } from './peopleLists.js';
export { hrTables, HR_LISTS, type HrList, type HrTable } from './tables.js';
