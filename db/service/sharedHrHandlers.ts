import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import type { SharedHrSnapshot } from '../shared/sharedHrSnapshot.js';
import { sharedHrInput } from '../shared/sharedHrInput.js';
import type { SharedSyncPort } from '../shared/sharedSyncPort.js';
import type { HandlerSlice } from './handlerTypes.js';

/**
 * HR's optional source "gedeelde database": the host reads the server, this turns it into
 * the HR overview's usual input (db/shared/sharedHrInput.ts) and keeps it as HR's shared
 * source (`hr.summary` and the exports with `source: 'shared'`). Nothing is written locally.
 * `shared.hrOverview` hands over the whole input (as `hr.overview` does for the local
 * data); the screen uses `shared.hrPull`, which answers only when and how many.
 */
export function sharedHrHandlers(
  sync: SharedSyncPort | undefined,
  snapshot: SharedHrSnapshot,
): HandlerSlice<'shared.hrOverview' | 'shared.hrPull'> {
  const pull = async () => {
    if (!sync) throw new ApiFailure('conflict', message('sharedDb.pull.notConfigured'));
    const pulled = await sync.pull();
    const { pulledAt, ...input } = sharedHrInput(pulled);
    snapshot.set(input, pulledAt);
    // Plans this planner cannot read are left out of the overview; the screen says how many.
    return { pulledAt, input, unreadable: pulled.teams.filter((team) => team.plan === null).length };
  };
  return {
    'shared.hrOverview': async () => {
      const { pulledAt, input } = await pull();
      return { ...input, pulledAt };
    },
    'shared.hrPull': async () => {
      const { pulledAt, input, unreadable } = await pull();
      return { pulledAt, teams: input.scenarios.length, unreadable };
    },
  };
}
