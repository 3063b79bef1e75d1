import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { ApiError } from '../../../shared/api/result.js';
import { openPlannerStore, type OpenStoreOptions, type PlannerStore } from '../../../db/index.js';
import { nl } from '../../support/inLanguage.js';
import { plainTeamInput } from '../../support/teamInput.js';

/** Real SQLite files in a fresh temp directory per test; calls go through dispatch, as over IPC. */

export function tempDir(prefix = 'planner-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestStore extends PlannerStore {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  fail<M extends ApiMethod>(method: M, input: unknown): Promise<ApiError>;
  logged: string[];
}

export function openTestStore(options: Partial<OpenStoreOptions> = {}): TestStore {
  const logged: string[] = [];
  const store = openPlannerStore({
    dataDir: options.dataDir ?? tempDir(),
    appVersion: '0.1.0-test',
    log: (msg) => logged.push(msg),
    ...options,
  });
  return {
    ...store,
    handlers: store.handlers,
    dataDir: store.dataDir,
    whenIdle: () => store.whenIdle(),
    close: () => store.close(),
    logged,
    async call(method, input) {
      const result = await dispatch(store.handlers, method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${nl(result.error.text)}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await dispatch(store.handlers, method, input);
      if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
      return result.error;
    },
  };
}

export const sampleTeamInput = plainTeamInput('Wijkteam Test', 'Testwijk');

export const personInput: ApiInput<'professionals.create'> & { name: string } = {
  name: 'Test Persoon',
  discipline: 'socialWorker',
  organisation: 'Welzijn Test',
  binding: 'functional',
  contractHours: 32,
  ratings: { empathy: 3, coaching: 2 },
  expertise: [{ key: 'income', level: 2 }],
  assessedOn: '2025-01-02',
};
