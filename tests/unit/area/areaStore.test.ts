import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { fail, ok } from '../../../shared/api/result.js';
import { ApiClient } from '../../../renderer/api/ApiClient.js';
import { AreaStore } from '../../../renderer/area/AreaStore.js';
import { message } from '../../../shared/i18n/message.js';
import { translator } from '../../../shared/i18n/translator.js';
import { input } from './areaFixtures.js';

/** The area screen's store over a fake transport that answers hr.overview with the fixture teams. */
function storeWith(answer: 'teams' | 'failure') {
  const calls: { method: string; params: unknown }[] = [];
  const transport = (async (method: string, params: unknown) => {
    calls.push({ method, params });
    if (answer === 'failure') return fail('storage', message('storage.busy'));
    return ok(input());
  }) as ApiTransport;
  const store = new AreaStore(new ApiClient(transport), () => {});
  return { store, calls };
}

describe('AreaStore', () => {
  it('reads the main scenarios of all teams in one call and lists the areas', async () => {
    const { store, calls } = storeWith('teams');
    await store.load();
    expect(calls).toEqual([{ method: 'hr.overview', params: { includeScenarios: false } }]);
    expect(store.areas.map((a) => a.name)).toEqual(['Anderwijk', 'Testwijk']);
    // Without an open team: the first area.
    expect(store.selected).toBe('Anderwijk');
  });

  it("starts on the open team's area, written any way, and keeps a chosen area when loading again", async () => {
    const { store } = storeWith('teams');
    await store.load(' testwijk');
    expect(store.selected).toBe('Testwijk');
    expect(store.view!.teams.map((t) => t.teamId)).toEqual(['jeugd', 'breed']);
    store.choose('Anderwijk');
    await store.load('Testwijk');
    expect(store.selected).toBe('Anderwijk');
    expect(store.view!.teams.map((t) => t.teamId)).toEqual(['elders']);
  });

  it("shows the store's message when the teams cannot be read", async () => {
    const { store } = storeWith('failure');
    await store.load();
    expect(translator('nl').render(store.error!)).toBe(translator('nl').t('storage.busy'));
    expect(store.view).toBeNull();
  });
});
