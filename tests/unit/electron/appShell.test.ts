import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SHELL_SETTINGS,
  SHELL_SETTINGS_FILE,
  loadShellSettings,
  saveShellSettings,
} from '../../../electron/app/shellSettings.js';
import { claimSingleInstance, type FocusableWindow } from '../../../electron/app/singleInstance.js';
import { NativeBindingError, resolveNativeBinding } from '../../../electron/native/nativeBinding.js';
import { APP_START_URL, createAppProtocolHandler, isAppUrl } from '../../../electron/protocol/appProtocol.js';
import { CONTENT_SECURITY_POLICY } from '../../../node/security/contentSecurityPolicy.js';
import { captureState, restoreBounds, type WindowState } from '../../../electron/window/windowState.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'shell-'));
  dirs.push(d);
  return d;
};

describe('app:// protocol', () => {
  const root = path.resolve('/app/out/renderer');
  const files: Record<string, string> = {
    [path.join(root, 'index.html')]: '<!doctype html>',
    [path.join(root, 'assets', 'index-1.js')]: 'export {}',
  };
  const handler = createAppProtocolHandler(root, async (file) => {
    if (!(file in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return Buffer.from(files[file]!);
  });

  it('serves the renderer with the CSP header', async () => {
    const res = await handler(new Request(APP_START_URL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<!doctype html>');
    const js = await handler(new Request('app://planner/assets/index-1.js'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves nothing for other hosts, missing files, traversal or writes', async () => {
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handler(new Request('app://planner/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://planner/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect((await handler(new Request('app://planner/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('recognises only app://planner/ as the app', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    for (const url of ['app://planner.evil/', 'app://evil/', 'https://planner/', 'file:///index.html', 'garbage'])
      expect(isAppUrl(url), url).toBe(false);
  });
});

describe('window state', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const second = { x: 1920, y: 0, width: 1280, height: 1000 };
  const saved = (x: number, y: number, width = 1200, height = 800): WindowState => ({
    bounds: { x, y, width, height },
    maximized: false,
  });

  it('reopens where it was when that spot is still on a display', () => {
    expect(restoreBounds(saved(100, 50), [primary])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
    expect(restoreBounds(saved(2000, 10), [primary, second])).toEqual({ x: 2000, y: 10, width: 1200, height: 800 });
  });
  it('keeps only the size when the display it was on is gone (centred by the system)', () => {
    expect(restoreBounds(saved(2000, 10), [primary])).toEqual({ width: 1200, height: 800 });
    expect(restoreBounds(saved(-5000, -5000), [primary])).toEqual({ width: 1200, height: 800 });
  });
  it('never opens larger than the display, and has a default size', () => {
    expect(restoreBounds(saved(0, 0, 4000, 3000), [primary])).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    expect(restoreBounds(null, [{ x: 0, y: 0, width: 1024, height: 700 }])).toEqual({ width: 1024, height: 700 });
    expect(restoreBounds(null, [primary])).toEqual({ width: 1280, height: 860 });
  });
  it('captures the normal bounds of a maximized window', () => {
    const state = captureState({
      getNormalBounds: () => ({ x: 10.4, y: 20, width: 1000, height: 700 }),
      isMaximized: () => true,
    });
    expect(state).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(
      captureState({ getNormalBounds: () => ({ x: 0, y: 0, width: 10, height: 10 }), isMaximized: () => false }),
    ).toBeNull();
  });
});

describe('shell settings file', () => {
  it('round-trips window state and UI language', () => {
    const dir = tempDir();
    const settings = {
      window: { bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true },
      uiLanguage: 'en' as const,
    };
    saveShellSettings(dir, settings);
    expect(loadShellSettings(dir)).toEqual(settings);
    expect(readFileSync(path.join(dir, SHELL_SETTINGS_FILE), 'utf8')).toContain('"uiLanguage": "en"');
  });
  it('falls back to defaults for a missing, damaged or partly wrong file', () => {
    const dir = tempDir();
    expect(loadShellSettings(dir)).toEqual(DEFAULT_SHELL_SETTINGS);
    writeFileSync(path.join(dir, SHELL_SETTINGS_FILE), '{not json');
    expect(loadShellSettings(dir)).toEqual(DEFAULT_SHELL_SETTINGS);
    writeFileSync(path.join(dir, SHELL_SETTINGS_FILE), JSON.stringify({ window: { bounds: 'x' }, uiLanguage: 'en' }));
    expect(loadShellSettings(dir)).toEqual({ window: null, uiLanguage: 'en' });
  });
});

describe('single instance', () => {
  function fakeApp(gotLock: boolean) {
    const listeners: Array<() => void> = [];
    let quit = false;
    return {
      app: {
        requestSingleInstanceLock: () => gotLock,
        quit: () => void (quit = true),
        on: (_e: 'second-instance', l: () => void) => listeners.push(l),
      },
      secondLaunch: () => listeners.forEach((l) => l()),
      quitCalled: () => quit,
    };
  }
  function fakeWindow(minimized: boolean) {
    const calls: string[] = [];
    const window: FocusableWindow = {
      isDestroyed: () => false,
      isMinimized: () => minimized,
      restore: () => void calls.push('restore'),
      show: () => void calls.push('show'),
      focus: () => void calls.push('focus'),
    };
    return { window, calls };
  }

  it('the second launch quits', () => {
    const f = fakeApp(false);
    expect(claimSingleInstance(f.app, () => null)).toBe(false);
    expect(f.quitCalled()).toBe(true);
  });
  it('the first instance restores and focuses its window when launched again', () => {
    const f = fakeApp(true);
    const w = fakeWindow(true);
    expect(claimSingleInstance(f.app, () => w.window)).toBe(true);
    expect(f.quitCalled()).toBe(false);
    f.secondLaunch();
    expect(w.calls).toEqual(['restore', 'show', 'focus']);
  });
});

describe('native binding for Electron', () => {
  const base = { isPackaged: false, appRoot: '/repo', electronVersion: '45.4.1', platform: 'linux', arch: 'x64' };
  const manifest = JSON.stringify({
    electron: '45.4.1',
    platform: 'linux',
    arch: 'x64',
    binding: 'electron-45.4.1-linux-x64/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
  });

  it('uses the default loader when packaged', () => {
    expect(resolveNativeBinding({ ...base, isPackaged: true, readText: () => null })).toBeUndefined();
  });
  it('points at the Electron build from the manifest in development', () => {
    expect(resolveNativeBinding({ ...base, readText: () => manifest })).toBe(
      path.resolve(
        '/repo/out/native/electron-45.4.1-linux-x64/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      ),
    );
  });
  it('explains in Dutch when the build is missing, damaged or for another Electron', () => {
    expect(() => resolveNativeBinding({ ...base, readText: () => null })).toThrow(NativeBindingError);
    expect(() => resolveNativeBinding({ ...base, readText: () => '{' })).toThrow(/beschadigd/);
    expect(() => resolveNativeBinding({ ...base, electronVersion: '46.0.0', readText: () => manifest })).toThrow(
      /npm start/,
    );
  });
  it('agrees with the build script on where the binding lives', async () => {
    // @ts-expect-error - a plain .mjs build script without type declarations
    const script = (await import('../../../scripts/build-native-electron.mjs')) as {
      nativeTarget: (o: object) => { binding: string };
      MANIFEST: string;
    };
    const target = script.nativeTarget({
      electronVersion: '45.4.1',
      betterSqliteVersion: '12.0.0',
      platform: 'linux',
      arch: 'x64',
    });
    const root = path.resolve(path.dirname(script.MANIFEST), '..', '..');
    const relative = path.relative(path.dirname(script.MANIFEST), target.binding);
    expect(
      resolveNativeBinding({
        ...base,
        appRoot: root,
        readText: () => JSON.stringify({ electron: '45.4.1', platform: 'linux', arch: 'x64', binding: relative }),
      }),
    ).toBe(target.binding);
    expect(path.relative(root, script.MANIFEST)).toBe(path.join('out', 'native', 'electron-binding.json'));
  });
});
