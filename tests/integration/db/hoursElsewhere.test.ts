import { afterEach, describe, expect, it } from 'vitest';
import { openTestStore, personInput, sampleTeamInput, type TestStore } from './helpers.js';

let store: TestStore;
afterEach(() => store?.close());

/** Two teams and one person shared between them, with a variant in each team. */
async function twoTeamsSharingOnePerson() {
  store = openTestStore({ seedSample: false });
  const person = await store.call('professionals.create', { ...personInput, contractHours: 24 });
  const north = await store.call('teams.create', {
    ...sampleTeamInput,
    name: 'Noord',
    functionTemplateKeys: ['access'],
  });
  const south = await store.call('teams.create', {
    ...sampleTeamInput,
    name: 'Zuid',
    functionTemplateKeys: ['access', 'youth'],
  });
  const northMain = north.scenarios[0]!.id;
  const southMain = south.scenarios[0]!.id;
  const northFn = (await store.call('plan.get', { scenarioId: northMain })).plan.functions[0]!.id;
  const [southAccess, southYouth] = (await store.call('plan.get', { scenarioId: southMain })).plan.functions;
  await store.call('assignments.set', { functionId: northFn, professionalId: person.id, hours: 16 });
  await store.call('assignments.set', { functionId: southAccess!.id, professionalId: person.id, hours: 10 });
  await store.call('assignments.set', { functionId: southYouth!.id, professionalId: person.id, hours: 6 });
  return { person, northMain, southMain };
}

describe('plan.get: hours a person already gives to other teams', () => {
  it('sums the main scenarios of the other teams, not the open team itself', async () => {
    const { person, northMain, southMain } = await twoTeamsSharingOnePerson();
    expect((await store.call('plan.get', { scenarioId: northMain })).hoursElsewhere).toEqual({ [person.id]: 16 });
    expect((await store.call('plan.get', { scenarioId: southMain })).hoursElsewhere).toEqual({ [person.id]: 16 });
  });

  it('ignores variants: those of other teams are drafts, those of the own team are alternatives', async () => {
    const { person, northMain, southMain } = await twoTeamsSharingOnePerson();
    const southVariant = await store.call('scenarios.duplicate', { scenarioId: southMain, name: 'Zuid groter' });
    const variantFn = (await store.call('plan.get', { scenarioId: southVariant.id })).plan.functions[0]!.id;
    await store.call('assignments.set', { functionId: variantFn, professionalId: person.id, hours: 20 });
    const northVariant = await store.call('scenarios.duplicate', { scenarioId: northMain, name: 'Noord anders' });

    expect((await store.call('plan.get', { scenarioId: northMain })).hoursElsewhere).toEqual({ [person.id]: 16 });
    // From a variant of Noord, Noord's own main scenario is not "elsewhere"; Zuid's main is.
    expect((await store.call('plan.get', { scenarioId: northVariant.id })).hoursElsewhere).toEqual({ [person.id]: 16 });
    // From Zuid's variant, only Noord's 16 hours count.
    expect((await store.call('plan.get', { scenarioId: southVariant.id })).hoursElsewhere).toEqual({ [person.id]: 16 });
  });

  it('leaves out people without hours elsewhere and forgets a deleted person', async () => {
    const { person, northMain } = await twoTeamsSharingOnePerson();
    await store.call('professionals.create', { ...personInput, name: 'Nog Niet Ingedeeld' });
    await store.call('professionals.delete', { id: person.id });
    expect((await store.call('plan.get', { scenarioId: northMain })).hoursElsewhere).toEqual({});
  });
});
