import fs from 'node:fs';
import path from 'node:path';
import { listBackups, backupFilePath } from './backup/backupFiles.js';
import { syncDir } from './backup/syncDir.js';
import { isUsableBackup } from './backup/takeBackup.js';
import type { Notice } from './openDatabase.js';

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

/** The newest backup that opens and passes its check, if any. */
export function latestGoodBackup(dataDir: string, nativeBinding?: string): { id: string; createdAt: string } | null {
  for (const b of listBackups(dataDir)) {
    const file = backupFilePath(dataDir, b.id);
    if (file && isUsableBackup(file, nativeBinding)) return { id: b.id, createdAt: b.createdAt };
  }
  return null;
}

function dutchDateTime(iso: string): string {
  return new Date(iso).toLocaleString('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
}

export function noticeForMovedAside(movedTo: string, dataDir: string, nativeBinding?: string): Notice {
  const backup = latestGoodBackup(dataDir, nativeBinding);
  const name = path.basename(movedTo);
  const kept = `Het gegevensbestand was beschadigd of geen planner-bestand. Het is niet gewist maar apart gezet als ${name} en er is een nieuw, leeg bestand begonnen.`;
  const keptEn = `The data file was damaged or not a planner file. It was not erased but moved aside as ${name}, and a new, empty file was started.`;
  if (backup) {
    return {
      code: 'movedAside',
      message: `${kept} Zet de laatste goede back-up terug (van ${dutchDateTime(backup.createdAt)}) via Back-ups > Terugzetten.`,
      messageEn: `${keptEn} Restore the latest good backup (from ${backup.createdAt}) via Backups > Restore.`,
      latestBackupId: backup.id,
    };
  }
  return {
    code: 'movedAside',
    message: `${kept} Er is geen bruikbare back-up gevonden. Bewaar het apart gezette bestand en vraag uw beheerder om hulp.`,
    messageEn: `${keptEn} No usable backup was found. Keep the file that was moved aside and ask your administrator for help.`,
    latestBackupId: null,
  };
}
