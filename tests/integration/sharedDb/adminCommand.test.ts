import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../support/throwawayPostgres.js';

/**
 * `npm run shared-db -- init|migrate|add-user` against a real, empty PostgreSQL, as the
 * municipality's IT runs it: it creates the group roles, the schema with row-level
 * security forced on every table, and login users; running it again changes nothing.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let server: ThrowawayPostgres;
let bundleDir: string;
let command: string;

beforeAll(async () => {
  // The command exactly as npm runs it, bundled once so each run starts in milliseconds
  // instead of paying tsx's start-up a dozen times.
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-shared-db-cli-'));
  command = path.join(bundleDir, 'shared-db.mjs');
  const bundling = build({
    entryPoints: [path.join(root, 'scripts/shared-db.ts')],
    outfile: command,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['pg-native'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  server = await startThrowawayPostgres();
  await Promise.all([bundling, server.createDatabase('gemeente')]);
});
afterAll(() => {
  server?.destroy();
  if (bundleDir) fs.rmSync(bundleDir, { recursive: true, force: true });
});

function sharedDb(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [command, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function asAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server.adminUrl('gemeente') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Everything init is responsible for, in a comparable form. */
const fingerprint = () =>
  asAdmin(async (db) => ({
    roles: (await db.query("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'wtp\\_%' ORDER BY 1")).rows,
    tables: (
      await db.query(
        "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relnamespace = 'wtp'::regnamespace AND relkind = 'r' ORDER BY 1",
      )
    ).rows,
    policies: (
      await db.query(
        "SELECT tablename, policyname, cmd, roles::text[] FROM pg_policies WHERE schemaname = 'wtp' ORDER BY 1, 2",
      )
    ).rows,
    migrations: (await db.query('SELECT version, name FROM wtp.schema_migrations ORDER BY 1')).rows,
  }));

describe('npm run shared-db', () => {
  it('init creates the group roles and the schema with row-level security forced on every table', async () => {
    const init = sharedDb(['init', '--url', server.adminUrl('gemeente')]);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('De database is bijgewerkt van schemaversie 0 naar 1 (1 stap).');
    // All it made, wtp_admin included.
    expect(init.stdout).toContain(
      'De groepsrollen wtp_team_leader, wtp_hr en wtp_admin en het schema wtp staan klaar.',
    );

    const state = await fingerprint();
    expect(state.roles).toEqual([
      { rolname: 'wtp_admin', rolcanlogin: false },
      { rolname: 'wtp_hr', rolcanlogin: false },
      { rolname: 'wtp_team_leader', rolcanlogin: false },
    ]);
    const dataTables = state.tables.filter((t) => t.relname !== 'schema_migrations');
    expect(dataTables.map((t) => t.relname)).toEqual(['settings', 'team_leaders', 'team_snapshots', 'teams']);
    expect(dataTables.every((t) => t.relrowsecurity && t.relforcerowsecurity)).toBe(true);
    expect(state.policies.length).toBeGreaterThanOrEqual(10);
    expect(state.migrations).toEqual([{ version: 1, name: '001-teams-snapshots-and-policies' }]);
  });

  it('is idempotent: init and migrate again report the schema as current and change nothing', async () => {
    const before = await fingerprint();
    const again = sharedDb(['init', '--url', server.adminUrl('gemeente'), '--lang', 'en']);
    const migrate = sharedDb(['migrate', '--url', server.adminUrl('gemeente'), '--lang', 'en']);
    expect([again.status, migrate.status]).toEqual([0, 0]);
    expect(migrate.stdout.trim()).toBe('Database is up to date: schema version 1.');
    expect(await fingerprint()).toEqual(before);
  });

  it('add-user creates a login role in exactly one group, with the area of a team leader', async () => {
    const url = server.adminUrl('gemeente');
    const leader = sharedDb([
      'add-user',
      '--url',
      url,
      '--name',
      'teamleider_noord',
      '--role',
      'team-leader',
      '--area',
      'Noord',
    ]);
    expect(leader.status).toBe(0);
    expect(leader.stdout).toContain('Gebruiker teamleider_noord aangemaakt als teamleider in werkgebied Noord.');
    const password = /: (\S+)\n$/.exec(leader.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);

    const hr = sharedDb(['add-user', '--url', url, '--name', 'hr_mila', '--role', 'hr'], {
      WTP_NEW_USER_PASSWORD: 'mila-pw',
    });
    expect(hr.status).toBe(0);
    expect(hr.stdout).not.toContain('mila-pw');

    const groups = await asAdmin(
      async (db) =>
        (
          await db.query(`SELECT m.rolname AS member, g.rolname AS grp FROM pg_auth_members a
            JOIN pg_roles m ON m.oid = a.member JOIN pg_roles g ON g.oid = a.roleid
            WHERE m.rolname IN ('teamleider_noord', 'hr_mila') ORDER BY 1`)
        ).rows,
    );
    expect(groups).toEqual([
      { member: 'hr_mila', grp: 'wtp_hr' },
      { member: 'teamleider_noord', grp: 'wtp_team_leader' },
    ]);
    // The printed password works, and the new user sees the own area.
    const login = new pg.Client({ connectionString: server.urlFor('teamleider_noord', password!, 'gemeente') });
    await login.connect();
    expect((await login.query('SELECT wtp.my_area() AS area')).rows).toEqual([{ area: 'Noord' }]);
    await login.end();

    const twice = sharedDb(['add-user', '--url', url, '--name', 'hr_mila', '--role', 'hr', '--lang', 'en']);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('A role hr_mila already exists on this server; nothing was changed.');
  });

  it('refuses a wrong command line with exit code 2 and the usage, without touching the server', () => {
    const noArea = sharedDb(['add-user', '--url', server.adminUrl('gemeente'), '--name', 'x', '--role', 'team-leader']);
    expect(noArea.status).toBe(2);
    expect(noArea.stderr).toContain('een teamleider heeft een werkgebied nodig: --area');
    expect(noArea.stderr).toContain('Gebruik:');
    expect(sharedDb(['drop', '--url', 'postgres://a@b/c']).status).toBe(2);
    // HR reads every team: an area would be dropped without a word, so it is refused.
    const hrArea = sharedDb([
      'add-user',
      '--url',
      server.adminUrl('gemeente'),
      '--name',
      'hr_x',
      '--role',
      'hr',
      '--area',
      'Noord',
    ]);
    expect(hrArea.status).toBe(2);
    expect(hrArea.stderr).toContain('HR heeft geen werkgebied (HR leest alle teams): laat --area weg');
    expect(sharedDb(['init']).stderr).toContain('geef het adres van de database met --url');
  });

  it('says plainly when the server cannot be reached or the password is wrong', () => {
    const wrong = sharedDb(['migrate', '--url', server.urlFor('postgres', 'wrong', 'gemeente'), '--lang', 'en']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr.trim()).toBe(
      'shared-db: signing in to the shared database failed: check the user name and password',
    );
    // No password in the address, none in PGPASSWORD or a pgpass file: said in the user's words, not the driver's.
    const noPassword = { PGPASSWORD: '', PGPASSFILE: path.join(bundleDir, 'no-pgpass') };
    const withoutPassword = server.urlFor('postgres', '', 'gemeente').replace(':@', '@');
    const missing = sharedDb(['init', '--url', withoutPassword], noPassword);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim()).toBe(
      'shared-db: geen wachtwoord gevonden voor postgres: zet PGPASSWORD of een pgpass-bestand (zie docs/shared-database.md)',
    );
    expect(sharedDb(['init', '--url', withoutPassword, '--lang', 'en'], noPassword).stderr.trim()).toBe(
      'shared-db: no password found for postgres: set PGPASSWORD or a pgpass file (see docs/shared-database.md)',
    );
    const closed = sharedDb(['migrate', '--url', 'postgres://postgres:x@127.0.0.1:1/gemeente', '--lang', 'en']);
    expect(closed.status).toBe(1);
    expect(closed.stderr).toContain('cannot be reached');
  });

  it('works for an administrator without superuser rights, as on a managed server, who can hand a team over', async () => {
    // A role like a cloud provider's admin: may create roles and owns the database, no more.
    await asAdmin(async (db) => {
      await db.query("CREATE ROLE it_beheer LOGIN CREATEROLE PASSWORD 'beheer-pw'");
      await db.query('CREATE DATABASE beheerd OWNER it_beheer');
    });
    const url = server.urlFor('it_beheer', 'beheer-pw', 'beheerd');
    expect(sharedDb(['init', '--url', url]).status).toBe(0);
    const env = { WTP_NEW_USER_PASSWORD: 'pw' };
    expect(
      sharedDb(['add-user', '--url', url, '--name', 'tl_oud', '--role', 'team-leader', '--area', 'Zuid'], env).status,
    ).toBe(0);
    expect(
      sharedDb(['add-user', '--url', url, '--name', 'tl_nieuw', '--role', 'team-leader', '--area', 'Zuid'], env).status,
    ).toBe(0);

    const as = async <T>(user: string, password: string, work: (db: pg.Client) => Promise<T>) => {
      const db = new pg.Client({ connectionString: server.urlFor(user, password, 'beheerd') });
      await db.connect();
      try {
        return await work(db);
      } finally {
        await db.end();
      }
    };
    const plan = JSON.stringify({ format: 'wijkteam-plan', version: 2 });
    const publish = (db: pg.Client, expected: number) =>
      db.query('SELECT version FROM wtp.publish_team($1, $2, $3, gen_random_uuid(), $4)', [
        'team-zuid',
        'Zuid',
        expected,
        plan,
      ]);
    await as('tl_oud', 'pw', (db) => publish(db, 0));
    // Owning the tables does not let the administrator around the policies (FORCE ROW LEVEL
    // SECURITY): no policy grants it the snapshots, so it sees none and cannot add one.
    await as('it_beheer', 'beheer-pw', async (db) => {
      expect((await db.query('SELECT * FROM wtp.team_snapshots')).rowCount).toBe(0);
      await expect(
        db.query(
          "INSERT INTO wtp.team_snapshots (team_id, version, plan, publish_id, published_by) VALUES ('team-zuid', 2, $1, gen_random_uuid(), 'tl_oud')",
          [plan],
        ),
      ).rejects.toMatchObject({ code: '42501' });
      const handover = await db.query("UPDATE wtp.teams SET owner_role = 'tl_nieuw' WHERE id = 'team-zuid'");
      expect(handover.rowCount).toBe(1);
    });
    await expect(as('tl_oud', 'pw', (db) => publish(db, 1))).rejects.toMatchObject({ code: 'WT403' });
    expect((await as('tl_nieuw', 'pw', (db) => publish(db, 1))).rows).toEqual([{ version: 2 }]);
  });
});
