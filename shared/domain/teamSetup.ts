import type { Team } from './schemas.js';

type TeamSetup = Pick<Team, 'targetGroups' | 'mandate' | 'leader' | 'frontField' | 'consultations' | 'ownModelNotes'>;

/**
 * A team's set-up before anything is filled in: no focus, no mandate, no leader, no
 * voorliggend veld, no consultations, no own notes. Fresh objects each call, so no two
 * teams ever share a list.
 */
export function emptyTeamSetup(): TeamSetup {
  return {
    targetGroups: [],
    mandate: [],
    leader: null,
    frontField: [],
    consultations: [],
    ownModelNotes: { pros: [], cons: [] },
  };
}
