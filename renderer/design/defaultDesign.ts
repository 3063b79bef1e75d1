import type { TeamModel } from '../../shared/catalogue/teamDesign.js';
import type { Team } from '../../shared/domain/schemas.js';

/** A starting design per model; every answer can be changed on the design screen. */
export function defaultDesign(model: TeamModel): Omit<Team, 'id' | 'name' | 'area'> {
  return {
    organisationType: 'integraal',
    model,
    positioning: 'municipality',
    ageGroups: model === 'A1' ? ['youth', 'adults', 'elderly'] : ['adults'],
    design: {
      breadth: { scope: model === 'A1' ? 'all' : 'focused', collective: model === 'A1', notes: '' },
      depth: { mode: model === 'A2' ? 'solve' : 'signalAndRefer', notes: '' },
      integration: { mode: 'mandated', notes: '' },
    },
  };
}
