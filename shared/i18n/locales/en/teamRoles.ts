import type { teamRoles as nl } from '../nl/teamRoles.js';

/** The team-role profile beside the competency profile (board and print). */
export const teamRoles: Record<keyof typeof nl, string> = {
  'roles.title': 'Team roles',
  'roles.note':
    'For each team role: whether the team has it strongly (level {level} or higher), in whom, the best level and how many members sit at each level. The roles do not come from the sources: they are the planner\u2019s starter set or your organisation\u2019s own. The sources name no role model; at a working meeting on the research of De Waal et al. it was stressed that breaking down the walls between services only works when team roles reinforce each other.',
  'roles.caption': 'The team\u2019s team roles, with the number of members at each level',
  'roles.col.role': 'Team role',
  'roles.col.roleAndStatus': 'Team role and status',
  'roles.col.status': 'Status',
  'roles.col.holders': 'Strong in',
  'roles.col.best': 'Best level',
  'roles.col.perLevelGroup': 'Members per level',
  'roles.col.perLevelShort': 'Per level 0-4',
  'roles.levelCount': '{label}: {members}',
  'roles.col.perLevel': 'Members at level {value} ({name})',
  'roles.nobody': 'nobody',
  'roles.notRated':
    'No member has been rated on team roles yet. Rate the team roles for the people to see which roles are missing or rest on one person.',
  'roles.noMembers': 'No members yet.',
  'roles.noRoles': 'This plan has no team roles.',
};
