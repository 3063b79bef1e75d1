import type { ApiTransport } from '../../../shared/api/client.js';
import type { Result } from '../../../shared/api/result.js';
import { failWith } from './failWith.js';

/**
 * The browser host's transport: `POST /api/<method>` with a JSON body and the
 * per-launch token in `X-Planner-Token`. The host answers every outcome - success,
 * typed failure, refusal, malformed request - as a Result, so those pass straight
 * through; only a host that cannot be reached or answers something else becomes a
 * local failure here.
 */

/** The part of fetch this transport uses; `globalThis.fetch` fits, so do test doubles. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; credentials: 'omit'; cache: 'no-store' },
) => Promise<{ status: number; json(): Promise<unknown> }>;

interface HttpTransportOptions {
  fetch: FetchLike;
  /** The per-launch token; null sends none, and the host answers "forbidden" in Dutch. */
  token: string | null;
  /** Origin of the host; '' means the page's own origin (the normal case). */
  baseUrl?: string;
}

const TOKEN_HEADER_NAME = 'X-Planner-Token';

async function isResult(value: unknown): Promise<boolean> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const record = value as { ok: unknown; value?: unknown; error?: unknown };
  if (record.ok === true) return 'value' in record;
  if (record.ok !== false || typeof record.error !== 'object' || record.error === null) return false;
  const error = record.error as { code?: unknown; text?: unknown };
  if (typeof error.code !== 'string') return false;
  // Loaded for failures only, so the entry that sends the startup calls carries no zod.
  const { isMessageText } = await import('./messageCheck.js');
  return isMessageText(error.text);
}

const unreachable = () => failWith('internal', 'transport.webUnreachable');

export function createHttpTransport(options: HttpTransportOptions): ApiTransport {
  const base = options.baseUrl ?? '';
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token !== null) headers[TOKEN_HEADER_NAME] = options.token;

  const transport = async (method: string, input: unknown): Promise<Result<unknown>> => {
    let body: string;
    try {
      body = JSON.stringify(input ?? {});
    } catch {
      return failWith('validation', 'transport.unsendable');
    }
    try {
      const response = await options.fetch(`${base}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body,
        credentials: 'omit',
        cache: 'no-store',
      });
      const answer: unknown = await response.json();
      if (await isResult(answer)) return answer as Result<unknown>;
      return unreachable();
    } catch {
      return unreachable();
    }
  };
  return transport as ApiTransport;
}
