import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';
import { openTestStore, personInput, type TestStore } from './helpers.js';
import { nl } from '../../support/inLanguage.js';

let store: TestStore | undefined;
afterEach(() => store?.close());

/** Three manual backups of the same data, then each spoiled its own way on disk. */
async function spoiledBackups(s: TestStore) {
  const truncated = await s.call('backups.create', {});
  const garbage = await s.call('backups.create', {});
  const newer = await s.call('backups.create', {});
  const good = await s.call('backups.create', {});
  const file = (id: string) => path.join(s.dataDir, 'backups', id);
  // Cut off halfway, as a full disk or an interrupted copy by hand leaves it.
  const size = fs.statSync(file(truncated.id)).size;
  fs.truncateSync(file(truncated.id), Math.floor(size / 2));
  fs.writeFileSync(file(garbage.id), 'dit is geen SQLite-bestand maar iets anders '.repeat(200));
  const db = new Database(file(newer.id));
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
  return { truncated, garbage, newer, good };
}

describe('backup condition', () => {
  it('lists a truncated, a garbage and a newer backup as such, and a good one as usable', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', personInput);
    const b = await spoiledBackups(store);
    const byId = new Map((await store.call('backups.list', {})).map((info) => [info.id, info.condition]));
    expect(byId.get(b.truncated.id)).toBe('damaged');
    expect(byId.get(b.garbage.id)).toBe('damaged');
    expect(byId.get(b.newer.id)).toBe('newer');
    expect(byId.get(b.good.id)).toBe('usable');
  });

  it('refuses to restore each of them with its own Dutch reason, and changes nothing', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('professionals.create', personInput);
    const b = await spoiledBackups(store);
    await store.call('professionals.create', { ...personInput, name: 'Na de reservekopieën' });
    const before = await store.call('backups.list', {});
    for (const id of [b.truncated.id, b.garbage.id]) {
      const refused = await store.fail('backups.restore', { id });
      expect(refused.code).toBe('storage');
      expect(nl(refused.text)).toContain('Deze reservekopie is beschadigd en kan niet worden teruggezet.');
    }
    const newer = await store.fail('backups.restore', { id: b.newer.id });
    expect(nl(newer.text)).toContain('gemaakt door een nieuwere versie van de planner');
    // Nothing changed: no safety copy made, the data as it was.
    expect((await store.call('backups.list', {})).map((i) => i.id)).toEqual(before.map((i) => i.id));
    expect((await store.call('professionals.list', {})).length).toBe(2);
    // The good one still restores.
    await store.call('backups.restore', { id: b.good.id });
    expect((await store.call('professionals.list', {})).length).toBe(1);
  });

  it('checks a backup again once the file changes, and a restore checks it afresh', async () => {
    store = openTestStore({ seedSample: false });
    const backup = await store.call('backups.create', {});
    const file = path.join(store.dataDir, 'backups', backup.id);
    // A whole second, so it can be put back exactly below.
    const mtime = new Date('2026-01-01T09:00:00Z');
    fs.utimesSync(file, mtime, mtime);
    expect((await store.call('backups.list', {})).find((i) => i.id === backup.id)?.condition).toBe('usable');
    // Damage in the middle of the file, the size unchanged, and the old modification time put back:
    // the list's cache cannot see it, the restore must.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x41, 100, 4000);
    fs.writeFileSync(file, bytes);
    fs.utimesSync(file, mtime, mtime);
    expect((await store.call('backups.list', {})).find((i) => i.id === backup.id)?.condition).toBe('usable');
    expect(nl((await store.fail('backups.restore', { id: backup.id })).text)).toContain('beschadigd');
    expect((await store.call('backups.list', {})).find((i) => i.id === backup.id)?.condition).toBe('damaged');
    // A changed file is checked again without a restore.
    fs.writeFileSync(file, 'kapot');
    expect((await store.call('backups.list', {})).find((i) => i.id === backup.id)?.condition).toBe('damaged');
  });
});
