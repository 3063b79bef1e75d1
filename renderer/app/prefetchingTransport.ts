import type { ApiTransport } from '../../shared/api/client.js';
import type { Result } from '../../shared/api/result.js';
import type { StartupCall } from './startupCalls.js';

export interface PrefetchingTransport {
  /** Answers each prefetched call once from its early answer; every other call goes out as usual. */
  transport: ApiTransport;
  /** Drops early answers nobody asked for (after the start), so a later call always reads the store anew. */
  forget(): void;
}

function callKey(method: string, input: unknown): string {
  return `${method} ${JSON.stringify(input ?? {})}`;
}

/**
 * Sends `calls` at once over `transport` and keeps their answers for the first identical
 * call (same method, same input). Cold start: the entry module sends the startup calls
 * before the app's code is loaded, so the store works on them while the browser
 * evaluates the bundle, instead of after. Each early answer is used once: a second
 * `teams.list` after an edit must see the edit, so it goes to the store.
 */
export function prefetching(transport: ApiTransport, calls: readonly StartupCall[]): PrefetchingTransport {
  const early = new Map<string, Promise<Result<unknown>>>();
  const send = transport as (method: string, input: unknown) => Promise<Result<unknown>>;
  for (const call of calls) {
    const answer = send(call.method, call.input);
    // Transports answer failures as Results; should one reject anyway, that surfaces at
    // the call that uses it, not as an unhandled rejection of an answer nobody used.
    answer.catch(() => undefined);
    early.set(callKey(call.method, call.input), answer);
  }
  const served = async (method: string, input: unknown): Promise<Result<unknown>> => {
    const key = callKey(method, input);
    const answer = early.get(key);
    if (answer === undefined) return send(method, input);
    early.delete(key);
    return answer;
  };
  return { transport: served as ApiTransport, forget: () => early.clear() };
}
