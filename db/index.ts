/**
 * The planner's local store: one SQLite file per data directory, the service that
 * implements the API contract, backups and import/export. See docs/storage.md.
 */
export { openPlannerStore, DEFAULT_BACKUP_INTERVAL_MINUTES, type OpenStoreOptions, type PlannerStore } from './store.js';
export { StoreOpenError, type StoreOpenErrorCode } from './errors.js';
export { dataDirFromArgs, databasePath, DATABASE_FILE } from './dataDir.js';
