import { describe, expect, it } from 'vitest';
import type { DevelopmentTeam } from '../../../shared/development/context.js';
import { greedyDevelopmentPlan } from '../../../shared/development/greedyPlan.js';
import { worksIn } from '../../../shared/development/planTexts.js';
import { translator } from '../../../shared/i18n/translator.js';
import { fn, person, plan, team } from '../engine/fixtures.js';

const RULES = { maxStepsPerPerson: 1, assessedWithinMonths: null, excludedIds: [], onlyPersonId: null };
const nl = translator('nl');

/** Noor works in Casusregie in Noord, and in Casusregie and Toegang in Zuid; empathy 2 of 3 asked. */
function teams(): DevelopmentTeam[] {
  const noor = person('noor', { empathy: 2 }, { name: 'Noor' });
  const make = (id: string, name: string, functions: string[]): DevelopmentTeam => ({
    teamId: id,
    teamName: name,
    plan: plan({
      team: team({ id, name }),
      functions: functions.map((f) => fn(`${id}-${f}`, [['empathy', 3]], { name: f })),
      professionals: [noor],
      assignments: functions.map((f) => ['noor', `${id}-${f}`, 4] as [string, string, number]),
    }),
  });
  return [make('noord', 'Noord', ['Casusregie']), make('zuid', 'Zuid', ['Casusregie', 'Toegang'])];
}

describe('where the development plan says a person works', () => {
  it('names each team with its own functions when the plan looks at several teams', () => {
    const step = greedyDevelopmentPlan(teams(), 1, RULES, '2026-12-01').steps[0]!;
    expect(nl.render(worksIn(step, true))).toBe('Werkt in Noord (Casusregie) en Zuid (Casusregie en Toegang)');
    expect(step.workplaces.map((w) => w.teamName)).toEqual(['Noord', 'Zuid']);
    // The JSON's version 1 field still lists each function once.
    expect(step.functions.map((f) => f.nl)).toEqual(['Casusregie', 'Toegang']);
  });

  it('lists just the functions within one team', () => {
    const step = greedyDevelopmentPlan(teams().slice(1), 1, RULES, '2026-12-01').steps[0]!;
    expect(nl.render(worksIn(step, false))).toBe('Werkt in Casusregie en Toegang');
  });
});
