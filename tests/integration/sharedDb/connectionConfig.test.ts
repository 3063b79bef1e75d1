import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionConfig } from '../../../node/sharedDb/connectionConfig.js';

/** The TLS rule: only loopback may go without TLS; everywhere else the certificate is verified. */
describe('connection settings for the shared database', () => {
  it('lets loopback and local sockets go without TLS', () => {
    for (const address of [
      'postgres://anna:pw@127.0.0.1:5433/wtp',
      'postgres://anna@localhost/wtp',
      'postgresql://anna@[::1]:5432/wtp',
      'postgres://anna@localhost/wtp?host=/run/postgresql',
    ]) {
      const result = connectionConfig(address);
      expect(result.ok && result.config.ssl).toBe(false);
    }
    const parsed = connectionConfig('postgres://anna:p%40ss@127.0.0.1:5433/wtp');
    expect(parsed.ok && parsed.config).toMatchObject({
      host: '127.0.0.1',
      port: 5433,
      user: 'anna',
      password: 'p@ss',
      database: 'wtp',
    });
  });

  it('requires a verified certificate for any other server, whatever the address asks for', () => {
    for (const address of [
      'postgres://anna@db.gemeente.nl/wtp',
      'postgres://anna@db.gemeente.nl/wtp?sslmode=disable',
      'postgres://anna@db.gemeente.nl/wtp?sslmode=require',
      'postgres://anna@10.0.0.5:5432/wtp?sslmode=no-verify',
    ]) {
      const result = connectionConfig(address);
      expect(result.ok && result.config.ssl).toEqual({ rejectUnauthorized: true });
    }
  });

  it("uses the municipality's own CA when named, and says so when it cannot be read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-ca-'));
    const ca = path.join(dir, 'ca.pem');
    fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\n');
    const result = connectionConfig(`postgres://anna@db.gemeente.nl/wtp?sslrootcert=${ca}`);
    expect(result.ok && result.config.ssl).toEqual({ rejectUnauthorized: true, ca: '-----BEGIN CERTIFICATE-----\n' });
    const missing = connectionConfig(`postgres://anna@db.gemeente.nl/wtp?sslrootcert=${dir}/none.pem`);
    expect(missing).toMatchObject({ ok: false, error: { key: 'sharedDb.url.caUnreadable' } });
    fs.rmSync(dir, { recursive: true });
  });

  it('refuses an address that is not a PostgreSQL address or lacks a part', () => {
    expect(connectionConfig('db.gemeente.nl')).toMatchObject({ ok: false, error: { key: 'sharedDb.url.invalid' } });
    expect(connectionConfig('https://anna@db/wtp')).toMatchObject({
      ok: false,
      error: { key: 'sharedDb.url.invalid' },
    });
    expect(connectionConfig('postgres://db.gemeente.nl/wtp')).toMatchObject({
      ok: false,
      error: { key: 'sharedDb.url.incomplete' },
    });
    expect(connectionConfig('postgres://anna@db.gemeente.nl')).toMatchObject({
      ok: false,
      error: { key: 'sharedDb.url.incomplete' },
    });
  });

  it('takes the password from a pgpass file the user alone can read, and ignores one others can read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wtp-pgpass-'));
    const file = path.join(dir, 'pgpass');
    fs.writeFileSync(file, '127.0.0.1:5433:wtp:anna:geheim\n*:*:*:bert:anders\n', { mode: 0o600 });
    const saved = { file: process.env.PGPASSFILE, password: process.env.PGPASSWORD };
    process.env.PGPASSFILE = file;
    delete process.env.PGPASSWORD;
    try {
      const passwordOf = async (address: string) => {
        const result = connectionConfig(address);
        if (!result.ok || typeof result.config.password !== 'function') throw new Error('expected a pgpass lookup');
        return result.config.password();
      };
      expect(await passwordOf('postgres://anna@127.0.0.1:5433/wtp')).toBe('geheim');
      expect(await passwordOf('postgres://bert@localhost/elders')).toBe('anders');
      expect(await passwordOf('postgres://carla@127.0.0.1:5433/wtp')).toBe('');
      fs.chmodSync(file, 0o644);
      expect(await passwordOf('postgres://anna@127.0.0.1:5433/wtp')).toBe('');
    } finally {
      if (saved.file === undefined) delete process.env.PGPASSFILE;
      else process.env.PGPASSFILE = saved.file;
      if (saved.password !== undefined) process.env.PGPASSWORD = saved.password;
    }
  });
});
