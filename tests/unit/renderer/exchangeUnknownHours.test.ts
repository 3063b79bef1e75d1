import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dutchOrder } from '../../../shared/hr/dutchOrder.js';
import { dutch, openHarness, type Harness } from './harness.js';

// The RootStore over the real SQLite store with the sample (harness.ts).
let h: Harness;
beforeEach(async () => {
  h = await openHarness();
  await h.store.whenIdle();
});
afterEach(async () => h.close());

/**
 * A team from another planner with the sample's people in it, whose file says each of
 * `count` of them gives 60 hours a week to teams that planner holds and this one does not.
 */
async function fileFromElsewhere(count: number) {
  const team = h.root.teams.teams[0]!;
  const file = await h.root.api.call('plan.export', {
    scenarioId: h.root.teams.mainScenario(team.id)!.id,
    includePool: true,
  });
  const people = file.professionals.slice(0, count);
  return {
    people,
    text: JSON.stringify({
      ...file,
      team: { ...file.team, id: 'elders-team', name: 'Team Elders' },
      functions: file.functions.map((f) => ({ ...f, id: `elders-${f.id}` })),
      assignments: file.assignments.map((a) => ({ ...a, functionId: `elders-${a.functionId}` })),
      hoursInOtherTeams: Object.fromEntries(people.map((p) => [p.id, 60])),
    }),
  };
}

describe('importing a file whose people work in teams this planner does not hold', () => {
  it('names them with the hours it cannot count, five by name and the rest as a number', async () => {
    const { people, text } = await fileFromElsewhere(7);
    await h.root.exchange.importFiles([{ name: 'elders.json', text }]);

    const imported = h.root.teams.teams.find((t) => t.name === 'Team Elders')!;
    const view = await h.root.api.call('plan.get', { scenarioId: h.root.teams.mainScenario(imported.id)!.id });
    const named = people
      .map((p) => ({ name: p.name, hours: 60 - (view.hoursElsewhere[p.id] ?? 0) }))
      .sort((a, b) => dutchOrder(a.name, b.name))
      .slice(0, 5)
      .map((p) => `${p.name} (${p.hours} uur per week)`);
    expect(h.root.exchange.messages.map((m) => dutch(m.text))).toEqual([
      'Team Elders is geïmporteerd.',
      `Volgens het bestand werken ${named.join(', ')} en nog 2 collega’s ook in teams die niet in deze planner staan. ` +
        'Die uren telt de planner niet mee: hun vrije uren zijn hier te hoog en meer uren dan het contract ziet u niet. ' +
        'Importeer die teams ook, dan tellen hun uren mee.',
    ]);
  });

  it('says nothing more when the file counts no hours beyond what this planner holds', async () => {
    const { text } = await fileFromElsewhere(0);
    await h.root.exchange.importFiles([{ name: 'elders.json', text }]);
    expect(h.root.exchange.messages.map((m) => dutch(m.text))).toEqual(['Team Elders is geïmporteerd.']);
  });
});
