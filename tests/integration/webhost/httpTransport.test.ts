import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpTransport, type FetchLike } from '../../../renderer/api/transport/httpTransport.js';
import { createTransport } from '../../../renderer/api/transport/createTransport.js';
import { listenWebHostServer, type RunningWebHostServer } from '../../../webhost/server.js';
import { fakeHandlers, notFoundFailure, type FakeHandlers } from '../../unit/webhost/fakeHandlers.js';
import { nl } from '../../support/inLanguage.js';

// The renderer's HTTP transport against a real browser host: what the UI sees end to end.
let host: RunningWebHostServer;
let fake: FakeHandlers;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'webhost-transport-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fake = fakeHandlers({ 'teams.delete': () => notFoundFailure(), 'teams.list': () => [] });
  host = await listenWebHostServer({ handlers: fake.handlers, staticRoot: root, port: 0, log: () => {} });
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

const nodeFetch: FetchLike = (url, init) => fetch(url, init);

describe('HTTP transport against the browser host', () => {
  it('calls a method and returns its value', async () => {
    const api = createHttpTransport({ fetch: nodeFetch, token: host.token, baseUrl: `http://127.0.0.1:${host.port}` });
    const result = await api('teams.list', {});
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('returns typed and validation failures as Results', async () => {
    const api = createHttpTransport({ fetch: nodeFetch, token: host.token, baseUrl: `http://127.0.0.1:${host.port}` });
    const missing = await api('teams.delete', { id: 'team_404' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'notFound' } });
    const invalid = await api('teams.delete', { id: '' } as never);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('returns the host refusal when the token is missing or wrong', async () => {
    for (const token of [null, 'wrong']) {
      const api = createHttpTransport({ fetch: nodeFetch, token, baseUrl: `http://127.0.0.1:${host.port}` });
      const result = await api('teams.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      if (!result.ok) expect(nl(result.error.text)).toMatch(/toegangssleutel/);
    }
  });

  it('turns an unreachable host into a Dutch failure instead of a throw', async () => {
    const api = createHttpTransport({ fetch: nodeFetch, token: host.token, baseUrl: 'http://127.0.0.1:1' });
    const result = await api('teams.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(nl(result.error.text)).toMatch(/niet bereikbaar/);
  });

  it('createTransport picks HTTP without a preload and uses the token from the URL fragment', async () => {
    const replaced: string[] = [];
    const storage = new Map<string, string>();
    const api = createTransport({
      location: { hash: `#token=${host.token}`, pathname: '/', search: '' },
      history: { replaceState: (_d, _u, url) => replaced.push(String(url)) },
      sessionStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
      fetch: (url, init) => fetch(`http://127.0.0.1:${host.port}${url}`, init),
    });
    expect(await api('teams.list', {})).toEqual({ ok: true, value: [] });
    expect(replaced).toEqual(['/']);
  });
});
