import { afterEach, describe, expect, it } from 'vitest';
import { composedScenarioCommand, freeScenarioName } from '../../../renderer/compose/composeCommands.js';
import { ComposeStore } from '../../../renderer/compose/ComposeStore.js';
import { statusMessage } from '../../../renderer/compose/composeWords.js';
import { dutch, openHarness, type Harness } from './harness.js';

/** The "Stel samen" dialog's state machine and its command, over the real store. */

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('ComposeStore', () => {
  it('shows progress at once, ends with a result, and the result becomes an undoable scenario', async () => {
    h = await openHarness();
    const root = h.root;
    const scenarioId = root.plan.view!.scenarioId;
    const store = new ComposeStore(root.api, scenarioId);
    store.change('keepMembers', false);
    store.change('timeLimitSeconds', 20);
    const started = store.start();
    // Before the store process has even answered: the dialog already shows progress.
    expect(store.phase).toBe('running');
    expect(store.stage).toBe('preparing');
    await started;
    await until(() => store.phase !== 'running');
    expect(store.phase).toBe('done');
    const result = store.result!;
    expect(['optimal', 'feasible']).toContain(result.status);
    expect(dutch(statusMessage(result))).toMatch(/^(Bewezen optimaal|Goed)/);

    const teamId = root.plan.view!.teamId;
    const names = () => root.teams.byId.get(teamId)!.scenarios.map((s) => s.name);
    let created: string | null = null;
    await root.execute(
      composedScenarioCommand(root, scenarioId, 'Samengesteld', result.assignments, (id) => {
        created = id;
        root.ui.showComparison(scenarioId, id);
      }),
    );
    expect(names()).toContain('Samengesteld');
    expect(root.ui.screen).toBe('scenarios');
    expect(root.ui.comparePair).toEqual({ a: scenarioId, b: created });
    expect(dutch(root.undo.nextUndo!)).toBe('Teamsamenstelling in scenario Samengesteld');
    await root.undo.undo();
    expect(names()).not.toContain('Samengesteld');
    await root.undo.redo();
    expect(names()).toContain('Samengesteld');
  });

  it('cancels: back to the settings, and the job in the store is cancelled', async () => {
    h = await openHarness();
    const store = new ComposeStore(h.root.api, h.root.plan.view!.scenarioId);
    store.change('keepMembers', false);
    store.change('timeLimitSeconds', 60);
    await store.start();
    store.cancel();
    expect(store.phase).toBe('form');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(store.phase).toBe('form');
    expect(h.calls).toContain('compose.cancel');
    // A new run on the same scenario is allowed at once.
    await store.start();
    await until(() => store.phase !== 'running');
    expect(store.phase).toBe('done');
  });

  it('names a composed scenario that is not taken yet', () => {
    expect(freeScenarioName('Samengesteld', ['Huidig'])).toBe('Samengesteld');
    expect(freeScenarioName('Samengesteld', ['samengesteld', 'Samengesteld 2'])).toBe('Samengesteld 3');
  });
});
