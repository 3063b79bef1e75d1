import { afterEach, describe, expect, it } from 'vitest';
import { removeScenario } from '../../../renderer/app/removals.js';
import { duplicateScenarioCommand } from '../../../renderer/scenarios/scenarioCommands.js';
import { dutch, openHarness, type Harness } from './harness.js';

/** Deleting a variant over the real store: which scenario is open afterwards, and where the focus goes. */

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

async function twoVariants(harness: Harness) {
  const root = harness.root;
  const { teamId, scenarioId: mainId } = root.plan.view!;
  await root.execute(duplicateScenarioCommand(root, mainId, 'Eerdere opzet'));
  await root.execute(duplicateScenarioCommand(root, mainId, 'Plan D'));
  const byName = (name: string) => root.teams.byId.get(teamId)!.scenarios.find((s) => s.name === name)!;
  return { root, teamId, mainId, earlier: byName('Eerdere opzet'), planD: byName('Plan D') };
}

describe('removeScenario', () => {
  it('keeps the open scenario open when another variant is deleted', async () => {
    h = await openHarness();
    const { root, mainId, earlier, planD } = await twoVariants(h);
    await root.openScenario(earlier.id);
    expect(root.plan.view!.scenarioId).toBe(earlier.id);

    await removeScenario(root, planD.id);
    expect(root.teams.scenarioById.has(planD.id)).toBe(false);
    expect(root.plan.view!.scenarioId).toBe(earlier.id);
    expect(dutch(root.ui.toasts.at(-1)?.text)).toContain('Plan D');
    // Its button is gone: the main scenario's row takes the focus, as before.
    expect(root.ui.focusRequest).toEqual({ kind: 'scenario', scenarioId: mainId });
  });

  it('opens the main scenario when the open one is deleted, and drops the history that pointed into it', async () => {
    h = await openHarness();
    const { root, mainId, planD } = await twoVariants(h);
    // Opened by a command that keeps the history (as "Open als scenario" does).
    await root.openInCommand(planD.id);
    expect(root.undo.canUndo).toBe(true);

    await removeScenario(root, planD.id);
    expect(root.plan.view!.scenarioId).toBe(mainId);
    expect(root.undo.canUndo).toBe(false);
  });

  it('drops the history when another variant is deleted: undoing its "Kopie maken" would delete it again', async () => {
    h = await openHarness();
    const { root, earlier, planD } = await twoVariants(h);
    await root.openInCommand(earlier.id);
    expect(root.undo.nextUndo).toMatchObject({ key: 'cmd.scenarioAdd' });

    await removeScenario(root, planD.id);
    expect(root.plan.view!.scenarioId).toBe(earlier.id);
    expect(root.undo.canUndo).toBe(false);
  });
});
