import { ApiFailure } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import type { StoreContext } from '../context.js';
import { sharedDbAddress } from '../shared/sharedDbAddress.js';
import { SharedOutbox } from '../shared/sharedOutbox.js';
import type { HandlerSlice } from './handlerTypes.js';

type SharedMethod = 'shared.publish' | 'shared.status';

/**
 * Publishing to the shared database, offline-first: `shared.publish` writes the plan to
 * the local outbox and answers at once; the host's drain (node/sharedDb/drainOutbox.ts)
 * sends it whenever the server can be reached.
 */
export function sharedHandlers(
  ctx: StoreContext,
  configured: () => boolean = () => sharedDbAddress() !== null,
): HandlerSlice<SharedMethod> {
  const outbox = new SharedOutbox(ctx);
  return {
    'shared.publish': ({ scenarioId }) => {
      // Queueing without a server would promise a publication that can never happen. A
      // conflict with this installation's set-up, not a transport refusal ('forbidden').
      if (!configured()) throw new ApiFailure('conflict', message('sharedDb.publish.notConfigured'));
      return { ...outbox.queue(scenarioId), queued: true as const };
    },
    'shared.status': () => ({ configured: configured(), ...outbox.status() }),
  };
}
