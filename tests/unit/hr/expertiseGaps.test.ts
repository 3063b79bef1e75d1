import { describe, expect, it } from 'vitest';
import { buildHrOverview, hrTables } from '../../../shared/hr/index.js';
import { fn, holds, needs, person, plan, team } from '../engine/fixtures.js';
import { TODAY, options } from './hrFixtures.js';

/**
 * HR sees vakkennis gaps across teams beside the competency gaps: one matrix column per
 * vakkennis an in-team function asks for, judged among the function's members (scope
 * function) or among all members (scope team).
 */
const expert = person('e', { empathy: 3 }, { name: 'Eva Evers', expertise: holds('youth:3', 'debt:2') });
const novice = person('n', { empathy: 3 }, { name: 'Nina Nauta', expertise: holds('youth:1') });

const west = plan({
  team: team({ id: 'team-west', name: 'Wijkteam West' }),
  functions: [
    fn('west-jeugd', [['empathy', 2]], { expertise: [needs('youth', 3, 2, 'function')] }),
    fn('west-schuld', [], { expertise: [needs('debt', 2, 1, 'team')] }),
  ],
  professionals: [expert, novice],
  assignments: [
    ['e', 'west-jeugd'],
    ['n', 'west-jeugd'],
  ],
});
const oost = plan({
  team: team({ id: 'team-oost', name: 'Wijkteam Oost' }),
  functions: [fn('oost-wijk', [['empathy', 2]], { expertise: [needs('debt', 3, 1, 'function')] })],
  professionals: [novice],
  assignments: [['n', 'oost-wijk']],
});

// Zuid leaves debt counselling to the shell: only a shell function asks it (and coaching),
// nobody in the team has it.
const zuid = plan({
  team: team({ id: 'team-zuid', name: 'Wijkteam Zuid' }),
  functions: [
    fn('zuid-wijk', [['empathy', 2]]),
    fn('zuid-schuld', [['coaching', 3]], { placement: 'shell', expertise: [needs('debt', 2, 1, 'team')] }),
  ],
  professionals: [novice],
  assignments: [['n', 'zuid-wijk']],
});

const input = {
  competencies: [],
  professionals: [expert, novice],
  scenarios: [west, oost, zuid].map((p) => ({
    teamId: p.team.id,
    scenarioId: `${p.team.id}-main`,
    scenarioName: 'Hoofdscenario',
    isMain: true,
    isSample: false,
    plan: p,
  })),
};

describe('HR: vakkennis gaps across teams', () => {
  const overview = buildHrOverview(input, options({ today: TODAY }));
  const column = (key: string) => overview.competencies.findIndex((c) => c.kind === 'expertise' && c.key === key);
  const cell = (teamName: string, key: string) =>
    overview.rows.find((r) => r.teamName === teamName)!.cells[column(key)]!;

  it('adds a column per vakkennis an in-team function asks for, after the competencies', () => {
    expect(overview.competencies.filter((c) => c.kind === 'expertise').map((c) => c.key)).toEqual(['youth', 'debt']);
    expect(overview.competencies[column('youth')]!.name.nl).toContain('vakkennis');
  });

  it('judges function-scope vakkennis among the function members, and counts it in the team coverage', () => {
    expect(cell('Wijkteam West', 'youth')).toMatchObject({ severity: 'partial', requiredLevel: 3, best: 3 });
    expect(cell('Wijkteam Oost', 'debt')).toMatchObject({ severity: 'missing', requiredLevel: 3, best: 0 });
    expect(overview.rows.find((r) => r.teamName === 'Wijkteam Oost')!.requirementsTotal).toBe(2);
  });

  it('judges team-scope vakkennis among all members: one holder is thin', () => {
    expect(cell('Wijkteam West', 'debt')).toMatchObject({ severity: 'thin', requiredLevel: 2, openRequirements: 0 });
    expect(cell('Wijkteam Oost', 'youth')).toMatchObject({ severity: 'notRequired' });
  });

  it('shows the vakkennis columns in the exported matrix', () => {
    const [matrix] = hrTables(overview, ['matrix'], 'nl');
    expect(matrix!.columns).toContain('Jeugd en gezin (vakkennis)');
  });

  it('says "in de schil" for vakkennis only a shell function asks, as the board and the print do, screen and XLSX', () => {
    expect(cell('Wijkteam Zuid', 'debt')).toMatchObject({ severity: 'inShell', openRequirements: 0 });
    expect(cell('Wijkteam Zuid', 'youth')).toMatchObject({ severity: 'notRequired' });
    for (const [lang, text] of [
      ['nl', 'Geen eis in het team: in de schil'],
      ['en', 'No requirement in the team: in the shell'],
    ] as const) {
      const [matrix] = hrTables(overview, ['matrix'], lang);
      const row = matrix!.rows.find((r) => r[0] === 'Wijkteam Zuid')!;
      const debt = matrix!.columns.findIndex((c) => c.startsWith(lang === 'nl' ? 'Schulden' : 'Debt'));
      expect(row[debt]).toBe(text);
    }
  });

  it('says "in de schil" for a competency only a shell function asks: it is asked, not "niet gevraagd"', () => {
    const competency = (teamName: string, key: string) =>
      overview.rows.find((r) => r.teamName === teamName)!.cells[
        overview.competencies.findIndex((c) => c.kind === 'competency' && c.key === key)
      ]!;
    expect(competency('Wijkteam Zuid', 'coaching')).toMatchObject({ severity: 'inShell', openRequirements: 0 });
    expect(competency('Wijkteam West', 'coaching')).toMatchObject({ severity: 'notRequired' });
    const [matrix] = hrTables(overview, ['matrix'], 'nl');
    const row = matrix!.rows.find((r) => r[0] === 'Wijkteam Zuid')!;
    expect(row[matrix!.columns.indexOf('Coachen')]).toBe('Geen eis in het team: in de schil');
  });
});
