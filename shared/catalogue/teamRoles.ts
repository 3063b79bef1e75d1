import type { LocalText } from '../domain/text.js';
import { bothLanguagesOf } from '../i18n/bothLanguages.js';

/**
 * Team roles (teamrollen). The sources stress that "ontschotting" only works when team
 * roles reinforce each other, but prescribe no role model; organisations use their own.
 * This is a small default set with our own Dutch names (deliberately not a trademarked
 * role model); the store keeps an editable copy, and a plan file carries the set it uses.
 * Each person is rated per role on the planner's one 0-4 scale ("how strongly this role
 * comes naturally").
 */
interface TeamRoleDefinition {
  key: string;
  name: LocalText;
}

export const DEFAULT_TEAM_ROLES: readonly TeamRoleDefinition[] = [
  { key: 'driver', name: bothLanguagesOf('setup.teamRole.driver') },
  { key: 'connector', name: bothLanguagesOf('setup.teamRole.connector') },
  { key: 'ideas', name: bothLanguagesOf('setup.teamRole.ideas') },
  { key: 'organiser', name: bothLanguagesOf('setup.teamRole.organiser') },
  { key: 'finisher', name: bothLanguagesOf('setup.teamRole.finisher') },
  { key: 'critic', name: bothLanguagesOf('setup.teamRole.critic') },
];

/** Keys of team roles: the same shape as competency keys, so the same checks apply. */
export const TEAM_ROLE_KEY_PATTERN = /^[a-z][a-zA-Z0-9-]{1,39}$/;
