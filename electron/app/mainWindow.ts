import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { createHardenedWindow } from '../window/createWindow.js';
import { captureState, restoreBounds, type Rectangle, type WindowState } from '../window/windowState.js';

/**
 * Opens the planner's main window through the hardened helper, where it was last
 * time, and remembers size and position (debounced while moving, and on close).
 */

export interface MainWindowDeps {
  createBrowserWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<boolean>;
  log: (message: string, error?: unknown) => void;
  workAreas: () => Rectangle[];
  savedState: WindowState | null;
  saveState: (state: WindowState) => void;
  preloadPath: string;
  startUrl: string;
  devTools: boolean;
  icon?: string;
}

const SAVE_DELAY_MS = 500;
const MAX_CRASH_RELOADS = 3;

export function openMainWindow(deps: MainWindowDeps): BrowserWindow {
  const window = createHardenedWindow(deps, {
    title: 'Wijkteamplanner',
    preloadPath: deps.preloadPath,
    bounds: restoreBounds(deps.savedState, deps.workAreas()),
    devTools: deps.devTools,
    ...(deps.icon ? { icon: deps.icon } : {}),
  });
  if (deps.savedState?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    const state = captureState(window);
    if (state) deps.saveState(state);
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);

  const load = () =>
    void window
      .loadURL(deps.startUrl)
      .catch((error: unknown) => deps.log('Venster: de planner kon niet worden geladen', error));
  // A crashed renderer would leave an empty window; reload it (a few times, not forever).
  // Data is safe: every change was already written by the store.
  let reloads = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    deps.log(`Venster afgebroken: ${details.reason}`);
    if (details.reason !== 'clean-exit' && reloads < MAX_CRASH_RELOADS && !window.isDestroyed()) {
      reloads += 1;
      load();
    }
  });
  load();
  return window;
}
