import type { StoreContext } from '../context.js';
import { schemaVersion } from '../migrations/index.js';
import type { Notice } from '../openDatabase.js';
import { removeSample } from '../sample.js';
import type { HandlerSlice } from './handlerTypes.js';

type MaintenanceMethod = 'app.info' | 'sample.remove';

export interface AppFacts {
  appVersion: string;
  dataDir: string;
  notice: () => Notice | null;
}

export function maintenanceHandlers(ctx: StoreContext, facts: AppFacts): HandlerSlice<MaintenanceMethod> {
  return {
    'app.info': () => ({
      version: facts.appVersion,
      dataDir: facts.dataDir,
      schemaVersion: schemaVersion(ctx.db),
      notice: facts.notice(),
    }),
    'sample.remove': () => {
      ctx.write(() => removeSample(ctx));
      return { done: true as const };
    },
  };
}
