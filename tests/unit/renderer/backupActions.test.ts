import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { BackupInfo } from '../../../shared/api/entities.js';
import { formatMomentToSecond, listedMoments } from '../../../shared/i18n/dateText.js';
import { makeBackup, restoreBackup } from '../../../renderer/backups/backupActions.js';
import { UiStore } from '../../../renderer/app/UiStore.js';
import { memoryStorage } from '../../../renderer/app/KeyValueStorage.js';
import { dutch, openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  await h.store.whenIdle(); // the automatic start backup first
});
afterEach(async () => h.close());

async function dispatchBackup(): Promise<BackupInfo> {
  const answer = (await dispatch(h.store.handlers, 'backups.create', {})) as { ok: true; value: BackupInfo };
  return answer.value;
}

async function backups(): Promise<BackupInfo[]> {
  const answer = (await dispatch(h.store.handlers, 'backups.list', {})) as { ok: true; value: BackupInfo[] };
  return answer.value;
}

describe('a backup by hand (menu and Reservekopieën, one call)', () => {
  it('makes a manual backup and says when', async () => {
    const outcome = await makeBackup(h.root);
    if (!outcome.ok) throw new Error('no backup made');
    expect(outcome.backup.reason).toBe('manual');
    expect((await backups()).map((b) => b.id)).toContain(outcome.backup.id);
    // As its row reads: to the minute, or to the second when the start backup shares its minute.
    const row = listedMoments(
      'nl',
      (await backups()).map((b) => b.createdAt),
    )(outcome.backup.createdAt);
    expect(row).toMatch(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/);
    expect(dutch(outcome.text)).toBe(`Er is een reservekopie gemaakt op ${row}.`);
  });

  it('names the backup as its row in the list does: to the second when another backup shares its minute', async () => {
    // Another backup in the new one's minute, put there as the list is read (a copy under the
    // name the store gives a backup of that moment), so the test does not hang on the clock.
    const { handlers } = h.store;
    const create = handlers['backups.create'];
    let made: BackupInfo | null = null;
    handlers['backups.create'] = async (input) => (made = await create(input));
    const list = handlers['backups.list'];
    handlers['backups.list'] = (input) => {
      if (made) {
        const at = new Date(made.createdAt);
        const other = new Date(at);
        other.setUTCSeconds(at.getUTCSeconds() === 0 ? 30 : 0, 0);
        const dir = path.join(h.store.dataDir, 'backups');
        const stamp = other.toISOString().replace(/[-:.]/g, '');
        copyFileSync(path.join(dir, made.id), path.join(dir, `planner-${stamp}-interval.sqlite`));
      }
      return list(input);
    };

    const outcome = await makeBackup(h.root);
    if (!outcome.ok) throw new Error('no backup made');
    const listed = listedMoments(
      'nl',
      (await backups()).map((b) => b.createdAt),
    );
    const row = listed(outcome.backup.createdAt);
    // To the second, with its place in that second when the start backup shares it too.
    expect(row.startsWith(formatMomentToSecond('nl', outcome.backup.createdAt))).toBe(true);
    expect(dutch(outcome.text)).toBe(`Er is een reservekopie gemaakt op ${row}.`);
  });

  it('still says it is made when the list cannot be read afterwards, to the minute', async () => {
    h.failNext('backups.list');
    const outcome = await makeBackup(h.root);
    expect(outcome.ok).toBe(true);
    expect(dutch(outcome.text)).toMatch(/^Er is een reservekopie gemaakt op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}\.$/);
  });

  it('says why not when the store refuses', async () => {
    h.failNext('backups.create');
    const outcome = await makeBackup(h.root);
    expect(outcome.ok).toBe(false);
    expect(dutch(outcome.text)).toBeTruthy();
  });
});

describe('restoring a backup', () => {
  it('reloads with a note naming the restored backup and the copy of just before', async () => {
    const backup = await dispatchBackup();
    const reload = vi.fn();
    expect(await restoreBackup(h.root, backup, reload)).toBeNull();
    expect(reload).toHaveBeenCalledOnce();
    const safetyCopy = (await backups()).find((b) => b.reason === 'beforeRestore')!;
    expect(safetyCopy).toBeDefined();
    // The page after the reload reads the note once.
    const after = new UiStore(h.storage);
    // With the list as it reads now (the start backup, this one and the safety copy), for the
    // notice to name both as their rows do.
    expect(after.restoreNote).toEqual({
      restoredFrom: backup.createdAt,
      safetyCopyAt: safetyCopy.createdAt,
      listed: (await backups()).map((b) => b.createdAt),
    });
    expect(after.restoreNote?.listed).toHaveLength(3);
    expect(new UiStore(h.storage).restoreNote).toBeNull();
  });

  it('still reloads with a note when the list cannot be read after the restore: the two backups are its list', async () => {
    const backup = await dispatchBackup();
    const reload = vi.fn();
    h.failNext('backups.list');
    expect(await restoreBackup(h.root, backup, reload)).toBeNull();
    expect(reload).toHaveBeenCalledOnce();
    const note = new UiStore(h.storage).restoreNote!;
    expect(note.listed).toEqual([backup.createdAt, note.safetyCopyAt]);
  });

  it('does not reload or leave a note when the store refuses', async () => {
    const backup = await dispatchBackup();
    const reload = vi.fn();
    h.failNext('backups.restore');
    // Why not comes back for the dialog to say; a toast would sit behind the open dialog.
    expect(dutch((await restoreBackup(h.root, backup, reload)) ?? undefined)).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
    expect(h.root.ui.toasts).toHaveLength(0);
    expect(new UiStore(h.storage).restoreNote).toBeNull();
  });
});

describe('the restore note', () => {
  it('ignores a note it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('wtp.restoredBackup', '{not json');
    expect(new UiStore(storage).restoreNote).toBeNull();
    expect(storage.getItem('wtp.restoredBackup')).toBeNull();
  });

  it('reads a note written without the list, the two moments standing in for it', () => {
    const storage = memoryStorage();
    storage.setItem(
      'wtp.restoredBackup',
      JSON.stringify({ restoredFrom: '2026-11-30T14:41:00Z', safetyCopyAt: '2026-11-30T15:00:00Z' }),
    );
    expect(new UiStore(storage).restoreNote?.listed).toEqual(['2026-11-30T14:41:00Z', '2026-11-30T15:00:00Z']);
  });

  it('is put away when the user closes it', () => {
    const storage = memoryStorage();
    new UiStore(storage).rememberRestore({
      restoredFrom: '2026-11-30T14:41:00Z',
      safetyCopyAt: '2026-11-30T15:00:00Z',
      listed: ['2026-11-30T15:00:00Z', '2026-11-30T14:41:00Z'],
    });
    const ui = new UiStore(storage);
    expect(ui.restoreNote).not.toBeNull();
    ui.dismissRestoreNote();
    expect(ui.restoreNote).toBeNull();
  });
});
