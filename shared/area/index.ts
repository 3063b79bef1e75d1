/** The area view: all teams of one wijk side by side, computed with the shared engine per team. */
export type * from './types.js';
export { buildAreaView } from './buildAreaView.js';
export { listAreas, areaKey } from './areas.js';
export { areaTables, AREA_TABLES, type AreaTable, type AreaTableId, type AreaCell } from './areaTables.js';
