import type { TeamModel } from '../../shared/catalogue/teamDesign.js';
import type { Team } from '../../shared/domain/schemas.js';
import { emptyTeamSetup } from '../../shared/domain/teamSetup.js';

/**
 * A starting design per model; every answer can be changed on the design screen. A1 and A2
 * are both broad teams for every age: what sets A2 apart is which questions reach it
 * (complex and multiple ones) and how (referred by the voorliggend veld and the first
 * line), not a narrower age group or domain. Domain and target-group teams start focused.
 */
export function defaultDesign(model: TeamModel): Omit<Team, 'id' | 'name' | 'area'> {
  const broad = model === 'A1' || model === 'A2';
  return {
    organisationType: 'integraal',
    model,
    positioning: 'municipality',
    ageGroups: ['youth', 'adults', 'elderly'],
    design: {
      breadth: { scope: broad ? 'all' : 'focused', collective: model === 'A1', notes: '' },
      questions:
        model === 'A2'
          ? { reach: 'complex', arrival: 'referred', notes: '' }
          : { reach: 'all', arrival: 'direct', notes: '' },
      depth: { mode: model === 'A2' ? 'solve' : 'signalAndRefer', notes: '' },
      integration: { mode: 'mandated', notes: '' },
    },
    ...emptyTeamSetup(),
  };
}
