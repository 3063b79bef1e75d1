import { migration001 } from './001-teams-snapshots-and-policies.js';
import type { SharedMigration } from './types.js';

/**
 * Every schema step of the shared database, oldest first. To change the schema add
 * `NNN-what.ts` with the next version and list it here; never edit a step that has
 * been applied at a municipality.
 */
export const SHARED_MIGRATIONS: readonly SharedMigration[] = [migration001];
