import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { VOORBEELDWIJK_PLANS } from '../../shared/sample/voorbeeldwijk.js';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databasePath, StoreOpenError } from '../../db/index.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { openTestStore, personInput, tempDir, type TestStore } from '../integration/db/helpers.js';
import { portableFixture } from './compileFixtures.js';
import { nl } from '../support/inLanguage.js';
import { formatMoment } from '../../shared/i18n/dateText.js';

/** Damaged files, a future version, a read-only data directory and a full disk: a clear error, nothing lost. */

const stores: TestStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));
function open(options: Parameters<typeof openTestStore>[0] = {}): TestStore {
  const s = openTestStore(options);
  stores.push(s);
  return s;
}

function openError(options: Parameters<typeof openTestStore>[0]): StoreOpenError {
  try {
    open(options);
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('the store opened');
}

/** A data dir with the sample data, a person of our own and a manual backup; closed again. */
async function preparedDir(): Promise<{ dir: string; backupId: string; backupCreatedAt: string }> {
  const store = openTestStore();
  await store.call('professionals.create', { ...personInput, name: 'Bewaard Persoon' });
  const backup = await store.call('backups.create', {});
  store.close();
  return { dir: store.dataDir, backupId: backup.id, backupCreatedAt: backup.createdAt };
}

function movedAside(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.startsWith('planner-beschadigd-') && n.endsWith('.sqlite'));
}

describe('a damaged database file', () => {
  it('that is not SQLite at all is moved aside untouched, the user is told in Dutch and offered the latest good backup', async () => {
    const { dir, backupId, backupCreatedAt } = await preparedDir();
    const garbage = Buffer.from('Dit is een Word-document, geen database. '.repeat(200));
    fs.writeFileSync(databasePath(dir), garbage);
    const store = open({ dataDir: dir });
    const info = await store.call('app.info', {});
    expect(info.notice).toMatchObject({ code: 'movedAside', latestBackupId: backupId });
    expect(nl(info.notice!.text)).toContain('apart gezet');
    // The notice names the screen where the backup is restored ("Reservekopieën" since the wording review).
    expect(nl(info.notice!.text)).toContain('Zet via Reservekopieën de laatste goede reservekopie terug');
    // The backup's moment as every screen writes one (shared/i18n/dateText.ts): "30 november 2026 om 13:07".
    expect(nl(info.notice!.text)).toContain(formatMoment('nl', backupCreatedAt));
    expect(formatMoment('nl', backupCreatedAt)).toMatch(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    const aside = movedAside(dir);
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!)).equals(garbage)).toBe(true);
    // A fresh file without the sample (the user should restore, not start over), then the restore.
    expect(await store.call('professionals.list', {})).toEqual([]);
    await store.call('backups.restore', { id: info.notice!.latestBackupId! });
    expect((await store.call('professionals.list', {})).some((p) => p.name === 'Bewaard Persoon')).toBe(true);
    expect((await store.call('app.info', {})).notice).toBeNull();
  });

  it('after more than 30 days away: the backups from before the damage stay until one of them is restored', async () => {
    const then = new Date('2026-10-15T09:00:00Z');
    const later = new Date('2026-12-01T09:00:00Z');
    const before = openTestStore({ now: () => then });
    await before.whenIdle();
    await before.call('professionals.create', { ...personInput, name: 'Bewaard Persoon' });
    const good = await before.call('backups.create', {});
    before.close();
    const dir = before.dataDir;
    fs.writeFileSync(databasePath(dir), Buffer.from('geen database '.repeat(500)));

    // Twelve starts in the fresh, empty file: each makes a start backup and applies the retention.
    let store = open({ dataDir: dir, now: () => later });
    await store.whenIdle();
    const notice = (await store.call('app.info', {})).notice!;
    expect(notice.latestBackupId).toBe(good.id);
    for (let i = 0; i < 11; i += 1) {
      store.close();
      store = open({ dataDir: dir, now: () => new Date(later.getTime() + (i + 1) * 60_000) });
      await store.whenIdle();
    }
    const ids = (await store.call('backups.list', {})).map((b) => b.id);
    expect(ids).toContain(good.id);
    expect(ids.filter((id) => id.includes('20261015'))).toHaveLength(2); // the start backup then, and the manual one

    // Restoring a backup of the empty file does not take the way back out of view.
    store.close();
    store = open({ dataDir: dir, now: () => new Date(later.getTime() + 3600_000) });
    await store.whenIdle();
    const emptyStart = (await store.call('backups.list', {})).find((b) => b.createdAt > later.toISOString())!;
    // (A later open has no notice of its own: the first open's notice named the backup.)
    await store.call('backups.restore', { id: emptyStart.id });
    expect(await store.call('professionals.list', {})).toEqual([]);
    expect((await store.call('backups.list', {})).map((b) => b.id)).toContain(good.id);

    // Restoring the good one brings the data back, and the retention applies again from then on.
    await store.call('backups.restore', { id: good.id });
    expect((await store.call('professionals.list', {})).some((p) => p.name === 'Bewaard Persoon')).toBe(true);
    await store.call('backups.create', {});
    expect((await store.call('backups.list', {})).filter((b) => b.id.includes('20261015'))).toHaveLength(0);
  });

  it('the notice stays when the backup brought back was made after the damage, and goes with the good one', async () => {
    const { dir, backupId } = await preparedDir();
    fs.writeFileSync(databasePath(dir), Buffer.from('geen database '.repeat(500)));
    const store = open({ dataDir: dir });
    await store.whenIdle();
    const info = await store.call('app.info', {});
    expect(info.notice?.latestBackupId).toBe(backupId);
    const afterDamage = (await store.call('backups.list', {})).find((b) => b.id > backupId && b.reason === 'start')!;
    await store.call('backups.restore', { id: afterDamage.id });
    expect((await store.call('app.info', {})).notice?.latestBackupId).toBe(backupId);
    await store.call('backups.restore', { id: backupId });
    expect((await store.call('app.info', {})).notice).toBeNull();
  });

  it('that was truncated is moved aside, never overwritten', async () => {
    const { dir } = await preparedDir();
    const file = databasePath(dir);
    const full = fs.readFileSync(file);
    fs.writeFileSync(file, full.subarray(0, Math.floor(full.length / 3)));
    const kept = fs.readFileSync(file);
    const store = open({ dataDir: dir });
    expect((await store.call('app.info', {})).notice?.code).toBe('movedAside');
    expect(fs.readFileSync(path.join(dir, movedAside(dir)[0]!)).equals(kept)).toBe(true);
    // The console line says, in Dutch, where the file went (it used to end "moved aside ").
    expect(store.logged).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Gegevensbestand .+ is beschadigd \\(.+\\); verplaatst naar .+${movedAside(dir)[0]!.replace('.', '\\.')}$`,
        ),
      ),
    );
  });

  it('with damaged pages in the middle is caught by quick_check and moved aside', async () => {
    const { dir } = await preparedDir();
    const file = databasePath(dir);
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; page * pageSize < bytes.length - pageSize; page += 3)
      bytes.fill(0xa5, page * pageSize, page * pageSize + 64);
    fs.writeFileSync(file, bytes);
    const store = open({ dataDir: dir });
    expect((await store.call('app.info', {})).notice?.code).toBe('movedAside');
    expect(movedAside(dir)).toHaveLength(1);
  });
});

describe('a damaged database left mid-write (with a write-ahead log)', () => {
  it('is moved aside together with its log, both byte for byte as they were', async () => {
    const { dir: source } = await preparedDir();
    const store = openTestStore({ dataDir: source });
    await store.call('professionals.create', { ...personInput, name: 'Alleen in het logboek' });
    const dir = tempDir();
    // Copied while the store is open, as after a crash: recent commits live only in the -wal.
    for (const suffix of ['', '-wal'])
      fs.copyFileSync(`${databasePath(store.dataDir)}${suffix}`, `${databasePath(dir)}${suffix}`);
    store.close();
    const bytes = fs.readFileSync(databasePath(dir));
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 2; page * pageSize < bytes.length - pageSize; page += 3)
      bytes.fill(0x5a, page * pageSize, page * pageSize + 64);
    fs.writeFileSync(databasePath(dir), bytes);
    const wal = fs.readFileSync(`${databasePath(dir)}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    const reopened = open({ dataDir: dir });
    expect((await reopened.call('app.info', {})).notice?.code).toBe('movedAside');
    const aside = path.join(dir, movedAside(dir)[0]!);
    expect(fs.readFileSync(aside).equals(bytes)).toBe(true);
    expect(fs.readFileSync(`${aside}-wal`).equals(wal)).toBe(true);
  });
});

describe('a database from a future version', () => {
  it('is refused with a Dutch message and left exactly as it was', async () => {
    const { dir } = await preparedDir();
    const raw = new Database(databasePath(dir));
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(databasePath(dir));
    const error = openError({ dataDir: dir });
    expect(error.code).toBe('newerVersion');
    expect(error.message).toMatch(/nieuwere versie.*Er is niets gewijzigd/);
    expect(fs.readFileSync(databasePath(dir)).equals(before)).toBe(true);
    expect(movedAside(dir)).toEqual([]);
  });
});

describe('a database from a future version that was left mid-write (WAL not yet checkpointed)', () => {
  it('is refused, and neither the file nor its write-ahead log is touched', () => {
    const source = tempDir();
    const dir = tempDir();
    const writer = new Database(path.join(source, 'planner.sqlite'));
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec('CREATE TABLE later_feature (x TEXT) STRICT');
    writer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    writer.prepare("INSERT INTO later_feature VALUES ('nog niet in het hoofdbestand')").run();
    // Copied while the newer app still has it open: the last commits live only in the -wal.
    for (const suffix of ['', '-wal'])
      fs.copyFileSync(path.join(source, `planner.sqlite${suffix}`), path.join(dir, `planner.sqlite${suffix}`));
    writer.close();
    const main = fs.readFileSync(databasePath(dir));
    const wal = fs.readFileSync(`${databasePath(dir)}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    expect(openError({ dataDir: dir }).code).toBe('newerVersion');
    expect(fs.readFileSync(databasePath(dir)).equals(main)).toBe(true);
    expect(fs.readFileSync(`${databasePath(dir)}-wal`).equals(wal)).toBe(true);
  });
});

describe('a read-only data directory (checked as the unprivileged user "nobody": root ignores file permissions)', () => {
  // "nobody" may not be able to enter the checkout (a private home folder), so the probe and
  // the better-sqlite3 it loads run from a readable folder of their own under the temp dir.
  let probe: ReturnType<typeof portableFixture>;
  beforeAll(() => {
    probe = portableFixture('probe');
  });
  afterAll(() => probe.remove());
  const asNobody = (dir: string) => {
    const out = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, probe.script, dir],
      { encoding: 'utf8', cwd: probe.dir },
    );
    if (out.status !== 0) throw new Error(`probe failed: ${out.stderr}`);
    return JSON.parse(out.stdout) as { opened: boolean; code?: string; message?: string };
  };

  it('where the directory cannot be created gives readOnly in Dutch', () => {
    const parent = tempDir();
    fs.chmodSync(parent, 0o755);
    const result = asNobody(path.join(parent, 'gegevens'));
    expect(result).toMatchObject({ opened: false, code: 'readOnly' });
    expect(result.message).toContain('kan niet schrijven in de gegevensmap');
  });

  it('where the database file is read-only gives readOnly and leaves the file as it was', async () => {
    const { dir } = await preparedDir();
    fs.chmodSync(dir, 0o777); // the folder is writable, the file is root's and read-only for nobody
    fs.chmodSync(databasePath(dir), 0o644);
    const before = fs.readFileSync(databasePath(dir));
    expect(asNobody(dir)).toMatchObject({ opened: false, code: 'readOnly' });
    expect(fs.readFileSync(databasePath(dir)).equals(before)).toBe(true);
  });
});

describe('a full disk (simulated with PRAGMA max_page_count)', () => {
  it('refuses a write with a Dutch storage error, keeps everything written before, and works again with space', async () => {
    const { dir } = await preparedDir();
    const pages = (() => {
      const raw = new Database(databasePath(dir), { readonly: true });
      const n = raw.pragma('page_count', { simple: true }) as number;
      raw.close();
      return n;
    })();
    const full = open({ dataDir: dir, maxPageCount: pages });
    const before = await full.call('professionals.list', {});
    let error;
    let accepted = 0;
    for (let i = 0; i < 200 && !error; i += 1) {
      const result = await full
        .fail('professionals.create', {
          ...personInput,
          name: `Vulling ${i} ${'x'.repeat(150)}`,
          organisation: 'y'.repeat(190),
        })
        .catch(() => null);
      if (result) error = result;
      else accepted += 1;
    }
    expect(error).toMatchObject({ code: 'storage' });
    expect(nl(error!.text)).toContain('De schijf is vol');
    const after = await full.call('professionals.list', {});
    expect(after.length).toBe(before.length + accepted);
    for (const p of before) expect(after).toContainEqual(p);
    full.close();
    stores.splice(stores.indexOf(full), 1);

    const roomy = open({ dataDir: dir });
    expect(await roomy.call('professionals.create', { ...personInput, name: 'Weer ruimte' })).toBeTruthy();
    const names = (await roomy.call('professionals.list', {})).map((p) => p.name);
    expect(names).toContain('Bewaard Persoon');
    expect(names).toContain('Weer ruimte');
  });

  it('on a first start gives diskFull, and the next start with space creates the database with the sample', async () => {
    const dir = tempDir();
    const error = openError({ dataDir: dir, maxPageCount: 4 });
    expect(error.code).toBe('diskFull');
    expect(error.message).toContain('De schijf van de gegevensmap');
    const store = open({ dataDir: dir });
    const teams = await store.call('teams.list', {});
    expect(teams.map((t) => t.isSample)).toEqual(VOORBEELDWIJK_PLANS.map(() => true));
  });
});
