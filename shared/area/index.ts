/** The area view: all teams of one wijk side by side, computed with the shared engine per team. */
export type * from './types.js';
export { buildAreaView } from './buildAreaView.js';
export { listAreas } from './areas.js';
export { areaKey } from './areaName.js';
export { areaTables, cellValue, type AreaTable } from './areaTables.js';
