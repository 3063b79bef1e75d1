import type { BackupInfo } from '../../shared/api/entities.js';
import { listBackups } from '../backup/backupFiles.js';
import type { BackupScheduler } from '../backup/scheduler.js';
import type { HandlerSlice } from './handlerTypes.js';

type BackupMethod = 'backups.list' | 'backups.create' | 'backups.restore';

export interface BackupRuntime {
  dataDir: string;
  scheduler: BackupScheduler;
  restore: (id: string) => Promise<BackupInfo>;
}

export function backupHandlers(runtime: BackupRuntime): HandlerSlice<BackupMethod> {
  return {
    'backups.list': () => listBackups(runtime.dataDir),
    'backups.create': () => runtime.scheduler.run('manual'),
    'backups.restore': async ({ id }) => ({ safetyCopy: await runtime.restore(id) }),
  };
}
