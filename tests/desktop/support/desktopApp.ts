import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';

/**
 * Starts the real planner: the app of this checkout (`electron .`, built by
 * scripts/test-desktop.mjs) or, when WTP_DESKTOP_EXECUTABLE is set, the unpacked app
 * electron-builder made. Every launch gets its own data folder (`--data-dir`) and its own
 * Chromium profile (`--user-data-dir`, which also scopes the single-instance lock), so a
 * planner the developer has open is never touched.
 */
export const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface Folders {
  dataDir: string;
  profileDir: string;
}

export function freshFolders(): Folders {
  return {
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'wtp-desktop-data-')),
    profileDir: mkdtempSync(path.join(os.tmpdir(), 'wtp-desktop-profile-')),
  };
}

/** The command-line arguments a launch passes after the app itself. */
export function plannerArgs(folders: Folders): string[] {
  // Root in a container cannot use Chromium's sandbox; a normal user (every CI runner) can.
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return [`--data-dir=${folders.dataDir}`, `--user-data-dir=${folders.profileDir}`, ...(root ? ['--no-sandbox'] : [])];
}

export async function launchPlanner(folders: Folders): Promise<{ app: ElectronApplication; window: Page }> {
  const executable = process.env.WTP_DESKTOP_EXECUTABLE;
  const app = await electron.launch({
    ...(executable
      ? { executablePath: executable, args: plannerArgs(folders) }
      : { args: [ROOT, ...plannerArgs(folders)] }),
    env: { ...process.env, LANG: 'nl_NL.UTF-8' },
  });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}
