import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract.js';

/**
 * Calls the browser host's API from the test process, the way the renderer does
 * (POST /api/<method> with the launch token), to read what was really stored.
 */
export function apiFor(url: string) {
  const { origin, hash } = new URL(url);
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? '';
  return async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Planner-Token': token },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!result.ok) throw new Error(`${method}: ${result.error?.message ?? 'failed'}`);
    return result.value as ApiOutput<M>;
  };
}

export type Api = ReturnType<typeof apiFor>;
