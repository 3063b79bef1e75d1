import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL for one test file: a fresh cluster made with Debian's initdb in a temp
 * folder, listening on a free loopback port only, stopped and deleted afterwards. The
 * server never runs as root (PostgreSQL refuses to): as root we run it as the `postgres`
 * system user, otherwise as ourselves. Connections over TCP need a password (scram), so
 * the tests exercise the same authentication a municipality's server would use.
 */

/** Where Debian installs each major version's server binaries: /usr/lib/postgresql/<major>/bin. */
const DEBIAN_POSTGRES = '/usr/lib/postgresql';
const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'throwaway-superuser';

export interface ThrowawayPostgres {
  port: number;
  /** The path of a client or server program of the same version, e.g. pg_dump. */
  program(name: string): string;
  /** A connection URL as the cluster's superuser, e.g. for `shared-db init`. */
  adminUrl(database: string): string;
  /** A connection URL for a login role with a password. */
  urlFor(user: string, password: string, database: string): string;
  createDatabase(name: string): Promise<void>;
  /** Stops the server (fast shutdown: open connections are cut) and keeps the data. */
  stop(): void;
  start(): void;
  /** Stops the server and deletes the cluster. */
  destroy(): void;
}

/** The newest installed major version's binaries. */
function binDir(): string {
  const majors = fs.existsSync(DEBIAN_POSTGRES) ? fs.readdirSync(DEBIAN_POSTGRES) : [];
  const found = majors
    .filter((major) => /^\d+$/.test(major) && fs.existsSync(path.join(DEBIAN_POSTGRES, major, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (!found) throw new Error('PostgreSQL server binaries not found: install the Debian package postgresql');
  return path.join(DEBIAN_POSTGRES, found, 'bin');
}

async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const runningAsRoot = process.getuid?.() === 0;

/** Runs a server binary as the unprivileged user; throws with its output when it fails. */
function runServerTool(command: string, args: string[]): void {
  const [file, argv] = runningAsRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`);
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-pg-'));
  const dataDir = path.join(root, 'data');
  const pwFile = path.join(root, 'pw');
  fs.writeFileSync(pwFile, SUPERUSER_PASSWORD);
  if (runningAsRoot) {
    const { uid, gid } = postgresUserIds();
    fs.chownSync(root, uid, gid);
    fs.chownSync(pwFile, uid, gid);
  }
  runServerTool(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    SUPERUSER,
    `--pwfile=${pwFile}`,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--encoding=UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  const port = await freeLoopbackPort();
  // Appending keeps the file's owner; loopback only, the socket inside our own folder.
  fs.appendFileSync(
    path.join(dataDir, 'postgresql.conf'),
    [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${root}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      '',
    ].join('\n'),
  );
  const pgCtl = path.join(bin, 'pg_ctl');
  const logFile = path.join(root, 'server.log');
  let running = false;
  const start = () => {
    runServerTool(pgCtl, ['-D', dataDir, '-l', logFile, '-w', '-t', '30', 'start']);
    running = true;
  };
  const stop = () => {
    if (!running) return;
    runServerTool(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  start();

  const urlFor = (user: string, password: string, database: string) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    port,
    program: (name) => path.join(bin, name),
    adminUrl: (database) => urlFor(SUPERUSER, SUPERUSER_PASSWORD, database),
    urlFor,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: urlFor(SUPERUSER, SUPERUSER_PASSWORD, 'postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
    },
    stop,
    start,
    destroy() {
      try {
        stop();
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/** The `postgres` system user that Debian's package creates. */
function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}
