import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../node/security/contentSecurityPolicy.js';
import { listenWebHostServer, type RunningWebHostServer } from '../../../webhost/server.js';
import { fakeHandlers, notFoundFailure, type FakeHandlers } from '../../unit/webhost/fakeHandlers.js';
import { postApi, rawRequest } from './httpClient.js';
import { nl } from '../../support/inLanguage.js';
import type { Message } from '../../../shared/i18n/message.js';

// A real host on 127.0.0.1, port 0, with fake handlers and a tiny built renderer.
let host: RunningWebHostServer;
let fake: FakeHandlers;
let root: string;
const MAX_BODY = 64 * 1024;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'webhost-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Wijkteamplanner</title>');
  writeFileSync(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(path.join(tmpdir(), 'webhost-secret.txt'), 'geheim');
  fake = fakeHandlers({
    'teams.delete': () => notFoundFailure(),
    'backups.create': () => {
      throw new Error('disk exploded at /home/x/.config');
    },
  });
  host = await listenWebHostServer({
    handlers: fake.handlers,
    staticRoot: root,
    port: 0,
    maxBodyBytes: MAX_BODY,
    log: () => {},
  });
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const auth = () => ({ 'x-planner-token': host.token });

describe('browser host: binding and URL', () => {
  it('listens on 127.0.0.1 only, on the port it reports', () => {
    expect(host.address.address).toBe('127.0.0.1');
    expect(host.address.port).toBe(host.port);
    expect(host.port).toBeGreaterThan(0);
  });

  it('puts a long random token in the URL fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('browser host: API calls', () => {
  it('answers a valid call with the handler result and 200', async () => {
    const res = await postApi(host.port, 'teams.list', {}, auth());
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ ok: true, value: { echo: 'teams.list' } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('passes the zod-parsed input (with defaults) to the handler', async () => {
    const res = await postApi(host.port, 'plan.export', { scenarioId: 'scn_1' }, auth());
    expect(res.status).toBe(200);
    expect(fake.calls.at(-1)).toEqual({ method: 'plan.export', input: { scenarioId: 'scn_1', includePool: false } });
  });

  it('answers invalid input with a validation Result (200) and never calls the handler', async () => {
    const before = fake.calls.length;
    const res = await postApi(host.port, 'teams.delete', { id: 42, extra: true }, auth());
    expect(res.status).toBe(200);
    const body = res.json() as { ok: boolean; error: { code: string; text: Message } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('validation');
    expect(nl(body.error.text)).toMatch(/^Ongeldige invoer/);
    expect(fake.calls.length).toBe(before);
  });

  it('passes typed failures through and hides unexpected errors', async () => {
    const missing = (await postApi(host.port, 'teams.delete', { id: 'team_1' }, auth())).json() as {
      error: { code: string; text: Message };
    };
    expect(missing.error).toMatchObject({ code: 'notFound', text: { key: 'apiError.notFound' } });
    const crash = (await postApi(host.port, 'backups.create', {}, auth())).json() as {
      error: { code: string; text: Message };
    };
    expect(crash.error.code).toBe('internal');
    expect(JSON.stringify(crash.error)).not.toContain('/home/x');
    expect(nl(crash.error.text)).not.toContain('/home/x');
  });

  it('refuses a call without token, with a wrong token or a token of another length (403)', async () => {
    const before = fake.calls.length;
    const attempts: Array<Record<string, string>> = [
      {},
      { 'x-planner-token': 'x'.repeat(host.token.length) },
      { 'x-planner-token': host.token + 'a' },
    ];
    for (const headers of attempts) {
      const res = await postApi(host.port, 'teams.list', {}, headers);
      expect(res.status).toBe(403);
      expect(res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(fake.calls.length).toBe(before);
  });

  it('refuses a wrong Host header, as sent after DNS rebinding (403)', async () => {
    for (const hostHeader of [
      `evil.example:${host.port}`,
      `localhost.evil.example:${host.port}`,
      '127.0.0.1',
      `127.0.0.1:${host.port + 1}`,
    ]) {
      const res = await postApi(host.port, 'teams.list', {}, { ...auth(), host: hostHeader });
      expect(res.status, hostHeader).toBe(403);
      const page = await rawRequest(host.port, { path: '/', headers: { host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
    }
  });

  it('refuses calls from another origin or cross-site fetches (403), accepts its own origin', async () => {
    const evil = await postApi(host.port, 'teams.list', {}, { ...auth(), origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const otherPort = await postApi(
      host.port,
      'teams.list',
      {},
      { ...auth(), origin: `http://127.0.0.1:${host.port + 1}` },
    );
    expect(otherPort.status).toBe(403);
    const nullOrigin = await postApi(host.port, 'teams.list', {}, { ...auth(), origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await postApi(host.port, 'teams.list', {}, { ...auth(), 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const own = await postApi(
      host.port,
      'teams.list',
      {},
      {
        ...auth(),
        origin: `http://127.0.0.1:${host.port}`,
        'sec-fetch-site': 'same-origin',
      },
    );
    expect(own.status).toBe(200);
  });

  it('answers malformed JSON with a clear Dutch 400', async () => {
    const res = await postApi(host.port, 'teams.list', '{"oops": ', auth());
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({
      ok: false,
      error: { code: 'validation', text: { key: 'host.http.badJson' } },
    });
  });

  it('answers an unknown method or API path with 404', async () => {
    const unknown = await postApi(host.port, 'teams.hack', {}, auth());
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const proto = await postApi(host.port, '__proto__', {}, auth());
    expect(proto.status).toBe(404);
    const nested = await postApi(host.port, 'teams.list/extra', {}, auth());
    expect(nested.status).toBe(404);
  });

  it('survives a client that sends half a body and hangs up', async () => {
    const before = fake.calls.length;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(host.port, '127.0.0.1', () => {
        socket.write(
          `POST /api/teams.list HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Planner-Token: ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"half":`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    expect((await postApi(host.port, 'teams.list', {}, auth())).status).toBe(200);
    expect(fake.calls.length).toBe(before + 1); // only the complete call reached the store
  });

  it('refuses GET on the API with 405', async () => {
    const res = await rawRequest(host.port, { path: '/api/teams.list', headers: auth() });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST');
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const big = JSON.stringify({ fileName: 'a.csv', format: 'csv', dataBase64: 'A'.repeat(MAX_BODY) });
    const declared = await postApi(host.port, 'professionalsImport.preview', big, auth());
    expect(declared.status).toBe(413);
    // The page shows this to a team leader who picked too large a file: plain words, no "Webhost:".
    const refused = declared.json() as { error: { text: Message } };
    expect(nl(refused.error.text)).toBe('Het verzoek is te groot voor de planner. Kies een kleiner bestand.');
    const chunked = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/professionalsImport.preview',
      headers: { ...auth(), 'transfer-encoding': 'chunked', 'content-type': 'application/json' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    // The host keeps serving afterwards.
    expect((await postApi(host.port, 'teams.list', {}, auth())).status).toBe(200);
  });
});

describe('browser host: the built renderer', () => {
  it('serves index.html at / with the strict CSP as a header', async () => {
    const res = await rawRequest(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Wijkteamplanner');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    // Left out on purpose: with it every start waited for a second renderer process (SECURITY_HEADERS).
    expect(res.headers['cross-origin-opener-policy']).toBeUndefined();
  });

  it('serves assets with their content type and no token', async () => {
    const res = await rawRequest(host.port, { path: '/assets/app-1234.js?v=1' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.text).toBe('console.log(1)');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of [
      '/../webhost-secret.txt',
      '/%2e%2e/webhost-secret.txt',
      '/assets/..%2f..%2fwebhost-secret.txt',
      '/..%5cwebhost-secret.txt',
    ]) {
      const res = await rawRequest(host.port, { path: p });
      expect(res.status, p).toBe(404);
      expect(res.text).not.toContain('geheim');
    }
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await rawRequest(host.port, { path: '/', method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(Number(res.headers['content-length'])).toBeGreaterThan(0);
  });

  it('answers a missing file with 404 and other verbs with 405', async () => {
    expect((await rawRequest(host.port, { path: '/nothing-here.js' })).status).toBe(404);
    expect((await rawRequest(host.port, { path: '/', method: 'DELETE' })).status).toBe(405);
  });
});
