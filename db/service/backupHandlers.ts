import type { BackupInfo } from '../../shared/api/entities.js';
import { ApiFailure } from '../../shared/api/result.js';
import { listBackups } from '../backup/backupFiles.js';
import type { BackupScheduler } from '../backup/scheduler.js';
import { storageFailure } from '../errors.js';
import type { HandlerSlice } from './handlerTypes.js';
import { translator } from '../../shared/i18n/translator.js';
import { message, type Message } from '../../shared/i18n/message.js';

type BackupMethod = 'backups.list' | 'backups.create' | 'backups.restore';

export interface BackupRuntime {
  dataDir: string;
  scheduler: BackupScheduler;
  restore: (id: string) => Promise<BackupInfo>;
  log: (msg: string, err?: unknown) => void;
}

/** A backup or restore that fails on the file system is the user's to know about. */
function failed(error: unknown, text: Message, log: BackupRuntime['log']): never {
  if (error instanceof ApiFailure) throw error;
  log(`backups: ${translator('en').render(text)}`, error);
  throw storageFailure(error) ?? new ApiFailure('storage', text);
}

export function backupHandlers(runtime: BackupRuntime): HandlerSlice<BackupMethod> {
  return {
    'backups.list': () => listBackups(runtime.dataDir),
    'backups.create': () =>
      runtime.scheduler
        .run('manual')
        .catch((error: unknown) =>
          failed(error, message('backupError.createFailed', { dir: runtime.dataDir }), runtime.log),
        ),
    'backups.restore': async ({ id }) => {
      try {
        return { safetyCopy: await runtime.restore(id) };
      } catch (error) {
        return failed(error, message('backupError.restoreFailed'), runtime.log);
      }
    },
  };
}
