import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApiTransport } from '../../../shared/api/client.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { Result } from '../../../shared/api/result.js';
import { openPlannerStore, type PlannerStore } from '../../../db/index.js';
import { memoryStorage, type KeyValueStorage } from '../../../renderer/app/KeyValueStorage.js';
import { RootStore } from '../../../renderer/app/RootStore.js';
import type { Message } from '../../../shared/i18n/message.js';
import { translator } from '../../../shared/i18n/translator.js';

/**
 * A RootStore over the real SQLite store in a temp dir, through the same dispatch the
 * hosts use. `failNext` makes the next call of a method fail the way the store would,
 * to test rollbacks.
 */
export interface Harness {
  root: RootStore;
  store: PlannerStore;
  /** What the page keeps over a reload (localStorage in the app). */
  storage: KeyValueStorage;
  calls: string[];
  failNext(method: string): void;
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wtp-ui-'));
  const store = openPlannerStore({ dataDir, appVersion: '0.0.0-test', backupIntervalMinutes: 24 * 60 });
  const calls: string[] = [];
  const failing = new Set<string>();
  const transport = (async (method: string, input: unknown) => {
    calls.push(method);
    if (failing.delete(method)) {
      return { ok: false, error: { code: 'storage', text: { key: 'storage.busy' } } };
    }
    return (await dispatch(store.handlers, method, input)) as Result<unknown>;
  }) as ApiTransport;
  const storage = memoryStorage();
  const root = new RootStore(transport, storage);
  await root.start();
  return {
    root,
    store,
    storage,
    calls,
    failNext: (method) => void failing.add(method),
    close: async () => {
      await root.undo.idle();
      await store.whenIdle();
      store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A kept message (toast, undo label) as the Dutch screen shows it; undefined when there is none. */
export function dutch(text: Message | undefined): string | undefined {
  return text && translator('nl').render(text);
}
