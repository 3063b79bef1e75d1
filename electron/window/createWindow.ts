import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { installNavigationGuards, type GuardOptions, type GuardedContents } from '../security/navigationGuards.js';

/**
 * The one helper every window of the app is made with (Electron security checklist,
 * items 2-4, 12-14): an isolated, sandboxed renderer without node, which cannot leave
 * the app's pages or open windows. Callers choose size and preload, never the
 * security-relevant preferences: those are set last and cannot be overridden.
 */

export interface WindowSpec {
  preloadPath: string;
  title: string;
  bounds?: { x?: number; y?: number; width: number; height: number };
  /** Developer tools only in development builds; packaged apps have none. */
  devTools: boolean;
  icon?: string;
  backgroundColor?: string;
}

function hardenedWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window would otherwise navigate it to file://.
    navigateOnDragDrop: false,
    // Chromium fetches spell-check dictionaries from the internet; the app stays offline.
    spellcheck: false,
    safeDialogs: true,
    devTools,
  };
}

export function hardenedWindowOptions(spec: WindowSpec): BrowserWindowConstructorOptions {
  return {
    title: spec.title,
    ...(spec.bounds ?? { width: 1280, height: 860 }),
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: spec.backgroundColor ?? '#ffffff',
    ...(spec.icon ? { icon: spec.icon } : {}),
    webPreferences: hardenedWebPreferences(spec.preloadPath, spec.devTools),
  };
}

interface HardenableWindow {
  webContents: GuardedContents;
}

interface WindowFactoryDeps<W extends HardenableWindow> extends GuardOptions {
  createBrowserWindow: (options: BrowserWindowConstructorOptions) => W;
}

export function createHardenedWindow<W extends HardenableWindow>(deps: WindowFactoryDeps<W>, spec: WindowSpec): W {
  const window = deps.createBrowserWindow(hardenedWindowOptions(spec));
  installNavigationGuards(window.webContents, deps);
  return window;
}
