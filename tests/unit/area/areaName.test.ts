import { describe, expect, it } from 'vitest';
import { buildAreaView, listAreas } from '../../../shared/area/index.js';
import { areaNameOf } from '../../../shared/area/areaName.js';
import { areasOf, shownInOrder, type HrScenarioFacts } from '../../../shared/hr/shownRows.js';
import { breedPlan, input, jeugdPlan } from './areaFixtures.js';

/**
 * Teams type their area as they like ("Oost", "oost", " Oost"). The area view and HR's
 * filter both see one area, named as most of its teams write it, not as whichever team
 * sorts first happened to type it.
 */
const facts = (teamId: string, name: string, area: string, isMain = true): HrScenarioFacts => ({
  teamId,
  scenarioName: isMain ? 'Hoofdscenario' : 'Variant',
  isMain,
  plan: { team: { name, area, model: 'A1', organisationType: 'integraal' } },
});

describe("an area's name", () => {
  it('is the spelling most teams use, not that of the team that sorts first', () => {
    // "Jeugdteam" sorts before "Wijkteam Breed" and "Wijkteam Zuid", and types the area in small letters.
    const plans = [
      jeugdPlan({ area: 'oost' }),
      breedPlan({ area: 'Oost' }),
      breedPlan({ id: 'zuid', name: 'Wijkteam Zuid', area: ' Oost' }),
    ];
    expect(listAreas(input(plans))).toEqual([{ name: 'Oost', teams: 3 }]);
    expect(buildAreaView(input(plans), 'oost').area).toBe('Oost');
  });

  it('between spellings used equally often, is written as a place name: Oost before OOST before oost', () => {
    expect(areaNameOf(['oost', 'OOST', 'Oost'])).toBe('Oost');
    expect(areaNameOf(['oost', 'OOST'])).toBe('OOST');
    expect(areaNameOf(['  Noord  '])).toBe('Noord');
  });
});

describe("HR's area filter", () => {
  const entries = [
    facts('t1', 'Jeugdteam', 'oost'),
    facts('t2', 'Wijkteam Breed', 'Oost'),
    facts('t2', 'Wijkteam Breed', 'Oost', false),
    facts('t3', 'Wijkteam Zuid', ' Oost '),
    facts('t4', 'Wijkteam West', 'West'),
  ];

  it('offers each area once, named as the area view names it', () => {
    expect(areasOf(entries)).toEqual(['Oost', 'West']);
  });

  it("shows every team of the chosen area, however the team typed the area's name", () => {
    const rows = shownInOrder(entries, (e) => e, {
      includeScenarios: false,
      filter: { area: 'Oost', model: '', organisationType: '' },
    });
    expect(rows.map((r) => r.teamId)).toEqual(['t1', 't2', 't3']);
  });
});
