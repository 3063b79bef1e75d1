import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups, pruneBackups, RETENTION } from '../../../db/backup/backupFiles.js';
import { openTestStore, personInput, tempDir, type TestStore } from './helpers.js';
import { nl } from '../../support/inLanguage.js';

let store: TestStore | undefined;
afterEach(() => store?.close());

describe('backups', () => {
  it('makes one at start, and a manual one on request, each a complete SQLite file', async () => {
    store = openTestStore();
    await store.whenIdle();
    expect((await store.call('backups.list', {})).map((b) => b.reason)).toEqual(['start']);
    const manual = await store.call('backups.create', {});
    expect(manual.reason).toBe('manual');
    const list = await store.call('backups.list', {});
    expect(list.map((b) => b.id)).toEqual([manual.id, expect.stringMatching(/-start\.sqlite$/)]);
    const copy = new Database(path.join(store.dataDir, 'backups', manual.id), { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((copy.prepare('SELECT count(*) AS n FROM professionals').get() as { n: number }).n).toBe(20);
    copy.close();
  });

  it('backs up while editing at most once per interval, and does not forget edits inside the interval', async () => {
    let clock = Date.parse('2026-01-01T09:00:00Z');
    store = openTestStore({ seedSample: false, backupIntervalMinutes: 10, now: () => new Date(clock) });
    await store.whenIdle();
    await store.call('professionals.create', personInput); // 0 min after start: no new backup yet, a timer is set
    await store.whenIdle();
    expect((await store.call('backups.list', {})).length).toBe(1);
    clock += 11 * 60_000;
    await store.call('professionals.create', { ...personInput, name: 'Tweede' });
    await store.whenIdle();
    expect((await store.call('backups.list', {})).map((b) => b.reason)).toEqual(['interval', 'start']);
  });

  it('makes the backup when the interval has passed, even if no further edit comes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let clock = Date.parse('2026-01-01T09:00:00Z');
      store = openTestStore({ seedSample: false, backupIntervalMinutes: 10, now: () => new Date(clock) });
      await store.whenIdle();
      clock += 2 * 60_000;
      await store.call('professionals.create', personInput);
      await store.whenIdle();
      expect((await store.call('backups.list', {})).length).toBe(1);
      clock += 8 * 60_000;
      vi.advanceTimersByTime(8 * 60_000);
      await store.whenIdle();
      expect((await store.call('backups.list', {})).map((b) => b.reason)).toEqual(['interval', 'start']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('restores a backup and keeps a copy of the current state first', async () => {
    store = openTestStore({ seedSample: false });
    const kept = await store.call('professionals.create', personInput);
    const backup = await store.call('backups.create', {});
    await store.call('professionals.delete', { id: kept.id });
    await store.call('professionals.create', { ...personInput, name: 'Na de back-up' });
    const { safetyCopy } = await store.call('backups.restore', { id: backup.id });
    expect(safetyCopy.reason).toBe('beforeRestore');
    expect((await store.call('professionals.list', {})).map((p) => p.name)).toEqual([personInput.name]);
    // The safety copy can itself be restored: nothing is ever lost by restoring.
    await store.call('backups.restore', { id: safetyCopy.id });
    expect((await store.call('professionals.list', {})).map((p) => p.name)).toEqual(['Na de back-up']);
    expect(await store.call('professionals.create', { ...personInput, name: 'Werkt nog' })).toBeTruthy();
  });

  it('refuses to restore an unknown id, a path, or a damaged backup, and changes nothing', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', personInput);
    expect((await store.fail('backups.restore', { id: '../planner.sqlite' })).code).toBe('notFound');
    expect((await store.fail('backups.restore', { id: 'planner-20260101T000000000Z-manual.sqlite' })).code).toBe(
      'notFound',
    );
    const manual = await store.call('backups.create', {});
    fs.writeFileSync(path.join(store.dataDir, 'backups', manual.id), 'kapot');
    const damaged = await store.fail('backups.restore', { id: manual.id });
    expect(damaged.code).toBe('storage');
    expect(nl(damaged.text)).toContain('beschadigd');
    expect((await store.call('professionals.list', {})).length).toBe(1);
  });

  it('says in Dutch when a backup cannot be written, logs the automatic ones, and keeps working', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'backups'), 'een bestand waar een map hoort');
    store = openTestStore({ dataDir: dir, seedSample: false });
    await store.whenIdle();
    expect(store.logged.some((l) => l.includes('automatic start backup failed'))).toBe(true);
    const error = await store.fail('backups.create', {});
    expect(error.code).toBe('storage');
    expect(nl(error.text)).toContain('De reservekopie kon niet worden gemaakt');
    expect(await store.call('professionals.create', personInput)).toBeTruthy();
  });

  it('a close during a backup leaves no half-written backup behind', async () => {
    store = openTestStore();
    await store.whenIdle();
    const pending = store.handlers['backups.create']({}) as Promise<unknown>;
    store.close();
    await expect(pending).rejects.toBeTruthy();
    store = openTestStore({ dataDir: store.dataDir });
    await store.whenIdle();
    expect(fs.readdirSync(path.join(store.dataDir, 'backups')).filter((n) => !n.endsWith('.sqlite'))).toEqual([]);
    expect((await store.call('backups.list', {})).every((b) => b.reason === 'start')).toBe(true);
  });

  it('applies the retention after every backup the running planner makes', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'backups'));
    const old = (h: number) =>
      `planner-${new Date(Date.parse('2026-03-01T12:00:00Z') - h * 3600_000).toISOString().replace(/[-:.]/g, '')}-interval.sqlite`;
    for (let h = 1; h <= 12; h += 1) fs.writeFileSync(path.join(dir, 'backups', old(h)), 'x');
    fs.writeFileSync(path.join(dir, 'backups', 'planner-20251201T000000000Z-manual.sqlite'), 'x');
    store = openTestStore({ dataDir: dir, seedSample: false, now: () => new Date('2026-03-01T12:00:00Z') });
    await store.whenIdle();
    const list = await store.call('backups.list', {});
    expect(list.filter((b) => b.reason === 'start' || b.reason === 'interval')).toHaveLength(RETENTION.automatic);
    expect(list[0]!.reason).toBe('start');
    expect(list.some((b) => b.reason === 'manual')).toBe(false); // older than 30 days
  });

  it('keeps the documented number of backups per kind and nothing older than 30 days but the newest', () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const now = new Date('2026-06-01T12:00:00Z');
    const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
    for (let i = 0; i < 15; i += 1)
      fs.writeFileSync(
        path.join(backups, `planner-${stamp(new Date(now.getTime() - i * 3600_000))}-interval.sqlite`),
        'x',
      );
    fs.writeFileSync(path.join(backups, `planner-${stamp(new Date('2026-04-01T00:00:00Z'))}-manual.sqlite`), 'x');
    fs.writeFileSync(path.join(backups, `planner-${stamp(new Date('2026-05-30T00:00:00Z'))}-manual.sqlite`), 'x');
    const removed = pruneBackups(dir, now);
    expect(removed).toHaveLength(15 - RETENTION.automatic + 1);
    const left = listBackups(dir);
    expect(left.filter((b) => b.reason === 'interval')).toHaveLength(RETENTION.automatic);
    expect(left.filter((b) => b.reason === 'manual').map((b) => b.createdAt)).toEqual(['2026-05-30T00:00:00.000Z']);
  });

  it('names the backup made before a removal after what was removed, kept apart from the manual ones', async () => {
    store = openTestStore({ seedSample: false });
    await store.whenIdle();
    const before = await store.call('backups.create', { before: { kind: 'team', name: 'Wijkteam Noord' } });
    expect(before).toMatchObject({ reason: 'beforeRemoval', removal: { kind: 'team', name: 'Wijkteam Noord' } });
    expect(before.id).toMatch(/-beforeRemoval\.sqlite$/);
    const listed = (await store.call('backups.list', {})).find((b) => b.id === before.id);
    expect(listed).toMatchObject({ reason: 'beforeRemoval', removal: { kind: 'team', name: 'Wijkteam Noord' } });
    // A manual backup stays manual, with no removal named.
    expect(await store.call('backups.create', {})).toMatchObject({ reason: 'manual', removal: null });
    expect((await store.fail('backups.create', { before: { kind: 'house', name: 'x' } })).code).toBe('validation');
  });

  it('keeps 10 backups made before a removal apart from the manual ones, and removes a pruned one with its note', () => {
    const dir = tempDir();
    const backups = path.join(dir, 'backups');
    fs.mkdirSync(backups);
    const now = new Date('2026-06-01T12:00:00Z');
    const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
    const names: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const name = `planner-${stamp(new Date(now.getTime() - i * 3600_000))}-beforeRemoval`;
      fs.writeFileSync(path.join(backups, `${name}.sqlite`), 'x');
      fs.writeFileSync(path.join(backups, `${name}.json`), JSON.stringify({ kind: 'professional', name: `P${i}` }));
      names.push(name);
    }
    fs.writeFileSync(path.join(backups, `planner-${stamp(now)}-manual.sqlite`), 'x');
    pruneBackups(dir, now);
    const left = listBackups(dir);
    expect(left.filter((b) => b.reason === 'beforeRemoval')).toHaveLength(RETENTION.beforeRemoval);
    expect(left.filter((b) => b.reason === 'manual')).toHaveLength(1);
    expect(left.find((b) => b.reason === 'beforeRemoval')!.removal).toEqual({ kind: 'professional', name: 'P0' });
    expect(fs.existsSync(path.join(backups, `${names[11]}.json`))).toBe(false);
    expect(fs.existsSync(path.join(backups, `${names[0]}.json`))).toBe(true);
  });
});
