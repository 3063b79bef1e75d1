import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openMainWindow, type MainWindowDeps } from '../../../electron/app/mainWindow.js';
import { isAppUrl } from '../../../electron/protocol/appProtocol.js';
import type { WindowState } from '../../../electron/window/windowState.js';
import { createFakeElectron } from './fakeElectron.js';

type FakeWindow = ReturnType<typeof createFakeElectron>['windows'][number];

function open(savedState: WindowState | null) {
  const fake = createFakeElectron({ userData: '/u', documents: '/d', appPath: '/a' });
  const saved: WindowState[] = [];
  const calls: string[] = [];
  const deps: MainWindowDeps = {
    createBrowserWindow: (options) => {
      const window = new fake.electron.BrowserWindow(options as Record<string, unknown>) as unknown as FakeWindow;
      window.maximize = () => void calls.push('maximize');
      window.show = () => void calls.push('show');
      const load = window.loadURL.bind(window);
      window.loadURL = (url: string) => (calls.push(`load ${url}`), load(url));
      return window as unknown as BrowserWindow;
    },
    isAppUrl,
    openExternal: async () => true,
    log: () => {},
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1040 }],
    savedState,
    saveState: (state) => void saved.push(state),
    preloadPath: '/a/out/electron/preload.cjs',
    startUrl: 'app://planner/index.html',
    devTools: false,
  };
  const window = openMainWindow(deps) as unknown as FakeWindow;
  return { window, saved, calls };
}

describe('main window', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reopens where it was, maximized if it was, and shows only when ready', () => {
    const { window, calls } = open({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true });
    expect(window.options).toMatchObject({ x: 100, y: 80, width: 1200, height: 800, show: false });
    expect(calls).toEqual(['maximize', 'load app://planner/index.html']);
    window.emit('ready-to-show');
    expect(calls.at(-1)).toBe('show');
  });

  it('saves the bounds once after moving stops, and at close', () => {
    const { window, saved } = open(null);
    window.emit('move');
    window.emit('resize');
    window.emit('move');
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(600);
    expect(saved).toEqual([{ bounds: { x: 40, y: 30, width: 1100, height: 750 }, maximized: false }]);
    window.emit('close');
    expect(saved).toHaveLength(2);
  });

  it('reloads the planner after a renderer crash, but not endlessly and not after a clean exit', () => {
    const { window, calls } = open(null);
    const crash = (reason: string) => {
      for (const listener of window.webContents.listeners.get('render-process-gone') ?? []) listener({}, { reason });
    };
    crash('clean-exit');
    for (let i = 0; i < 5; i += 1) crash('crashed');
    expect(calls.filter((c) => c.startsWith('load '))).toHaveLength(1 + 3);
  });
});
