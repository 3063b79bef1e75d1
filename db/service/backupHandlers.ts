import type { BackupInfo } from '../../shared/api/entities.js';
import { ApiFailure } from '../../shared/api/result.js';
import { listBackups, writeRemovalNote } from '../backup/backupFiles.js';
import type { BackupScheduler } from '../backup/scheduler.js';
import { storageFailure } from '../errors.js';
import type { HandlerSlice } from './handlerTypes.js';
import { translator } from '../../shared/i18n/translator.js';
import { message, type Message } from '../../shared/i18n/message.js';

type BackupMethod = 'backups.list' | 'backups.create' | 'backups.restore';

export interface BackupRuntime {
  dataDir: string;
  /** better-sqlite3's `nativeBinding`, to open the backups when checking them for the list. */
  nativeBinding?: string;
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
    'backups.list': () => listBackups(runtime.dataDir, runtime.nativeBinding),
    /** On request (`manual`), or just before a removal (`beforeRemoval`, with a note naming what goes). */
    'backups.create': async ({ before }) => {
      let info: BackupInfo;
      try {
        info = await runtime.scheduler.run(before ? 'beforeRemoval' : 'manual');
      } catch (error) {
        return failed(error, message('backupError.createFailed', { dir: runtime.dataDir }), runtime.log);
      }
      if (!before) return info;
      try {
        writeRemovalNote(runtime.dataDir, info.id, before);
        return { ...info, removal: before };
      } catch (error) {
        // The backup itself is whole; without its note the list only says "voor het verwijderen".
        runtime.log('backups: the note of a backup before a removal could not be written', error);
        return info;
      }
    },
    'backups.restore': async ({ id }) => {
      try {
        return { safetyCopy: await runtime.restore(id) };
      } catch (error) {
        return failed(error, message('backupError.restoreFailed'), runtime.log);
      }
    },
  };
}
