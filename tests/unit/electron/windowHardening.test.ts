import { describe, expect, it } from 'vitest';
import { createHardenedWindow, hardenedWindowOptions, type WindowSpec } from '../../../electron/window/createWindow.js';
import { isAppUrl } from '../../../electron/protocol/appProtocol.js';
import { installNavigationGuards } from '../../../electron/security/navigationGuards.js';
import { fakeContents } from './fakes.js';

const spec: WindowSpec = { preloadPath: '/app/out/electron/preload.cjs', title: 'Wijkteamplanner', devTools: false };

describe('hardened window options', () => {
  it('isolate and sandbox the renderer without node', () => {
    const prefs = hardenedWindowOptions(spec).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      preload: spec.preloadPath,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('keep developer tools out of packaged builds', () => {
    expect(hardenedWindowOptions(spec).webPreferences!.devTools).toBe(false);
    expect(hardenedWindowOptions({ ...spec, devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('use remembered bounds, else a default size, and show only when ready', () => {
    expect(hardenedWindowOptions({ ...spec, bounds: { x: 10, y: 20, width: 1000, height: 700 } })).toMatchObject({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      show: false,
    });
    expect(hardenedWindowOptions(spec)).toMatchObject({ width: 1280, height: 860 });
  });
});

describe('createHardenedWindow', () => {
  function make() {
    const contents = fakeContents();
    const opened: string[] = [];
    let options: unknown;
    const window = createHardenedWindow(
      {
        createBrowserWindow: (o) => {
          options = o;
          return { webContents: contents };
        },
        isAppUrl,
        openExternal: async (url) => {
          opened.push(url);
          return true;
        },
        log: () => {},
      },
      spec,
    );
    return { window, contents, opened, options: () => options };
  }

  it('creates the window with the hardened options', () => {
    const { options } = make();
    expect(options()).toEqual(hardenedWindowOptions(spec));
  });

  it('denies every window.open and sends http(s) links to the system browser', () => {
    const { contents, opened } = make();
    expect(contents.openWindow('https://www.rijksoverheid.nl/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://planner/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.rijksoverheid.nl/']);
  });

  it('prevents navigation away from app://planner/ (main frame, subframes and redirects)', () => {
    const { contents, opened } = make();
    expect(contents.emitNavigation('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'file:///home/ann/.ssh/id_rsa')).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.emitNavigation('will-frame-navigate', 'https://evil.example/frame')).toBe(true);
    expect(contents.emitNavigation('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.emitNavigation('will-navigate', 'app://planner/index.html')).toBe(false);
    expect(opened).toEqual(['https://evil.example/', 'https://evil.example/frame']);
  });

  it('reads the URL from the event when Electron passes only details', () => {
    const { contents } = make();
    expect(contents.emitDetailsOnly('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.emitDetailsOnly('will-frame-navigate', 'app://planner/index.html')).toBe(false);
  });

  it('installs the guards once per web contents, so a link opens in the browser once', () => {
    const { contents, opened } = make();
    installNavigationGuards(contents, { isAppUrl, openExternal: async (u) => (opened.push(u), true), log: () => {} });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    contents.emitNavigation('will-navigate', 'https://www.vng.nl/');
    expect(opened).toEqual(['https://www.vng.nl/']);
  });

  it('refuses to attach <webview>', () => {
    const { contents } = make();
    expect(contents.emitAttachWebview()).toBe(true);
  });
});
