import { afterEach, describe, expect, it } from 'vitest';
import { adoptScenarioCommand, duplicateScenarioCommand } from '../../../renderer/scenarios/scenarioCommands.js';
import { openHarness, type Harness } from './harness.js';

/** Adopting a scenario ("Vaststellen") over the real store: what is open, what is main, what things are called. */

let h: Harness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

describe('adoptScenarioCommand', () => {
  it('opens the adopted scenario, renames the former "Hoofdscenario", and undo puts all three back', async () => {
    h = await openHarness();
    const root = h.root;
    const { teamId, scenarioId: mainId } = root.plan.view!;
    expect(root.teams.scenarioById.get(mainId)).toMatchObject({ name: 'Hoofdscenario', isMain: true });
    await root.execute(duplicateScenarioCommand(root, mainId, 'Samengesteld'));
    const variant = root.teams.byId.get(teamId)!.scenarios.find((s) => s.name === 'Samengesteld')!;
    // Made, not opened: the main scenario is still the open one.
    expect(root.plan.view!.scenarioId).toBe(mainId);
    const listed = () => root.teams.byId.get(teamId)!.scenarios.map((s) => [s.name, s.isMain]);

    await root.execute(adoptScenarioCommand(root, variant.id, root.openInCommand));
    expect(root.plan.view!.scenarioId).toBe(variant.id);
    expect(listed()).toEqual([
      ['Samengesteld', true],
      ['Vorig hoofdscenario', false],
    ]);

    await root.undo.undo();
    expect(root.plan.view!.scenarioId).toBe(mainId);
    expect(listed()).toEqual([
      ['Hoofdscenario', true],
      ['Samengesteld', false],
    ]);
    // The duplicate before it is still undoable: the history was kept.
    expect(root.undo.canUndo).toBe(true);

    await root.undo.redo();
    expect(root.plan.view!.scenarioId).toBe(variant.id);
    expect(listed()).toEqual([
      ['Samengesteld', true],
      ['Vorig hoofdscenario', false],
    ]);
  });

  it('adopting the open scenario keeps it open, and a main scenario the user named keeps its name', async () => {
    h = await openHarness();
    const root = h.root;
    const { teamId, scenarioId: mainId } = root.plan.view!;
    await root.execute(duplicateScenarioCommand(root, mainId, 'Variant'));
    const variant = root.teams.byId.get(teamId)!.scenarios.find((s) => s.name === 'Variant')!;
    await root.openScenario(variant.id);
    await root.api.call('scenarios.rename', { scenarioId: mainId, name: 'Plan 2026' });
    await root.teams.load();

    await root.execute(adoptScenarioCommand(root, variant.id, root.openInCommand));
    expect(root.plan.view!.scenarioId).toBe(variant.id);
    expect(root.teams.scenarioById.get(mainId)).toMatchObject({ name: 'Plan 2026', isMain: false });
    await root.undo.undo();
    expect(root.plan.view!.scenarioId).toBe(variant.id);
    expect(root.teams.scenarioById.get(mainId)).toMatchObject({ name: 'Plan 2026', isMain: true });
  });
});
