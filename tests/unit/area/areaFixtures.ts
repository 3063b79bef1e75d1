import type { HrInput, HrScenarioPlan } from '../../../shared/hr/index.js';
import type { TeamPlan } from '../../../shared/plan/planSchema.js';
import { fn, holds, needs, person, plan, team } from '../engine/fixtures.js';

/**
 * A small wijk "Testwijk" of two teams and a third team elsewhere:
 * - Breed (A1, all ages): asks empathy 3 (Ann has 3), conflict 3 (nobody) and debt
 *   expertise at level 3 (nobody in the team);
 * - Jeugd (target group, youth, mandated on parenting): asks networking 3 (Bo has 2) and
 *   has Cas, conflict 4 and debt expertise at 3, who covers Breed's conflict and debt gap;
 * - Elders (another area) also employs Ann, so her hours outside Testwijk count too.
 * Ann works in Breed (20) and Jeugd (8) and Elders (8) on a 32-hour contract.
 */
const ann = person('ann', { empathy: 3, networking: 2 }, { name: 'Ann', contractHours: 32 });
const bo = person('bo', { networking: 2 }, { name: 'Bo', contractHours: 24 });
const cas = person('cas', { conflict: 4 }, { name: 'Cas', contractHours: 16, expertise: holds('debt:3', 'youth') });
const POOL = [ann, bo, cas];

export function breedPlan(overrides: Parameters<typeof team>[0] = {}): TeamPlan {
  return plan({
    team: team({ id: 'breed', name: 'Wijkteam Breed', area: 'TESTWIJK', model: 'A1', ...overrides }),
    functions: [
      fn('b-toegang', [['empathy', 3]], {
        lifeDomains: ['income', 'parenting'],
        expertise: [needs('debt', 3, 1, 'function')],
      }),
      fn('b-conflict', [['conflict', 3]], { templateKey: 'crisisIntervention', name: 'Crisisinterventie' }),
      fn('b-schil', [['coaching', 4]], { placement: 'shell', lifeDomains: ['mentalHealth'] }),
    ],
    professionals: POOL,
    assignments: [
      ['ann', 'b-toegang', 20],
      ['bo', 'b-conflict', 8],
    ],
  });
}

export function jeugdPlan(overrides: Parameters<typeof team>[0] = {}): TeamPlan {
  return plan({
    team: team({
      id: 'jeugd',
      name: 'Jeugdteam',
      area: ' Testwijk ',
      model: 'targetGroup',
      organisationType: 'integraal',
      ageGroups: ['youth'],
      targetGroups: ['Jeugd en gezin'],
      mandate: ['parenting', 'safety'],
      ...overrides,
    }),
    functions: [
      fn('j-opvoed', [['networking', 3]], { templateKey: 'socioPedagogical', name: 'Opvoedondersteuning' }),
      fn('j-crisis', [['conflict', 4]], { templateKey: 'crisisIntervention', name: 'Crisis jeugd' }),
    ],
    professionals: POOL,
    assignments: [
      ['ann', 'j-opvoed', 8],
      ['bo', 'j-opvoed', 8],
      ['cas', 'j-crisis', 12],
    ],
  });
}

function eldersPlan(): TeamPlan {
  return plan({
    team: team({ id: 'elders', name: 'Team Elders', area: 'Anderwijk' }),
    functions: [fn('e-1', [])],
    professionals: POOL,
    assignments: [['ann', 'e-1', 8]],
  });
}

function entry(p: TeamPlan, isMain = true, scenarioId = `${p.team.id}-hoofd`): HrScenarioPlan {
  return { teamId: p.team.id, scenarioId, scenarioName: 'Hoofdscenario', isMain, isSample: false, plan: p };
}

export function input(
  plans: TeamPlan[] = [breedPlan(), jeugdPlan(), eldersPlan()],
  variants: TeamPlan[] = [],
): HrInput {
  return {
    competencies: [],
    professionals: POOL,
    scenarios: [...plans.map((p) => entry(p)), ...variants.map((p) => entry(p, false, `${p.team.id}-variant`))],
  };
}
