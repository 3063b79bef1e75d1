import { message } from '../../i18n/message.js';
import { STRONG_TEAM_ROLE_LEVEL, teamRoleProfile } from '../teamRoleProfile.js';
import { listOf } from './listOf.js';
import { defineRule, professionalName } from './rule.js';

/**
 * Team roles that should reinforce each other (De Waal e.a., "Vakkennis, talent en de cruciale
 * rol van teamleiders"): a role no member has strongly, or that rests on one person. Only
 * once someone is rated; before that, one reminder.
 */

export const teamRoleAbsent = defineRule(
  {
    id: 'team-role-absent',
    severity: 'info',
    about: message('rule.teamRoleAbsent.about', { level: STRONG_TEAM_ROLE_LEVEL }),
  },
  ({ plan, report }, say) => {
    const profile = teamRoleProfile(plan, report.memberIds);
    if (!profile.rated) return [];
    const absent = profile.lines.filter((l) => l.holders.length === 0);
    if (absent.length === 0) return [];
    return [
      say(
        message('rule.teamRoleAbsent.text', {
          count: absent.length,
          roles: listOf(absent.map((l) => l.name)),
          level: STRONG_TEAM_ROLE_LEVEL,
        }),
        { kind: 'team', id: plan.team.id },
      ),
    ];
  },
);

export const teamRoleOnOnePerson = defineRule(
  {
    id: 'team-role-single-person',
    severity: 'info',
    about: message('rule.teamRoleSingle.about', { level: STRONG_TEAM_ROLE_LEVEL }),
  },
  ({ plan, report }, say) => {
    const profile = teamRoleProfile(plan, report.memberIds);
    if (!profile.rated) return [];
    return profile.lines
      .filter((l) => l.holders.length === 1)
      .map((l) =>
        say(message('rule.teamRoleSingle.text', { role: l.name, holder: professionalName(plan, l.holders[0]!) }), {
          kind: 'team',
          id: plan.team.id,
        }),
      );
  },
);

export const teamRolesNotRated = defineRule(
  {
    id: 'team-roles-not-rated',
    severity: 'info',
    about: message('rule.teamRolesNotRated.about'),
  },
  ({ plan, report }, say) => {
    if (plan.teamRoles.length === 0 || report.memberIds.length === 0) return [];
    if (teamRoleProfile(plan, report.memberIds).rated) return [];
    return [say(message('rule.teamRolesNotRated.text'), { kind: 'team', id: plan.team.id })];
  },
);
