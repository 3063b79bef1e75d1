import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';

/**
 * Another municipality sends team A's file: Sanne gives 16 hours to A and 24 to team B
 * there. Imported alone, this planner does not hold B, so it cannot count those 24 hours;
 * `plan.unknownHoursElsewhere` names them. Imported together with B, nothing is unknown.
 */
const stores: TestStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function open(): TestStore {
  const store = openTestStore({ seedSample: false });
  stores.push(store);
  return store;
}

async function otherMunicipality() {
  const there = open();
  const sanne = await there.call('professionals.create', { ...personInput, name: 'Sanne Mulder', contractHours: 32 });
  const a = await there.call('teams.create', { ...sampleTeamInput, name: 'Team A', functionTemplateKeys: ['access'] });
  const b = await there.call('teams.create', { ...sampleTeamInput, name: 'Team B', functionTemplateKeys: ['youth'] });
  const fnOf = async (scenarioId: string) => (await there.call('plan.get', { scenarioId })).plan.functions[0]!;
  await there.call('assignments.set', {
    functionId: (await fnOf(a.scenarios[0]!.id)).id,
    professionalId: sanne.id,
    hours: 16,
  });
  await there.call('assignments.set', {
    functionId: (await fnOf(b.scenarios[0]!.id)).id,
    professionalId: sanne.id,
    hours: 24,
  });
  const fileA = await there.call('plan.export', { scenarioId: a.scenarios[0]!.id, includePool: false });
  const fileB = await there.call('plan.export', { scenarioId: b.scenarios[0]!.id, includePool: false });
  return { sanne, fileA, fileB };
}

type Imported = { scenarioId: string; hoursInOtherTeams: Record<string, number> };

async function importInto(here: TestStore, plan: unknown): Promise<Imported> {
  const result = await here.call('plan.import', { plan, onConflict: 'ask' });
  if (result.status !== 'imported') throw new Error('conflict');
  return { scenarioId: result.scenarioId, hoursInOtherTeams: result.hoursInOtherTeams ?? {} };
}

describe('hours in other teams that an imported file names and this planner does not hold', () => {
  it('one team imported alone: its person’s hours in the team left behind are named', async () => {
    const { sanne, fileA } = await otherMunicipality();
    const here = open();
    const imported = await importInto(here, fileA);
    expect(imported.hoursInOtherTeams).toEqual({ [sanne.id]: 24 });
    expect(await here.call('plan.unknownHoursElsewhere', { teams: [imported] })).toEqual([
      { id: sanne.id, name: 'Sanne Mulder', hours: 24 },
    ]);
    // What the board counts here: none of those 24 hours.
    const view = await here.call('plan.get', { scenarioId: imported.scenarioId });
    expect(view.hoursElsewhere[sanne.id] ?? 0).toBe(0);
  });

  it('both teams imported in one batch: nothing is unknown', async () => {
    const { fileA, fileB } = await otherMunicipality();
    const here = open();
    const teams = [await importInto(here, fileA), await importInto(here, fileB)];
    expect(await here.call('plan.unknownHoursElsewhere', { teams })).toEqual([]);
  });

  it('a file without hours in other teams names nobody', async () => {
    const { fileA } = await otherMunicipality();
    const here = open();
    const { hoursInOtherTeams: _left, ...older } = fileA;
    const result = await here.call('plan.import', { plan: older, onConflict: 'ask' });
    expect(result.status === 'imported' && result.hoursInOtherTeams).toBeUndefined();
  });

  it('hours partly held here: only the rest is named', async () => {
    const { sanne, fileA } = await otherMunicipality();
    const here = open();
    const imported = await importInto(here, fileA);
    // This planner has Sanne 10 hours in a team of its own.
    const c = await here.call('teams.create', { ...sampleTeamInput, name: 'Team C', functionTemplateKeys: ['youth'] });
    const fn = (await here.call('plan.get', { scenarioId: c.scenarios[0]!.id })).plan.functions[0]!;
    await here.call('assignments.set', { functionId: fn.id, professionalId: sanne.id, hours: 10 });
    expect(await here.call('plan.unknownHoursElsewhere', { teams: [imported] })).toEqual([
      { id: sanne.id, name: 'Sanne Mulder', hours: 14 },
    ]);
  });
});
