import { teamSchema, type Team } from '../../shared/domain/schemas.js';

/**
 * The parts of a team's set-up that are only ever read and written whole (target groups,
 * mandate, leader, voorliggend veld, consultations, the user's own notes on the model):
 * one JSON column, `teams.setup_json`, checked with the domain schema on the way out.
 */
const setupSchema = teamSchema.pick({
  targetGroups: true,
  mandate: true,
  leader: true,
  frontField: true,
  consultations: true,
  ownModelNotes: true,
});

type TeamSetup = Pick<Team, 'targetGroups' | 'mandate' | 'leader' | 'frontField' | 'consultations' | 'ownModelNotes'>;

export function parseTeamSetup(text: string): TeamSetup {
  return setupSchema.parse(JSON.parse(text));
}

export function teamSetupJson(team: TeamSetup): string {
  const setup: TeamSetup = {
    targetGroups: team.targetGroups,
    mandate: team.mandate,
    leader: team.leader,
    frontField: team.frontField,
    consultations: team.consultations,
    ownModelNotes: team.ownModelNotes,
  };
  return JSON.stringify(setup);
}
