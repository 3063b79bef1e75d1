import type { BackupInfo } from '../../shared/api/entities.js';
import { ApiFailure } from '../../shared/api/result.js';
import { listBackups } from '../backup/backupFiles.js';
import type { BackupScheduler } from '../backup/scheduler.js';
import { storageFailure } from '../errors.js';
import type { HandlerSlice } from './handlerTypes.js';

type BackupMethod = 'backups.list' | 'backups.create' | 'backups.restore';

export interface BackupRuntime {
  dataDir: string;
  scheduler: BackupScheduler;
  restore: (id: string) => Promise<BackupInfo>;
  log: (msg: string, err?: unknown) => void;
}

/** A backup or restore that fails on the file system is the user's to know about, in Dutch. */
function failed(error: unknown, nl: string, en: string, log: BackupRuntime['log']): never {
  if (error instanceof ApiFailure) throw error;
  log(`backups: ${en}`, error);
  throw storageFailure(error) ?? new ApiFailure('storage', nl, en);
}

export function backupHandlers(runtime: BackupRuntime): HandlerSlice<BackupMethod> {
  return {
    'backups.list': () => listBackups(runtime.dataDir),
    'backups.create': () =>
      runtime.scheduler
        .run('manual')
        .catch((error: unknown) =>
          failed(
            error,
            `De back-up kon niet worden gemaakt in ${runtime.dataDir}. Uw gegevens zelf zijn niet gewijzigd. Controleer of de map backups bestaat en beschreven kan worden.`,
            `The backup could not be made in ${runtime.dataDir}. Your data itself was not changed. Check that the backups folder exists and can be written.`,
            runtime.log,
          ),
        ),
    'backups.restore': async ({ id }) => {
      try {
        return { safetyCopy: await runtime.restore(id) };
      } catch (error) {
        return failed(
          error,
          'De back-up kon niet worden teruggezet. Controleer de gegevensmap en probeer het opnieuw; de kopie van vóór het terugzetten staat bij de back-ups.',
          'The backup could not be restored. Check the data folder and try again; the copy from before the restore is among the backups.',
          runtime.log,
        );
      }
    },
  };
}
