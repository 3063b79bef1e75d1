import { reaction } from 'mobx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateTeamCommand } from '../../../renderer/design/teamCommands.js';
import type { Team } from '../../../shared/domain/schemas.js';
import { openHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => h.close());

/**
 * Counts how often each field of the open team, and the plan's lists the design screen
 * reads, are seen to change: what a part of the design screen reading only that field
 * would render again for.
 */
function watchFields(): { changes: Map<string, number>; stop: () => void } {
  const changes = new Map<string, number>();
  const watched: [string, () => unknown][] = [
    ...(
      ['model', 'ageGroups', 'area', 'name', 'design', 'leader', 'consultations', 'frontField', 'mandate'] as const
    ).map((key): [string, () => unknown] => [key, () => h.root.plan.openTeam?.[key]]),
    ['functions', () => h.root.plan.functions],
    ['assignments', () => h.root.plan.assignments],
    ['openTeam', () => h.root.plan.openTeam],
  ];
  const stops = watched.map(([name, read]) =>
    reaction(read, () => void changes.set(name, (changes.get(name) ?? 0) + 1)),
  );
  return { changes, stop: () => stops.forEach((stop) => stop()) };
}

const edit = (patch: Partial<Omit<Team, 'id'>>) =>
  h.root.execute(updateTeamCommand(h.root, h.root.plan.openTeam!.id, patch));

describe("the open team's fields (PlanStore.openTeam)", () => {
  it('change one by one: a model choice changes the model only, not the functions, the ages or the team object', async () => {
    const shown = h.root.plan.openTeam!;
    expect(shown).toMatchObject(h.root.plan.plan!.team);
    const ages = shown.ageGroups;
    const { changes, stop } = watchFields();
    const other = shown.model === 'A2' ? 'A1' : 'A2';

    expect(await edit({ model: other })).toBe(true);
    expect(Object.fromEntries(changes)).toEqual({ model: 1 });
    expect(h.root.plan.openTeam).toBe(shown);
    expect(shown.model).toBe(other);
    expect(shown.ageGroups).toBe(ages);
    expect(shown).toEqual(h.root.plan.plan!.team);

    // An age group and a committed area: the same, each its own field.
    expect(await edit({ ageGroups: ages.slice(1) })).toBe(true);
    expect(await edit({ area: 'Noordoost' })).toBe(true);
    expect(Object.fromEntries(changes)).toEqual({ model: 1, ageGroups: 1, area: 1 });
    stop();
  });

  it('follow undo, redo and a refused save back', async () => {
    const shown = h.root.plan.openTeam!;
    const model = shown.model;
    const other = model === 'A2' ? 'A1' : 'A2';
    await edit({ model: other });
    await h.root.undo.undo();
    expect(shown.model).toBe(model);
    await h.root.undo.redo();
    expect(shown.model).toBe(other);

    h.failNext('teams.update');
    expect(await edit({ area: 'Geweigerd' })).toBe(false);
    expect(shown.area).toBe(h.root.plan.plan!.team.area);
    expect(shown.area).not.toBe('Geweigerd');
    expect(h.root.plan.openTeam).toBe(shown);
  });

  it('is another object for another team, and none without an open plan', async () => {
    const shown = h.root.plan.openTeam!;
    const other = h.root.teams.teams.find((t) => t.id !== shown.id)!;
    await h.root.openTeam(other.id);
    expect(h.root.plan.openTeam).not.toBe(shown);
    expect(h.root.plan.openTeam).toEqual(h.root.plan.plan!.team);
    expect(h.root.plan.openTeam!.id).toBe(other.id);
    h.root.plan.close();
    expect(h.root.plan.openTeam).toBeNull();
  });
});
