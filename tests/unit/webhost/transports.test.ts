import { describe, expect, it } from 'vitest';
import { createTransport } from '../../../renderer/api/transport/createTransport.js';
import { getDesktopBridge, openedFileText } from '../../../renderer/api/transport/desktopBridge.js';
import { createHttpTransport, type FetchLike } from '../../../renderer/api/transport/httpTransport.js';
import { createIpcTransport } from '../../../renderer/api/transport/ipcTransport.js';
import {
  TOKEN_STORAGE_KEY,
  takeLaunchToken,
  type LaunchTokenEnvironment,
} from '../../../renderer/api/transport/launchToken.js';

function tokenEnv(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const env: LaunchTokenEnvironment = {
    location: { hash, pathname: '/', search: '?lang=en' },
    history: { replaceState: (_d, _u, url) => replaced.push(String(url)) },
    sessionStorage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
  };
  return { env, storage, replaced };
}

describe('launch token', () => {
  it('moves the token from the fragment to sessionStorage and out of the address bar', () => {
    const { env, storage, replaced } = tokenEnv('#token=abc123');
    expect(takeLaunchToken(env)).toBe('abc123');
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(replaced).toEqual(['/?lang=en']);
  });
  it('keeps other fragment parameters', () => {
    const { env, replaced } = tokenEnv('#view=teams&token=abc');
    expect(takeLaunchToken(env)).toBe('abc');
    expect(replaced).toEqual(['/?lang=en#view=teams']);
  });
  it('reuses the stored token after a reload and leaves the address bar alone', () => {
    const { env, replaced } = tokenEnv('', { [TOKEN_STORAGE_KEY]: 'stored' });
    expect(takeLaunchToken(env)).toBe('stored');
    expect(replaced).toEqual([]);
  });
  it('is null without fragment or stored token, and survives disabled storage', () => {
    expect(takeLaunchToken(tokenEnv('').env)).toBeNull();
    const { env } = tokenEnv('#token=x');
    env.sessionStorage.setItem = () => {
      throw new Error('SecurityError');
    };
    expect(takeLaunchToken(env)).toBe('x');
  });
});

describe('HTTP transport request shape', () => {
  it('posts JSON to /api/<method> with the token header and no cookies', async () => {
    const seen: Array<{ url: string; init: Parameters<FetchLike>[1] }> = [];
    const fetchFake: FetchLike = async (url, init) => {
      seen.push({ url, init });
      return { status: 200, json: async () => ({ ok: true, value: 1 }) };
    };
    const api = createHttpTransport({ fetch: fetchFake, token: 'tok' });
    await api('plan.get', { scenarioId: 'scn_1' });
    expect(seen).toEqual([
      {
        url: '/api/plan.get',
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Planner-Token': 'tok' },
          body: '{"scenarioId":"scn_1"}',
          credentials: 'omit',
          cache: 'no-store',
        },
      },
    ]);
  });
  it('treats a non-Result answer (e.g. an HTML error page) as unreachable', async () => {
    const api = createHttpTransport({
      fetch: async () => ({ status: 502, json: async () => ({ hello: 1 }) }),
      token: 't',
    });
    expect(await api('teams.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    const bad = createHttpTransport({
      fetch: async () => ({ status: 200, json: async () => ({ ok: false, error: 'x' }) }),
      token: 't',
    });
    expect(await bad('teams.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('IPC transport and transport choice', () => {
  const bridge = {
    invoke: async (method: string, input: unknown) => ({ ok: true, value: { method, input } }),
    onMenuCommand: () => () => {},
  };

  it('passes method and input to the preload and returns its Result', async () => {
    const api = createIpcTransport(bridge as never);
    expect(await api('teams.list', {})).toEqual({ ok: true, value: { method: 'teams.list', input: {} } });
  });
  it('turns a broken IPC channel into a Dutch failure', async () => {
    const api = createIpcTransport({ invoke: (async () => Promise.reject(new Error('gone'))) as never });
    const result = await api('teams.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
  it('prefers the preload bridge when present and never touches fetch then', async () => {
    const api = createTransport({
      planner: bridge,
      fetch: () => {
        throw new Error('fetch must not be used under Electron');
      },
      ...tokenEnv('').env,
    });
    expect(await api('teams.list', {})).toMatchObject({ ok: true, value: { method: 'teams.list' } });
  });
  it('recognises only a bridge with invoke and onMenuCommand', () => {
    expect(getDesktopBridge({ planner: bridge })).toBe(bridge);
    expect(getDesktopBridge({})).toBeNull();
    expect(getDesktopBridge({ planner: { invoke: 'no' } })).toBeNull();
  });
  it('decodes opened files as UTF-8', () => {
    expect(openedFileText(Buffer.from('{"naam":"Wijkteam Zuid – é"}', 'utf8').toString('base64'))).toBe(
      '{"naam":"Wijkteam Zuid – é"}',
    );
  });
});
