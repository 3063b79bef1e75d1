import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../renderer/api/transport/httpTransport.js';
import { translator } from '../../../shared/i18n/index.js';
import { appVersion, startWebHost } from '../../../webhost/startWebHost.js';
import { postApi, rawRequest } from './httpClient.js';

// The browser host with the real SQLite store: what `npm run web` and the e2e tests run.
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir(prefix: string) {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}
function staticRoot() {
  const d = tempDir('webhost-static-');
  writeFileSync(path.join(d, 'index.html'), '<!doctype html><title>Wijkteamplanner</title>');
  return d;
}

describe('startWebHost with the real store', () => {
  it('serves the store over loopback and closes it cleanly', async () => {
    const dataDir = tempDir('webhost-data-');
    const host = await startWebHost({
      dataDir,
      staticRoot: staticRoot(),
      seedSample: true,
      appVersion: '9.9.9',
      log: () => {},
    });
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
      const api = createHttpTransport({
        fetch: (u, i) => fetch(u, i),
        token: host.token,
        baseUrl: `http://127.0.0.1:${host.port}`,
      });
      const info = await api('app.info', {});
      expect(info).toMatchObject({ ok: true, value: { version: '9.9.9', dataDir } });
      const teams = await api('teams.list', {});
      expect(teams.ok).toBe(true);
      if (teams.ok) expect(teams.value.length).toBeGreaterThan(0); // the sample neighbourhood
      expect(existsSync(path.join(dataDir, 'planner.sqlite'))).toBe(true);
    } finally {
      await host.close();
    }
    // Closed means closed: the port no longer answers, and the store can be opened again.
    await expect(rawRequest(host.port, { path: '/' })).rejects.toThrow();
    const again = await startWebHost({ dataDir, staticRoot: staticRoot(), log: () => {} });
    await again.close();
  });

  it('reports the version from package.json by default', async () => {
    const host = await startWebHost({ dataDir: tempDir('webhost-data-'), staticRoot: staticRoot(), log: () => {} });
    try {
      const api = createHttpTransport({
        fetch: (u, i) => fetch(u, i),
        token: host.token,
        baseUrl: `http://127.0.0.1:${host.port}`,
      });
      expect(appVersion()).toMatch(/^\d+\.\d+\.\d+/);
      expect(await api('app.info', {})).toMatchObject({ ok: true, value: { version: appVersion() } });
    } finally {
      await host.close();
    }
  });

  it('refuses a second host on the same data folder with the store message', async () => {
    const dataDir = tempDir('webhost-data-');
    const first = await startWebHost({ dataDir, staticRoot: staticRoot(), log: () => {} });
    try {
      await expect(startWebHost({ dataDir, staticRoot: staticRoot(), log: () => {} })).rejects.toMatchObject({
        code: 'alreadyOpen',
      });
    } finally {
      await first.close();
    }
  });

  it('closes the store when the port is taken', async () => {
    const dataDir = tempDir('webhost-data-');
    const first = await startWebHost({ dataDir: tempDir('webhost-other-'), staticRoot: staticRoot(), log: () => {} });
    try {
      await expect(
        startWebHost({ dataDir, port: first.port, staticRoot: staticRoot(), log: () => {} }),
      ).rejects.toMatchObject({ code: 'EADDRINUSE' });
      // The store of the failed start was closed, so this data folder opens fine now.
      const second = await startWebHost({ dataDir, staticRoot: staticRoot(), log: () => {} });
      await second.close();
    } finally {
      await first.close();
    }
  });
});

describe('npm run web (the CLI)', () => {
  it('prints one line with the URL, answers with the token, and stops on SIGTERM', async () => {
    const dataDir = tempDir('webhost-cli-');
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const child = spawn(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      ['webhost/main.ts', '--no-open', '--port', '0', '--data-dir', dataDir],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL line; stderr: ${stderr}`)), 20_000);
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        const match = /^Wijkteamplanner draait op (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)$/m.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const { port, hash } = new URL(url);
    const token = hash.replace('#token=', '');
    expect((await postApi(Number(port), 'teams.list', {}, { 'x-planner-token': token })).status).toBe(200);
    expect((await postApi(Number(port), 'teams.list', {}, {})).status).toBe(403);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.split('\n').filter((l) => l.startsWith('Wijkteamplanner draait op '))).toHaveLength(1);
  }, 30_000);

  it('refuses --host and unknown options with a Dutch message and exit code 2', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), ['webhost/main.ts', '--host', '0.0.0.0'], {
      cwd: root,
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/alleen op 127\.0\.0\.1/);
  }, 30_000);

  it('says in the --lang language that the port is taken, with the port as typed, and exits 1', async () => {
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen({ host: '127.0.0.1', port: 0 }, resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const argv = [
        'webhost/main.ts',
        '--no-open',
        '--lang',
        'en',
        '--port',
        String(port),
        '--data-dir',
        tempDir('webhost-busy-'),
      ];
      const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), argv, { cwd: root });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(translator('en').t('host.portInUse', { port: String(port) }));
      expect(stderr).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  }, 30_000);
});
