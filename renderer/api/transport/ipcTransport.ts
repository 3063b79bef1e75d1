import type { ApiTransport } from '../../../shared/api/client.js';
import type { PlannerDesktopBridge } from '../../../shared/api/desktopBridge.js';
import { fail, type Result } from '../../../shared/api/result.js';
import { message } from '../../../shared/i18n/message.js';

/**
 * The Electron transport: the preload's `window.planner.invoke`, which calls the
 * contract method's own IPC channel. Main validates and answers a Result; a rejected
 * promise only happens when IPC itself broke (e.g. the main process is shutting down).
 */
export function createIpcTransport(bridge: Pick<PlannerDesktopBridge, 'invoke'>): ApiTransport {
  const transport = async (method: string, input: unknown): Promise<Result<unknown>> => {
    try {
      return await (bridge.invoke as (m: string, i: unknown) => Promise<Result<unknown>>)(method, input);
    } catch {
      return fail('internal', message('hostError.connectionLost'));
    }
  };
  return transport as ApiTransport;
}
