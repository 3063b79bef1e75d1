import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import { sharedHrInput } from '../shared/sharedHrInput.js';
import type { SharedSyncPort } from '../shared/sharedSyncPort.js';
import type { HandlerSlice } from './handlerTypes.js';

/**
 * HR's optional source "gedeelde database": the host reads the server, this turns it into
 * the HR overview's usual input (db/shared/sharedHrInput.ts). Nothing is written locally.
 */
export function sharedHrHandlers(sync?: SharedSyncPort): HandlerSlice<'shared.hrOverview'> {
  return {
    'shared.hrOverview': async () => {
      if (!sync) throw new ApiFailure('conflict', message('sharedDb.pull.notConfigured'));
      return sharedHrInput(await sync.pull());
    },
  };
}
