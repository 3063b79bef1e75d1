import { autorun } from 'mobx';
import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { fail, ok } from '../../../shared/api/result.js';
import { ApiClient } from '../../../renderer/api/ApiClient.js';
import { HrStore } from '../../../renderer/hr/HrStore.js';
import { localToday } from '../../../shared/domain/today.js';
import { INPUT } from './hrFixtures.js';
import { translator } from '../../../shared/i18n/translator.js';
import { message } from '../../../shared/i18n/message.js';

/** The HR screen's store over a fake transport that answers hr.overview with the fixture teams. */
function storeWith(answer: 'teams' | 'failure') {
  const calls: string[] = [];
  const transport = (async (method: string) => {
    calls.push(method);
    if (answer === 'failure') return fail('storage', message('storage.busy'));
    return ok(INPUT);
  }) as ApiTransport;
  const notes: string[] = [];
  const store = new HrStore(
    new ApiClient(transport),
    (_kind, text) => notes.push(translator('nl').render(text)),
    () => new Date(2026, 10, 23, 23, 30),
  );
  return { store, calls, notes };
}

describe('HrStore', () => {
  it('reads every team in one call and judges dates by the local calendar day', async () => {
    const { store, calls } = storeWith('teams');
    expect(store.today).toBe('2026-11-23');
    expect(localToday(new Date(2026, 0, 5, 0, 10))).toBe('2026-01-05');
    await store.load();
    expect(calls).toEqual(['hr.overview']);
    expect(store.overview!.rows.map((r) => r.teamName)).toEqual(['Wijkteam Noord', 'Wijkteam Zuid']);
  });

  it('a filter, the months or the variants toggle redo only the lists, never the engine per team', async () => {
    const { store } = storeWith('teams');
    await store.load();
    const seen: unknown[] = [];
    const stop = autorun(() => seen.push(store.overview));
    const analyses = store.analyses;
    store.setFilter({ model: 'A2' });
    expect(store.overview!.rows.map((r) => r.teamName)).toEqual(['Wijkteam Zuid']);
    store.setAssessmentMonths(6);
    store.setIncludeScenarios(true);
    expect(store.analyses).toBe(analyses);
    expect(seen).toHaveLength(4);
    stop();
    // Kept while the HR screen is closed, so the next visit does not run the engine again.
    expect(store.analyses).toBe(analyses);
  });

  it('keeps the months within 1 to 240 whole months', () => {
    const { store } = storeWith('teams');
    for (const bad of [0, -3, 2.5, 241, Number.NaN]) store.setAssessmentMonths(bad);
    expect(store.assessmentMonths).toBe(24);
    store.setAssessmentMonths(12);
    expect(store.assessmentMonths).toBe(12);
  });

  it('shows the store message when reading fails, and keeps no stale overview', async () => {
    const { store } = storeWith('failure');
    await store.load();
    expect(store.error && translator('nl').render(store.error)).toBe(
      'De gegevens zijn even bezet door een ander programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
    );
    expect(store.overview).toBeNull();
    expect(store.loading).toBe(false);
  });
});
