import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';
import { nl } from '../../support/inLanguage.js';

const fixedNow = () => new Date('2026-03-01T10:00:00.000Z');
const stores: TestStore[] = [];
function open(seedSample = true): TestStore {
  const s = openTestStore({ seedSample, now: fixedNow });
  stores.push(s);
  return s;
}
afterEach(() => stores.splice(0).forEach((s) => s.close()));

async function firstScenario(store: TestStore, index = 0): Promise<string> {
  return (await store.call('teams.list', {}))[index]!.scenarios[0]!.id;
}

describe('team plan files', () => {
  it('export -> import into another store -> export is exact, ids included (members only and whole pool)', async () => {
    const source = open();
    await source.call('catalogue.createCompetency', {
      key: 'humor',
      name: { nl: 'Humor', en: 'Humour' },
      description: { nl: 'Lacht', en: 'Laughs' },
    });
    const scenarioId = await firstScenario(source);
    const view = await source.call('plan.get', { scenarioId });
    const member = view.plan.assignments[0]!.professionalId;
    await source.call('professionals.setRating', { professionalId: member, competency: 'humor', level: 3 });
    const variant = await source.call('scenarios.duplicate', { scenarioId, name: 'Variant met humor' });

    for (const includePool of [false, true]) {
      const exported = await source.call('plan.export', { scenarioId: variant.id, includePool });
      expect(exported.scenario).toBe('Variant met humor');
      expect(exported.competencies.map((c) => c.key)).toEqual(['humor']);
      const target = open(false);
      const result = await target.call('plan.import', { plan: exported });
      expect(result.status).toBe('imported');
      if (result.status !== 'imported') return;
      const again = await target.call('plan.export', { scenarioId: result.scenarioId, includePool });
      // Hours in other teams are each store's own count, never imported: the target holds no other team.
      const { hoursInOtherTeams: _there, ...exportedPlan } = exported;
      const { hoursInOtherTeams: elsewhereHere, ...againPlan } = again;
      expect(JSON.stringify(againPlan)).toBe(JSON.stringify(exportedPlan));
      expect(elsewhereHere).toEqual({});
    }
  });

  it('exports members only unless the pool is asked for', async () => {
    const store = open();
    const scenarioId = await firstScenario(store);
    const members = await store.call('plan.export', { scenarioId, includePool: false });
    const pool = await store.call('plan.export', { scenarioId, includePool: true });
    const memberIds = new Set(members.assignments.map((a) => a.professionalId));
    expect(members.professionals.map((p) => p.id).sort()).toEqual([...memberIds].sort());
    expect(pool.professionals.length).toBe((await store.call('professionals.list', {})).length);
  });

  it('asks on a team id that exists; replace and copy do what they say', async () => {
    const store = open();
    const scenarioId = await firstScenario(store);
    const exported = await store.call('plan.export', { scenarioId, includePool: false });
    const asked = await store.call('plan.import', { plan: exported });
    expect(asked).toEqual({ status: 'conflict', existingTeamId: exported.team.id, existingName: exported.team.name });
    expect(await store.call('teams.list', {})).toHaveLength(3);

    const copied = await store.call('plan.import', { plan: exported, onConflict: 'copy' });
    expect(copied.status).toBe('imported');
    const teams = await store.call('teams.list', {});
    expect(teams.map((t) => t.name)).toContain(`${exported.team.name} (kopie)`);
    if (copied.status !== 'imported') return;
    const copy = await store.call('plan.get', { scenarioId: copied.scenarioId });
    expect(copy.plan.functions.map((f) => f.name)).toEqual(exported.functions.map((f) => f.name));
    expect(copy.plan.functions.some((f) => exported.functions.some((e) => e.id === f.id))).toBe(false);

    const renamed = { ...exported, team: { ...exported.team, name: 'Vervangen team' } };
    const replaced = await store.call('plan.import', { plan: renamed, onConflict: 'replace' });
    expect(replaced).toMatchObject({ status: 'imported', teamId: exported.team.id });
    const after = await store.call('teams.list', {});
    expect(after.filter((t) => t.id === exported.team.id).map((t) => [t.name, t.scenarios.length])).toEqual([
      ['Vervangen team', 1],
    ]);
  });

  it('never overwrites a stored person: a known id with other ratings keeps the stored ratings and is reported', async () => {
    const store = open();
    const scenarioId = await firstScenario(store);
    const exported = await store.call('plan.export', { scenarioId, includePool: false });
    const person = exported.professionals[0]!;
    const tampered = {
      ...exported,
      team: { ...exported.team, id: 'ander-team' },
      functions: exported.functions.map((f) => ({ ...f, id: `${f.id}-b` })),
      assignments: exported.assignments.map((a) => ({ ...a, functionId: `${a.functionId}-b` })),
      professionals: exported.professionals.map((p) => (p.id === person.id ? { ...p, ratings: { empathy: 0 } } : p)),
    };
    const result = await store.call('plan.import', { plan: tampered });
    expect(result).toMatchObject({ status: 'imported', keptProfessionals: [{ id: person.id, name: person.name }] });
    const pool = await store.call('professionals.list', {});
    expect(pool.find((p) => p.id === person.id)!.ratings).toEqual(person.ratings);
  });

  it('refuses a broken plan with Dutch errors per place and writes nothing', async () => {
    const store = open(false);
    const p = await store.call('professionals.create', personInput);
    const error = await store.fail('plan.import', {
      plan: {
        format: 'wijkteam-plan',
        version: 1,
        team: { id: 't', ...sampleTeamInput },
        functions: [],
        professionals: [p],
        assignments: [{ professionalId: 'x', functionId: 'y', hours: 3 }],
      },
    });
    expect(error.code).toBe('validation');
    expect(nl(error.text)).toMatch(/^Dit teamplan kan niet worden ingelezen/);
    expect(error.details!.map((d) => d.path)).toEqual(['assignments[0].professionalId', 'assignments[0].functionId']);
    const shapeError = await store.fail('plan.import', {
      plan: {
        format: 'wijkteam-plan',
        version: 1,
        team: { id: 't' },
        functions: [],
        professionals: [],
        assignments: [],
      },
    });
    expect(shapeError.details!.some((d) => d.path === 'team.name')).toBe(true);
    expect(await store.call('teams.list', {})).toEqual([]);
    expect(nl((await store.fail('plan.import', { plan: { format: 'wijkteam-plan', version: 99 } })).text)).toContain(
      'nieuwere versie',
    );
  });
});
