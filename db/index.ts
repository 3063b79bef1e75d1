/**
 * The planner's local store: one SQLite file per data directory, the service that
 * implements the API contract, backups and import/export. See docs/storage.md.
 */
export { openPlannerStore, type OpenStoreOptions, type PlannerStore } from './store.js';
export { StoreOpenError } from './errors.js';
export { dataDirFromArgs, databasePath } from './dataDir.js';
