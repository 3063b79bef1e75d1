/** The area view: all teams of one wijk side by side, computed with the shared engine per team. */
export type * from './types.js';
export { buildAreaView } from './buildAreaView.js';
export { listAreas, areaKey } from './areas.js';
export { areaTables, type AreaTable, type AreaCell } from './areaTables.js';
