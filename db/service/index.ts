import type { ApiHandlers } from '../../shared/api/contract.js';
import type { StoreContext } from '../context.js';
import { assignmentHandlers } from './assignmentHandlers.js';
import { backupHandlers, type BackupRuntime } from './backupHandlers.js';
import { catalogueHandlers } from './catalogueHandlers.js';
import { composeHandlers } from './composeHandlers.js';
import type { ComposeJobs } from './composeJobs.js';
import { functionHandlers } from './functionHandlers.js';
import { areaHandlers } from './areaHandlers.js';
import { developmentHandlers } from './developmentHandlers.js';
import { hrHandlers } from './hrHandlers.js';
import type { HrAnalysesStore } from '../export/hrAnalyses.js';
import { importHandlers } from './importHandlers.js';
import { maintenanceHandlers, type AppFacts } from './maintenanceHandlers.js';
import { planHandlers } from './planHandlers.js';
import { professionalHandlers } from './professionalHandlers.js';
import { scenarioHandlers } from './scenarioHandlers.js';
import { sharedHandlers } from './sharedHandlers.js';
import { sharedSettingsHandlers } from './sharedSettingsHandlers.js';
import { SharedHrSnapshot } from '../shared/sharedHrSnapshot.js';
import { sharedHrHandlers } from './sharedHrHandlers.js';
import type { SharedSyncPort } from '../shared/sharedSyncPort.js';
import { teamHandlers } from './teamHandlers.js';

/** The service: every method of the API contract, split by domain. Transport-agnostic. */
export function createHandlers(
  ctx: StoreContext,
  facts: AppFacts,
  backups: BackupRuntime,
  composeJobs?: ComposeJobs,
  sharedSync?: SharedSyncPort,
  localHr?: HrAnalysesStore,
): ApiHandlers {
  // HR's shared source: the last read of the shared database, shared by the HR and shared-database handlers.
  const sharedHr = new SharedHrSnapshot();
  return {
    ...maintenanceHandlers(ctx, facts),
    ...catalogueHandlers(ctx),
    ...teamHandlers(ctx),
    ...scenarioHandlers(ctx),
    ...functionHandlers(ctx),
    ...professionalHandlers(ctx, backups.log),
    ...assignmentHandlers(ctx),
    ...planHandlers(ctx),
    ...importHandlers(ctx),
    ...backupHandlers(backups),
    ...hrHandlers(ctx, sharedHr, localHr),
    ...areaHandlers(ctx),
    ...developmentHandlers(ctx),
    ...composeHandlers(ctx, composeJobs),
    ...sharedHandlers(ctx, sharedSync),
    ...sharedSettingsHandlers(sharedSync),
    ...sharedHrHandlers(sharedSync, sharedHr),
  };
}
