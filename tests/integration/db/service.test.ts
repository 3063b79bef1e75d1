import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';
import { nl } from '../../support/inLanguage.js';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations/index.js';

let store: TestStore;
afterEach(() => store?.close());

describe('the store service (through dispatch, on a real SQLite file)', () => {
  it('creates a team with its main scenario and functions from catalogue templates', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', { ...sampleTeamInput, functionTemplateKeys: ['access', 'youth'] });
    expect(team.scenarios).toHaveLength(1);
    expect(team.scenarios[0]).toMatchObject({ isMain: true, name: 'Hoofdscenario' });
    const view = await store.call('plan.get', { scenarioId: team.scenarios[0]!.id });
    expect(view.plan.functions.map((f) => f.templateKey)).toEqual(['access', 'youth']);
    expect(view.plan.functions[1]!.requirements.length).toBeGreaterThan(0);
    const listed = await store.call('teams.list', {});
    expect(listed.map((t) => t.name)).toEqual(['Wijkteam Test']);
  });

  it('refuses an unknown template key and writes nothing', async () => {
    store = openTestStore({ seedSample: false });
    const error = await store.fail('teams.create', { ...sampleTeamInput, functionTemplateKeys: ['nope'] });
    expect(error.code).toBe('validation');
    expect(await store.call('teams.list', {})).toEqual([]);
  });

  it('updates only the fields given: a partial update keeps ratings, expertise and area', async () => {
    store = openTestStore({ seedSample: false });
    const p = await store.call('professionals.create', personInput);
    const updated = await store.call('professionals.update', { id: p.id, name: 'Nieuwe Naam' });
    expect(updated).toEqual({ ...p, name: 'Nieuwe Naam' });
    const team = await store.call('teams.create', sampleTeamInput);
    const renamed = await store.call('teams.update', { id: team.id, name: 'Ander team' });
    expect(renamed.area).toBe('Testwijk');
  });

  it('rejects ratings of unknown competencies and a blank discipline with a Dutch validation error', async () => {
    store = openTestStore({ seedSample: false });
    const rating = await store.fail('professionals.create', { ...personInput, ratings: { vliegen: 3 } });
    expect(rating.code).toBe('validation');
    expect(nl(rating.text)).toContain('onbekende competentie ‘vliegen’');
    expect(rating.details?.map((d) => d.path)).toEqual(['ratings.vliegen']);
    // Any discipline of the municipality's own is welcome (ownDisciplines.ts); an empty one is not.
    const error = await store.fail('professionals.create', { ...personInput, discipline: ' ' });
    expect(error.code).toBe('validation');
    expect(nl(error.text)).toContain('discipline is verplicht');
    expect(error.details?.map((d) => d.path)).toEqual(['discipline']);
    expect(await store.call('professionals.list', {})).toEqual([]);
  });

  it('sets and clears single ratings; custom competencies can be rated and are protected while used', async () => {
    store = openTestStore({ seedSample: false });
    await store.call('catalogue.createCompetency', { key: 'humor', name: { nl: 'Humor', en: 'Humour' } });
    const p = await store.call('professionals.create', personInput);
    const rated = await store.call('professionals.setRating', { professionalId: p.id, competency: 'humor', level: 4 });
    expect(rated.ratings).toEqual({ coaching: 2, empathy: 3, humor: 4 });
    const blocked = await store.fail('catalogue.deleteCompetency', { key: 'humor' });
    expect(blocked.code).toBe('conflict');
    const cleared = await store.call('professionals.setRating', {
      professionalId: p.id,
      competency: 'humor',
      level: null,
    });
    expect(cleared.ratings).toEqual({ coaching: 2, empathy: 3 });
    await store.call('catalogue.deleteCompetency', { key: 'humor' });
    expect((await store.call('catalogue.get', {})).competencies.some((c) => c.key === 'humor')).toBe(false);
    expect((await store.fail('catalogue.deleteCompetency', { key: 'empathy' })).code).toBe('conflict');
  });

  it('keeps the built-in catalogue and custom function templates', async () => {
    store = openTestStore({ seedSample: false });
    const catalogue = await store.call('catalogue.get', {});
    expect(catalogue.competencies.filter((c) => c.builtIn)).toHaveLength(12);
    expect(catalogue.functionTemplates.some((t) => t.key === 'crisisIntervention' && t.builtIn)).toBe(true);
    const made = await store.call('catalogue.createFunctionTemplate', {
      name: { nl: 'Buurtsport', en: 'Neighbourhood sport' },
      description: { nl: '', en: '' },
      defaultPlacement: 'team',
      defaultHours: 8,
      requirements: [{ competency: 'coaching', level: 2, minPeople: 1 }],
      expertise: ['youth'],
    });
    expect(made.builtIn).toBe(false);
    const team = await store.call('teams.create', { ...sampleTeamInput, functionTemplateKeys: [made.key] });
    const view = await store.call('plan.get', { scenarioId: team.scenarios[0]!.id });
    expect(view.plan.functions[0]).toMatchObject({ name: 'Buurtsport', hoursRequired: 8, templateKey: made.key });
    await store.call('catalogue.deleteFunctionTemplate', { key: made.key });
    expect((await store.fail('catalogue.deleteFunctionTemplate', { key: 'youth' })).code).toBe('conflict');
  });

  it('manages functions, requirements and assignments, and moves a person between functions', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', sampleTeamInput);
    const scenarioId = team.scenarios[0]!.id;
    const base = { name: 'Toegang', placement: 'team' as const, hoursRequired: 24, requirements: [] };
    const a = await store.call('functions.create', { ...base, scenarioId });
    const b = await store.call('functions.create', { ...base, name: 'Regie', scenarioId });
    const dup = await store.fail('requirements.set', {
      functionId: a.id,
      requirements: [
        { competency: 'empathy', level: 3, minPeople: 1 },
        { competency: 'empathy', level: 2, minPeople: 1 },
      ],
    });
    expect(dup.code).toBe('validation');
    const withReq = await store.call('requirements.set', {
      functionId: a.id,
      requirements: [{ competency: 'empathy', level: 3, minPeople: 2 }],
    });
    expect(withReq.requirements).toEqual([{ competency: 'empathy', level: 3, minPeople: 2 }]);
    const p = await store.call('professionals.create', personInput);
    await store.call('assignments.set', { functionId: a.id, professionalId: p.id, hours: 12 });
    const moved = await store.call('assignments.move', {
      professionalId: p.id,
      fromFunctionId: a.id,
      toFunctionId: b.id,
    });
    expect(moved).toEqual({ functionId: b.id, professionalId: p.id, hours: 12 });
    const view = await store.call('plan.get', { scenarioId });
    expect(view.plan.assignments).toEqual([{ functionId: b.id, professionalId: p.id, hours: 12 }]);
    expect((await store.fail('assignments.set', { functionId: 'x', professionalId: p.id, hours: 2 })).code).toBe(
      'notFound',
    );
    expect((await store.fail('assignments.set', { functionId: a.id, professionalId: p.id, hours: -2 })).code).toBe(
      'validation',
    );
    await store.call('assignments.delete', { functionId: b.id, professionalId: p.id });
    expect((await store.call('plan.get', { scenarioId })).plan.assignments).toEqual([]);
  });

  it('creates a function at the place asked in the order, or last when none is asked', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', sampleTeamInput);
    const scenarioId = team.scenarios[0]!.id;
    const base = { placement: 'team' as const, hoursRequired: 8, requirements: [] };
    for (const name of ['A', 'B', 'C']) await store.call('functions.create', { ...base, name, scenarioId });
    const b = (await store.call('plan.get', { scenarioId })).plan.functions.find((f) => f.name === 'B')!;
    await store.call('functions.delete', { id: b.id });
    await store.call('functions.create', { ...base, name: 'B', scenarioId, index: 1 });
    await store.call('functions.create', { ...base, name: 'D', scenarioId });
    await store.call('functions.create', { ...base, name: 'Z', scenarioId, index: 99 });
    const names = (await store.call('plan.get', { scenarioId })).plan.functions.map((f) => f.name);
    expect(names).toEqual(['A', 'B', 'C', 'D', 'Z']);
  });

  it('duplicates a scenario as an independent variant, adopts it, and protects the main scenario', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', { ...sampleTeamInput, functionTemplateKeys: ['access'] });
    const main = team.scenarios[0]!;
    const p = await store.call('professionals.create', personInput);
    const fn = (await store.call('plan.get', { scenarioId: main.id })).plan.functions[0]!;
    await store.call('assignments.set', { functionId: fn.id, professionalId: p.id, hours: 8 });
    const variant = await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'Variant B' });
    const copy = await store.call('plan.get', { scenarioId: variant.id });
    expect(copy.plan.functions[0]!.id).not.toBe(fn.id);
    expect(copy.plan.assignments).toEqual([{ functionId: copy.plan.functions[0]!.id, professionalId: p.id, hours: 8 }]);
    expect((await store.fail('scenarios.duplicate', { scenarioId: main.id, name: 'Variant B' })).code).toBe('conflict');
    expect((await store.fail('scenarios.delete', { scenarioId: main.id })).code).toBe('conflict');
    await store.call('scenarios.adopt', { scenarioId: variant.id });
    const after = (await store.call('teams.list', {}))[0]!;
    expect(after.scenarios.map((s) => [s.name, s.isMain])).toEqual([
      ['Variant B', true],
      ['Vorig hoofdscenario', false],
    ]);
    await store.call('scenarios.delete', { scenarioId: main.id });
    await store.call('scenarios.rename', { scenarioId: variant.id, name: 'Definitief' });
    expect((await store.call('teams.list', {}))[0]!.scenarios.map((s) => s.name)).toEqual(['Definitief']);
  });

  it('renames a former main scenario that is still called Hoofdscenario when another is adopted, and only that', async () => {
    store = openTestStore({ seedSample: false });
    const team = await store.call('teams.create', { ...sampleTeamInput, functionTemplateKeys: [] });
    const main = team.scenarios[0]!;
    const taken = await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'Vorig hoofdscenario' });
    const variant = await store.call('scenarios.duplicate', { scenarioId: main.id, name: 'Samengesteld' });
    const names = async () =>
      (await store.call('teams.list', {}))[0]!.scenarios.map((s) => [s.name, s.isMain] as const);
    await store.call('scenarios.adopt', { scenarioId: variant.id });
    expect(await names()).toEqual([
      ['Samengesteld', true],
      ['Vorig hoofdscenario', false],
      ['Vorig hoofdscenario 2', false],
    ]);
    // A name the user chose stays, and adopting the main one again changes nothing.
    await store.call('scenarios.adopt', { scenarioId: taken.id });
    await store.call('scenarios.adopt', { scenarioId: taken.id });
    expect(await names()).toEqual([
      ['Vorig hoofdscenario', true],
      ['Samengesteld', false],
      ['Vorig hoofdscenario 2', false],
    ]);
  });

  it('forgets a professional everywhere: ratings and assignments go with them', async () => {
    store = openTestStore();
    const pool = await store.call('professionals.list', {});
    const fatima = pool.find((p) => p.name === 'Fatima El Amrani')!;
    const exported = await store.call('professionals.exportPersonalData', { id: fatima.id });
    expect(exported.professional).toEqual(fatima);
    expect(exported.assignments.map((a) => a.teamName).sort()).toEqual([
      'Wijkteam Voorbeeldwijk-Noord',
      'Wijkteam Voorbeeldwijk-Zuid',
    ]);
    await store.call('professionals.delete', { id: fatima.id });
    for (const team of await store.call('teams.list', {})) {
      const view = await store.call('plan.get', { scenarioId: team.scenarios[0]!.id });
      expect(view.plan.assignments.some((a) => a.professionalId === fatima.id)).toBe(false);
      expect(view.plan.professionals.some((p) => p.id === fatima.id)).toBe(false);
    }
    expect((await store.fail('professionals.exportPersonalData', { id: fatima.id })).code).toBe('notFound');
  });

  it('seeds Voorbeeldwijk on first run (A1, A2 and a youth team, ~20 people, one over-allocated) and removes exactly it', async () => {
    store = openTestStore();
    const all = await store.call('teams.list', {});
    expect(all.map((t) => [t.model, t.isSample])).toEqual([
      ['A1', true],
      ['A2', true],
      ['targetGroup', true],
    ]);
    const teams = all.slice(0, 2);
    const pool = await store.call('professionals.list', {});
    expect(pool.length).toBeGreaterThanOrEqual(18);
    const own = await store.call('professionals.create', personInput);
    const ownTeam = await store.call('teams.create', sampleTeamInput);
    const planA1 = await store.call('plan.get', { scenarioId: teams[0]!.scenarios[0]!.id });
    const planA2 = await store.call('plan.get', { scenarioId: teams[1]!.scenarios[0]!.id });
    const hours = new Map<string, number>();
    for (const a of [...planA1.plan.assignments, ...planA2.plan.assignments])
      hours.set(a.professionalId, (hours.get(a.professionalId) ?? 0) + a.hours);
    const youth = await store.call('plan.get', { scenarioId: all[2]!.scenarios[0]!.id });
    for (const a of youth.plan.assignments) hours.set(a.professionalId, (hours.get(a.professionalId) ?? 0) + a.hours);
    const over = pool.filter((p) => (hours.get(p.id) ?? 0) > p.contractHours);
    expect(over.map((p) => p.name)).toEqual(['Fatima El Amrani']);
    await store.call('sample.remove', {});
    expect((await store.call('teams.list', {})).map((t) => t.id)).toEqual([ownTeam.id]);
    expect((await store.call('professionals.list', {})).map((p) => p.id)).toEqual([own.id]);
  });

  it('lists people alphabetically regardless of capitals, as a Dutch reader expects', async () => {
    store = openTestStore({ seedSample: false });
    for (const name of ['Bram', 'anouk', 'Cor', 'de Vries'])
      await store.call('professionals.create', { ...personInput, name });
    expect((await store.call('professionals.list', {})).map((p) => p.name)).toEqual([
      'anouk',
      'Bram',
      'Cor',
      'de Vries',
    ]);
  });

  it('reports app info with the data directory and schema version', async () => {
    store = openTestStore({ seedSample: false });
    const info = await store.call('app.info', {});
    expect(info).toMatchObject({
      version: '0.1.0-test',
      dataDir: store.dataDir,
      schemaVersion: LATEST_SCHEMA_VERSION,
      notice: null,
    });
  });

  it('answers a closed store with a storage error instead of crashing', async () => {
    store = openTestStore({ seedSample: false });
    store.close();
    expect((await store.fail('teams.list', {})).code).toBe('storage');
  });
});
