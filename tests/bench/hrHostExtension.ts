/**
 * What the HR bench adds to a browser host running in a process of its own
 * (ui/hostProcess.ts, argv[2] the build's `webhost/startWebHost.ts`): a host whose store
 * opens without its idle warm-up, and how far that warm-up got, read where it runs. The
 * build's own modules are loaded from beside its host module, so the warm-up watched is the
 * one its host runs, for this branch and for the old code alike.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as DbModule from '../../db/index.js';
import type * as HrAnalysesModule from '../../db/export/hrAnalyses.js';
import type { OpenStoreOptions } from '../../db/index.js';
import { extendHostProcess } from './ui/childHost.js';
import { warmUpDone, warmUpSoFar } from './hrWarmUpWatch.js';

/** A start's setup: with the warm-up as the app runs it, or without. */
export interface HrHostSetup {
  warmUp: boolean;
}
/** About the warm-up of the host started last: 'done' answers when it is done, 'soFar' at once. */
export type HrHostQuestion = 'done' | 'soFar';

const root = path.resolve(path.dirname(process.argv[2]!), '..');
const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);
const db = (await load('db/index.ts')) as typeof DbModule;
const proto = ((await load('db/export/hrAnalyses.ts')) as typeof HrAnalysesModule).HrAnalysesStore.prototype;

let done: ReturnType<typeof warmUpDone> | null = null;
let soFar: ReturnType<typeof warmUpSoFar> = () => ({ steps: 0, done: false });

extendHostProcess({
  // Called right before the host starts: the warm-up is watched from before the store opens.
  startOptions: (setup) => {
    if (!(setup as HrHostSetup).warmUp) {
      done = null;
      return { openStore: (options: OpenStoreOptions) => db.openPlannerStore({ ...options, hrWarmUp: false }) };
    }
    done = warmUpDone(proto, performance.now());
    soFar = warmUpSoFar(proto);
    return {};
  },
  answer: (question) => {
    switch (question as HrHostQuestion) {
      case 'done':
        if (!done) throw new Error('hrHostExtension: the host was started without its warm-up');
        return done;
      case 'soFar':
        return soFar();
    }
  },
});
