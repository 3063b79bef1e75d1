import { when } from 'mobx';
import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { Result } from '../../../shared/api/result.js';
import { memoryStorage } from '../../../renderer/app/KeyValueStorage.js';
import { RootStore } from '../../../renderer/app/RootStore.js';
import { openHarness } from './harness.js';

describe('RootStore.start (cold start)', () => {
  it('shows the board before the people list arrives, and resolves once it has', async () => {
    const h = await openHarness();
    try {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const transport = (async (method: string, input: unknown) => {
        // The people screen's list comes last; the board must not wait for it.
        if (method === 'professionals.list') await held;
        return (await dispatch(h.store.handlers, method, input)) as Result<unknown>;
      }) as ApiTransport;
      const root = new RootStore(transport, memoryStorage());
      let started = false;
      const start = root.start().then(() => (started = true));
      await when(() => root.ready);
      expect(root.startupError).toBeNull();
      expect(root.plan.plan?.professionals.length).toBeGreaterThan(10);
      expect(root.peopleLoaded).toBe(false);
      expect(root.professionals.list).toHaveLength(0);
      expect(started).toBe(false);
      release();
      await start;
      expect(root.peopleLoaded).toBe(true);
      expect(root.professionals.list).toHaveLength(root.plan.plan!.professionals.length);
    } finally {
      await h.close();
    }
  });

  it('a failing people list is a startup error, as before', async () => {
    const h = await openHarness();
    try {
      const transport = (async (method: string, input: unknown) => {
        if (method === 'professionals.list')
          return { ok: false, error: { code: 'storage', text: { key: 'storage.busy' } } };
        return (await dispatch(h.store.handlers, method, input)) as Result<unknown>;
      }) as ApiTransport;
      const root = new RootStore(transport, memoryStorage());
      await root.start();
      expect(root.startupError).toEqual({ key: 'storage.busy' });
      expect(root.peopleLoaded).toBe(false);
    } finally {
      await h.close();
    }
  });
});
