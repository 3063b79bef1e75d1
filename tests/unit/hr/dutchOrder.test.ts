import { describe, expect, it } from 'vitest';
import { listAreas, teamsInArea } from '../../../shared/area/areas.js';
import { dutchOrder } from '../../../shared/hr/dutchOrder.js';
import { areasOf, shownInOrder, type HrScenarioFacts } from '../../../shared/hr/shownRows.js';
import type { HrScenarioPlan } from '../../../shared/hr/index.js';

/** A region numbers its areas and teams: "Gebied 2" comes before "Gebied 10", not after "Gebied 1x". */
const facts = (teamId: string, name: string, area: string): HrScenarioFacts => ({
  teamId,
  scenarioName: 'Hoofdscenario',
  isMain: true,
  plan: { team: { name, area, model: 'A1', organisationType: 'integraal' } },
});

describe('dutchOrder', () => {
  it('orders numbers inside names by their value', () => {
    const names = ['Gebied 10', 'Gebied 2', 'Gebied 0', 'Gebied 11', 'Gebied 1'];
    expect([...names].sort(dutchOrder)).toEqual(['Gebied 0', 'Gebied 1', 'Gebied 2', 'Gebied 10', 'Gebied 11']);
  });

  it('still orders letters the Dutch way, without case', () => {
    expect(['beta', 'Alfa', 'Éclair', 'delta'].sort(dutchOrder)).toEqual(['Alfa', 'beta', 'delta', 'Éclair']);
  });

  it("gives HR's area filter and team rows in number order", () => {
    const entries = [
      facts('t10', 'Wijkteam 10', 'Gebied 10'),
      facts('t2', 'Wijkteam 2', 'Gebied 2'),
      facts('t1', 'Wijkteam 1', 'Gebied 1'),
    ];
    expect(areasOf(entries)).toEqual(['Gebied 1', 'Gebied 2', 'Gebied 10']);
    const rows = shownInOrder(entries, (e) => e, {
      includeScenarios: false,
      filter: { area: '', model: '', organisationType: '' },
    });
    expect(rows.map((r) => r.plan.team.name)).toEqual(['Wijkteam 1', 'Wijkteam 2', 'Wijkteam 10']);
  });

  it("gives the area screen's picker and its teams in number order", () => {
    const scenarios = [
      facts('t10', 'Wijkteam 10', 'Gebied 10'),
      facts('t2', 'Wijkteam 2', 'Gebied 2'),
      facts('t11', 'Wijkteam 11', 'Gebied 2'),
      facts('t3', 'Wijkteam 3', 'Gebied 2'),
    ] as unknown as HrScenarioPlan[];
    expect(listAreas({ scenarios }).map((a) => a.name)).toEqual(['Gebied 2', 'Gebied 10']);
    expect(teamsInArea({ scenarios }, 'Gebied 2').map((s) => s.plan.team.name)).toEqual([
      'Wijkteam 2',
      'Wijkteam 3',
      'Wijkteam 11',
    ]);
  });
});
