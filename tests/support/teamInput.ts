import type { ApiInput } from '../../shared/api/contract.js';

/**
 * A plain team as the design screen's "Nieuw team" makes one (A1, integral, for adults),
 * without functions: the integration tests, the e2e tests and the benches that need "a
 * team" take it from here and add what they are about.
 */
export function plainTeamInput(name: string, area = ''): Omit<ApiInput<'teams.create'>, 'functionTemplateKeys'> {
  return {
    name,
    area,
    organisationType: 'integraal',
    model: 'A1',
    positioning: 'municipality',
    ageGroups: ['adults'],
    design: {
      breadth: { scope: 'all', collective: false },
      depth: { mode: 'solve' },
      integration: { mode: 'mandated' },
    },
  };
}
