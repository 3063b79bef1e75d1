import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from './backup/backupFiles.js';
import { syncDir } from './backup/syncDir.js';
import type { Notice } from './openDatabase.js';
import { momentText } from '../shared/i18n/dateText.js';
import { message } from '../shared/i18n/message.js';

/**
 * A damaged or foreign file is never overwritten or deleted: it is renamed to
 * `planner-beschadigd-<time>.sqlite` (with its -wal and -shm, which belong to it) so that
 * nothing in it is lost and a specialist can still try to rescue it.
 */
export function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const dir = path.dirname(file);
  let target = path.join(dir, `planner-beschadigd-${stamp}.sqlite`);
  for (let n = 2; fs.existsSync(target); n += 1) target = path.join(dir, `planner-beschadigd-${stamp}-${n}.sqlite`);
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  syncDir(dir);
  return target;
}

/** The newest backup that can be restored (the list's own check), if any. */
function latestGoodBackup(dataDir: string, nativeBinding?: string): { id: string; createdAt: string } | null {
  const good = listBackups(dataDir, nativeBinding).find((b) => b.condition === 'usable');
  return good ? { id: good.id, createdAt: good.createdAt } : null;
}

export function noticeForMovedAside(movedTo: string, dataDir: string, nativeBinding?: string): Notice {
  const backup = latestGoodBackup(dataDir, nativeBinding);
  const name = path.basename(movedTo);
  if (backup) {
    return {
      code: 'movedAside',
      text: message('startupNotice.movedAsideWithBackup', { file: name, backupDate: momentText(backup.createdAt) }),
      latestBackupId: backup.id,
    };
  }
  return {
    code: 'movedAside',
    text: message('startupNotice.movedAsideNoBackup', { file: name }),
    latestBackupId: null,
  };
}
