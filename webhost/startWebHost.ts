import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPlannerStore, type OpenStoreOptions, type PlannerStore } from '../db/index.js';
import type { Lang } from '../shared/domain/text.js';
import { translator } from '../shared/i18n/index.js';
import { hostSharedSync } from '../node/sharedDb/hostSharedSync.js';
import { listenWebHostServer } from './server.js';

/**
 * The browser host with the real store: opens the planner's SQLite store in `dataDir`
 * and serves the built renderer and the API on 127.0.0.1. Used by `npm run web` and,
 * programmatically, by the Playwright fixtures (a fresh data dir per test).
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_STATIC_ROOT = path.join(repoRoot, 'out', 'renderer');

/** The planner's version from package.json, as the desktop app reports it. */
export function appVersion(): string {
  return (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

interface StartWebHostOptions {
  dataDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Open the default browser at the URL (the CLI does unless --no-open). Default false here. */
  open?: boolean;
  /** The language of what the host itself prints (the CLI's --lang); default Dutch. */
  lang?: Lang;
  /** The built renderer; default out/renderer. */
  staticRoot?: string;
  /** Default: the version in package.json. */
  appVersion?: string;
  seedSample?: boolean;
  backupIntervalMinutes?: number;
  log?: (message: string, error?: unknown) => void;
  /** For tests of the host itself; the real store otherwise. */
  openStore?: (options: OpenStoreOptions) => PlannerStore;
}

export interface RunningWebHost {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  /** Stops the server, waits for pending backups, closes the store. */
  close(): Promise<void>;
}

export async function startWebHost(options: StartWebHostOptions): Promise<RunningWebHost> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  // Sends the shared database's outbox while the host runs (docs/shared-database.md).
  const sharedSync = hostSharedSync({ dataDir: options.dataDir, log });
  const store = (options.openStore ?? openPlannerStore)({
    dataDir: options.dataDir,
    sharedSync,
    appVersion: options.appVersion ?? appVersion(),
    log,
    ...(options.seedSample !== undefined ? { seedSample: options.seedSample } : {}),
    ...(options.backupIntervalMinutes !== undefined ? { backupIntervalMinutes: options.backupIntervalMinutes } : {}),
  });
  let server;
  try {
    server = await listenWebHostServer({
      handlers: store.handlers,
      staticRoot: options.staticRoot ?? DEFAULT_STATIC_ROOT,
      port: options.port ?? 0,
      log,
    });
  } catch (error) {
    store.close();
    throw error;
  }
  sharedSync.start(store.sharedOutbox);
  if (options.open) {
    const { openBrowser } = await import('./openBrowser.js');
    const couldNotOpen = translator(options.lang ?? 'nl').t('host.browserFailed');
    openBrowser(server.url, (error) => log(couldNotOpen, error));
  }
  let closing: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    token: server.token,
    dataDir: store.dataDir,
    close: () => {
      closing ??= (async () => {
        await server.close();
        // The last answer of a publish on its way is written before the store closes.
        await sharedSync.stop();
        await store.whenIdle();
        store.close();
      })();
      return closing;
    },
  };
}
