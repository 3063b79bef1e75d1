import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import type { StoreContext } from '../context.js';
import { sharedDbAddress } from '../shared/sharedDbAddress.js';
import { SharedOutbox } from '../shared/sharedOutbox.js';
import type { SharedSyncPort } from '../shared/sharedSyncPort.js';
import type { HandlerSlice } from './handlerTypes.js';

type SharedMethod = 'shared.publish' | 'shared.status';

/**
 * Publishing to the shared database, offline-first: `shared.publish` writes the plan to
 * the local outbox and answers at once; the host's drain (node/sharedDb/sharedSync.ts)
 * sends it right away when the server can be reached, or later. Without a host drain
 * (tests, the command line) the address alone decides whether publishing is possible.
 */
export function sharedHandlers(ctx: StoreContext, sync?: SharedSyncPort): HandlerSlice<SharedMethod> {
  const outbox = new SharedOutbox(ctx);
  const configured = () => (sync ? sync.configured() : sharedDbAddress() !== null);
  return {
    'shared.publish': ({ scenarioId }) => {
      // Queueing without a server would promise a publication that can never happen. A
      // conflict with this installation's set-up, not a transport refusal ('forbidden').
      if (!configured()) throw new ApiFailure('conflict', message('sharedDb.publish.notConfigured'));
      const queued = outbox.queue(scenarioId);
      sync?.kick();
      return { ...queued, queued: true as const };
    },
    'shared.status': () => ({ configured: configured(), ...outbox.status() }),
  };
}
