import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { Result } from '../../../shared/api/result.js';
import { prefetching } from '../../../renderer/app/prefetchingTransport.js';
import { startupCalls } from '../../../renderer/app/startupCalls.js';
import { memoryStorage } from '../../../renderer/app/KeyValueStorage.js';
import { RootStore } from '../../../renderer/app/RootStore.js';
import { openHarness } from './harness.js';

/** A transport that records what was sent and answers each call with a fresh counter, so a reuse shows. */
function countingTransport() {
  const sent: string[] = [];
  let answers = 0;
  const transport = (async (method: string, input: unknown) => {
    sent.push(`${method} ${JSON.stringify(input)}`);
    answers += 1;
    return { ok: true, value: answers } satisfies Result<number>;
  }) as ApiTransport;
  return { transport, sent };
}

describe('prefetching transport (cold start)', () => {
  it('sends the startup calls at once, the plan of the last scenario first', () => {
    const { transport, sent } = countingTransport();
    prefetching(transport, startupCalls('s-1'));
    expect(sent).toEqual([
      'plan.get {"scenarioId":"s-1"}',
      'app.info {}',
      'catalogue.get {}',
      'teams.list {}',
      'professionals.list {}',
    ]);
    expect(startupCalls(null).map((c) => c.method)).not.toContain('plan.get');
  });

  it('answers the first identical call from the early answer, and only once', async () => {
    const { transport, sent } = countingTransport();
    const early = prefetching(transport, startupCalls(null));
    const first = await early.transport('teams.list', {});
    expect(first).toEqual({ ok: true, value: 3 });
    expect(sent).toHaveLength(4);
    // A second teams.list (after an edit, say) must read the store again.
    expect(await early.transport('teams.list', {})).toEqual({ ok: true, value: 5 });
    expect(sent).toHaveLength(5);
  });

  it('sends calls with another input, and everything after forget(), to the store', async () => {
    const { transport, sent } = countingTransport();
    const early = prefetching(transport, startupCalls('s-1'));
    await early.transport('plan.get', { scenarioId: 's-2' });
    expect(sent.at(-1)).toBe('plan.get {"scenarioId":"s-2"}');
    early.forget();
    await early.transport('plan.get', { scenarioId: 's-1' });
    expect(sent.filter((s) => s === 'plan.get {"scenarioId":"s-1"}')).toHaveLength(2);
  });

  it('RootStore.start makes exactly the startup calls: with them prefetched, nothing is asked twice', async () => {
    const h = await openHarness();
    try {
      const scenarioId = h.root.plan.view!.scenarioId;
      const storage = memoryStorage();
      storage.setItem('wtp.lastScenario', scenarioId);
      const sent: string[] = [];
      const transport = (async (method: string, input: unknown) => {
        sent.push(method);
        return dispatch(h.store.handlers, method, input);
      }) as ApiTransport;
      const early = prefetching(transport, startupCalls(scenarioId));
      const root = new RootStore(early.transport, storage);
      await root.start();
      expect(root.startupError).toBeNull();
      expect(root.plan.view?.scenarioId).toBe(scenarioId);
      expect(sent.sort()).toEqual(['app.info', 'catalogue.get', 'plan.get', 'professionals.list', 'teams.list']);
    } finally {
      await h.close();
    }
  });
});
