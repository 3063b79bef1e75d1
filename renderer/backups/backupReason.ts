import type { BackupInfo, RemovalSubject } from '../../shared/api/entities.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { message, type Message } from '../../shared/i18n/message.js';

const REASON: Record<BackupInfo['reason'], MessageKey> = {
  start: 'backups.reason.start',
  interval: 'backups.reason.interval',
  manual: 'backups.reason.manual',
  beforeMigration: 'backups.reason.beforeMigration',
  beforeRestore: 'backups.reason.beforeRestore',
  beforeRemoval: 'backups.reason.beforeRemoval',
};

const REMOVED: Record<RemovalSubject['kind'], MessageKey> = {
  team: 'backups.reason.beforeRemovingTeam',
  scenario: 'backups.reason.beforeRemovingScenario',
  professional: 'backups.reason.beforeRemovingProfessional',
  teamsReplaced: 'backups.reason.beforeReplacingTeams',
  teamReplaced: 'backups.reason.beforeReplacingTeam',
  sample: 'backups.reason.beforeRemovingSample',
  teamTakenFromShared: 'backups.reason.beforeTakingShared',
};

/**
 * Why a backup was made, as the Reservekopieën list says it. A backup made just before a
 * deletion names what was deleted, so a team leader knows which one brings it back.
 */
export function backupReasonText(backup: BackupInfo): Message {
  return backup.removal
    ? message(REMOVED[backup.removal.kind], { name: backup.removal.name })
    : message(REASON[backup.reason]);
}
