import fs from 'node:fs';
import path from 'node:path';
import { removalSubjectSchema, type BackupInfo, type RemovalSubject } from '../../shared/api/entities.js';
import { backupCondition, forgetOtherBackups } from './backupCondition.js';

/**
 * Backup files: `backups/planner-<UTC stamp>-<reason>.sqlite` in the data directory. The
 * file name is the backup's id and carries its time and reason, so listing needs no index
 * that could get out of step with the files.
 *
 * A backup made just before deleting a team, scenario or person (`beforeRemoval`) has a
 * small note beside it, `<id>.json`, naming what was deleted, so the list can say
 * "voor het verwijderen van team X". The note is only a label: a missing or unreadable one
 * leaves the backup listed and usable, and it goes when its backup goes.
 *
 * Retention (see docs/storage.md): the newest 10 automatic backups (at start and at most
 * every N minutes of edits), the newest 10 manual ones, the newest 10 made before a
 * removal, the newest 3 made before a migration and the newest 3 made before a restore. On
 * top of that, every backup older than 30 days is deleted, except the single newest backup.
 * Old backups still hold people who have since been deleted: this is how long they can linger.
 *
 * Except after damage: while a data file moved aside as damaged (`planner-beschadigd-<time>`,
 * db/moveAside.ts) lies in the data directory and no backup has been restored since, every
 * backup made before that moment is kept. The planner then works in a fresh, empty file, and
 * its start and interval backups of that empty file must not push out (or age out) the
 * backups the user needs to get their data back. Restoring one of those backups ends it
 * (`damage-resolved.json` in the backups directory names the damage it resolved); restoring
 * a backup of the empty file does not.
 */

export type BackupReason = BackupInfo['reason'];

const BACKUP_DIR_NAME = 'backups';
export const RETENTION = {
  automatic: 10,
  manual: 10,
  beforeRemoval: 10,
  beforeMigration: 3,
  beforeRestore: 3,
  maxAgeDays: 30,
} as const;

const NAME =
  /^planner-(\d{8}T\d{9}Z)-(start|interval|manual|beforeMigration|beforeRestore|beforeRemoval)(?:-(\d{1,4}))?\.sqlite$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR_NAME);
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function stampToIso(s: string): string {
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
}

/** A file name not used yet for this moment and reason. */
export function newBackupName(dataDir: string, date: Date, reason: BackupReason): string {
  const base = `planner-${stamp(date)}-${reason}`;
  let name = `${base}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(backupDir(dataDir), name)); n += 1) name = `${base}-${n}.sqlite`;
  return name;
}

/** The path of a backup id, or null when the id is not a backup file name (no path tricks). */
export function backupFilePath(dataDir: string, id: string): string | null {
  return NAME.test(id) ? path.join(backupDir(dataDir), id) : null;
}

function notePath(dataDir: string, id: string): string {
  return path.join(backupDir(dataDir), id.replace(/\.sqlite$/, '.json'));
}

/** Writes the note naming what a `beforeRemoval` backup was made for. */
export function writeRemovalNote(dataDir: string, id: string, subject: RemovalSubject): void {
  fs.writeFileSync(notePath(dataDir, id), JSON.stringify(subject));
}

function readRemovalNote(dataDir: string, id: string): RemovalSubject | null {
  try {
    const parsed = removalSubjectSchema.safeParse(JSON.parse(fs.readFileSync(notePath(dataDir, id), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A backup id's place in time (stamp, then its number within the same moment); null for a foreign name. */
function orderOf(id: string): string | null {
  const m = NAME.exec(id);
  return m ? `${m[1]}-${(m[3] ?? '1').padStart(4, '0')}` : null;
}

/** Whether backup `id` was made after backup `other`. */
export function madeLater(id: string, other: string): boolean {
  const a = orderOf(id);
  const b = orderOf(other);
  return a !== null && b !== null && a > b;
}

interface Listed extends Omit<BackupInfo, 'condition'> {
  order: string;
}

function listWithOrder(dataDir: string): Listed[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir(dataDir));
  } catch {
    return [];
  }
  const out: Listed[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    let sizeBytes: number;
    try {
      sizeBytes = fs.statSync(path.join(backupDir(dataDir), name)).size;
    } catch {
      continue;
    }
    const order = orderOf(name)!;
    const reason = m[2] as BackupReason;
    const removal = reason === 'beforeRemoval' ? readRemovalNote(dataDir, name) : null;
    out.push({ id: name, createdAt: stampToIso(m[1]!), sizeBytes, reason, removal, order });
  }
  return out.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : 0));
}

/** All backups, newest first, each with whether it can be restored (checked once per version of the file). */
export function listBackups(dataDir: string, nativeBinding?: string): BackupInfo[] {
  const listed = listWithOrder(dataDir);
  const files = new Set(listed.map((b) => path.join(backupDir(dataDir), b.id)));
  forgetOtherBackups(files);
  return listed.map(({ order: _order, ...info }) => ({
    ...info,
    condition: backupCondition(path.join(backupDir(dataDir), info.id), nativeBinding ? { nativeBinding } : {}),
  }));
}

function retentionGroup(reason: BackupReason): keyof typeof RETENTION {
  return reason === 'start' || reason === 'interval' ? 'automatic' : reason;
}

const DAMAGED = /^planner-beschadigd-(\d{8}T\d{9}Z)(?:-\d+)?\.sqlite$/;

const DAMAGE_RESOLVED = 'damage-resolved.json';

/** The moment the newest damaged file in the data directory was moved aside, or null. */
function newestDamage(dataDir: string): string | null {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return null;
  }
  let newest: string | null = null;
  for (const name of names) {
    const m = DAMAGED.exec(name);
    if (m && (newest === null || m[1]! > newest)) newest = m[1]!;
  }
  return newest === null ? null : stampToIso(newest);
}

/** The newest damage, unless a backup from before it has been restored since; null otherwise. */
function unresolvedDamage(dataDir: string): string | null {
  const damagedAt = newestDamage(dataDir);
  if (damagedAt === null) return null;
  try {
    const resolved = JSON.parse(fs.readFileSync(path.join(backupDir(dataDir), DAMAGE_RESOLVED), 'utf8')) as unknown;
    if ((resolved as { damagedAt?: unknown } | null)?.damagedAt === damagedAt) return null;
  } catch {
    // No note (or an unreadable one): the damage is not resolved.
  }
  return damagedAt;
}

/**
 * After a restore: when the backup brought back was made before the newest damage, the
 * backups from before it need no longer be kept apart, and the usual retention applies.
 */
export function noteRestored(dataDir: string, restoredId: string): void {
  const damagedAt = unresolvedDamage(dataDir);
  const restored = NAME.exec(restoredId);
  if (damagedAt === null || !restored || stampToIso(restored[1]!) >= damagedAt) return;
  fs.writeFileSync(path.join(backupDir(dataDir), DAMAGE_RESOLVED), JSON.stringify({ damagedAt }));
}

/** Applies the retention rules; returns the ids removed. */
export function pruneBackups(dataDir: string, now: Date): string[] {
  const all = listWithOrder(dataDir);
  const damagedAt = unresolvedDamage(dataDir);
  const keptPerGroup = new Map<string, number>();
  const cutoff = now.getTime() - RETENTION.maxAgeDays * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  all.forEach((b, index) => {
    const group = retentionGroup(b.reason);
    const kept = keptPerGroup.get(group) ?? 0;
    const tooMany = kept >= RETENTION[group];
    const tooOld = index > 0 && Date.parse(b.createdAt) < cutoff;
    const neededAfterDamage = damagedAt !== null && b.createdAt < damagedAt;
    if ((tooMany || tooOld) && !neededAfterDamage) {
      fs.rmSync(path.join(backupDir(dataDir), b.id), { force: true });
      fs.rmSync(notePath(dataDir, b.id), { force: true });
      removed.push(b.id);
    } else {
      keptPerGroup.set(group, kept + 1);
    }
  });
  return removed;
}

/** Leftovers of backups interrupted by a crash or a close; they were never listed. */
export function removePartialBackups(dataDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir(dataDir));
  } catch {
    return;
  }
  for (const name of names)
    if (name.endsWith('.partial')) fs.rmSync(path.join(backupDir(dataDir), name), { force: true });
}
