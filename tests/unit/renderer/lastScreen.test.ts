import { describe, expect, it } from 'vitest';
import type { ApiTransport } from '../../../shared/api/client.js';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { Result } from '../../../shared/api/result.js';
import type { KeyValueStorage } from '../../../renderer/app/KeyValueStorage.js';
import { RootStore } from '../../../renderer/app/RootStore.js';
import { LAST_SCENARIO_KEY } from '../../../renderer/app/startupCalls.js';
import { openHarness, type Harness } from './harness.js';

/** A second start of the app on the same data and the same remembered preferences (F5, a restart). */
async function restart(h: Harness, storage: KeyValueStorage): Promise<RootStore> {
  const transport = (async (method: string, input: unknown) =>
    (await dispatch(h.store.handlers, method, input)) as Result<unknown>) as ApiTransport;
  const root = new RootStore(transport, storage);
  await root.start();
  return root;
}

describe('the last screen, after a reload', () => {
  it('comes back with the last scenario, and each screen the user goes to is the one remembered', async () => {
    const h = await openHarness();
    try {
      const { storage, root: first } = h;
      const team = first.teams.teams[1]!;
      await first.openScenario(first.teams.mainScenario(team.id)!.id);
      first.ui.show('professionals');
      const second = await restart(h, storage);
      expect(second.plan.view?.teamId).toBe(team.id);
      expect(second.ui.screen).toBe('professionals');
      // The reload left no focus: the screen's heading takes it (App.tsx), so a screen reader says where the user is.
      expect(second.ui.focusRequest).toEqual({ kind: 'screenHeading' });
      second.ui.show('catalogue');
      expect((await restart(h, storage)).ui.screen).toBe('catalogue');
    } finally {
      await h.close();
    }
  });

  it('is the board when the last scenario is gone, the last screen was the print preview, or the value is unknown', async () => {
    const h = await openHarness();
    try {
      const { storage, root: first } = h;
      first.ui.show('hr');
      // The print preview is not remembered: the screen before it is.
      first.ui.show('print');
      await first.openScenario(first.teams.mainScenario(first.teams.teams[0]!.id)!.id);
      expect((await restart(h, storage)).ui.screen).toBe('hr');

      storage.setItem('wtp.lastScreen', 'print');
      expect((await restart(h, storage)).ui.screen).toBe('board');
      storage.setItem('wtp.lastScreen', 'planning');
      expect((await restart(h, storage)).ui.screen).toBe('board');

      // Another data file: the remembered scenario is not there, the first team opens on the board.
      storage.setItem('wtp.lastScreen', 'professionals');
      storage.setItem(LAST_SCENARIO_KEY, 'no-such-scenario');
      expect((await restart(h, storage)).ui.screen).toBe('board');
    } finally {
      await h.close();
    }
  });

  it('comes back on the first start too, when the app opened the first team itself', async () => {
    const h = await openHarness();
    try {
      // The harness started on empty storage: nothing was chosen, the first team opened.
      h.root.ui.show('scenarios');
      const again = await restart(h, h.storage);
      expect(again.plan.view?.scenarioId).toBe(h.root.plan.view?.scenarioId);
      expect(again.ui.screen).toBe('scenarios');
    } finally {
      await h.close();
    }
  });
});
