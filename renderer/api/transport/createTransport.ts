import type { ApiTransport } from '../../../shared/api/client.js';
import { getDesktopBridge } from './desktopBridge.js';
import { createHttpTransport, type FetchLike } from './httpTransport.js';
import { createIpcTransport } from './ipcTransport.js';
import { takeLaunchToken, type LaunchTokenEnvironment } from './launchToken.js';

/**
 * The one way the UI gets its transport: IPC when the Electron preload is present,
 * otherwise HTTP to the browser host that served this page. The environment defaults
 * to the page's globals and is a parameter only so tests can pass their own.
 */
type TransportEnvironment = LaunchTokenEnvironment & { planner?: unknown; fetch: FetchLike };

export function createTransport(
  env: TransportEnvironment = globalThis as unknown as TransportEnvironment,
): ApiTransport {
  const bridge = getDesktopBridge(env);
  if (bridge) return createIpcTransport(bridge);
  // Bound: window.fetch throws "Illegal invocation" when called off its object.
  const fetchFn: FetchLike = (url, init) => env.fetch.call(globalThis, url, init);
  return createHttpTransport({ fetch: fetchFn, token: takeLaunchToken(env) });
}
