import type { editors as nl } from '../nl/editors.js';

/** English texts of the editors of plan format 2's fields (see ../nl/editors.ts). */
export const editors: Record<keyof typeof nl, string> = {
  'edit.fn.details': 'Specialist knowledge, life domains and route of {fn}',

  'edit.expertise.title': 'Specialist knowledge',
  'edit.expertise.intro':
    'Specialist knowledge this function needs, with a minimum level and a number of people. ‘In this function’ counts only the people in this function, as for a competency; ‘Somewhere in the team’ is enough when anyone in the team has it.',
  'edit.expertise.caption': 'Specialist knowledge {fn} needs',
  'edit.expertise.column': 'Specialist knowledge',
  'edit.expertise.level': 'Minimum level',
  'edit.expertise.people': 'Number of people',
  'edit.expertise.scope': 'Where',
  'edit.expertise.levelOf': 'Minimum level for {expertise}',
  'edit.expertise.peopleOf': 'Number of people for {expertise}',
  'edit.expertise.scopeOf': 'Where {expertise} must be',
  'edit.expertise.remove': 'Remove specialist knowledge {expertise}',
  'edit.expertise.add': 'Add specialist knowledge',
  'edit.expertise.choose': 'Choose specialist knowledge',
  'edit.expertise.none': 'This function does not need any specialist knowledge yet.',

  'edit.lifeDomains.label': 'Life domains this function serves',
  'edit.lifeDomains.hint':
    "This list of life domains is the planner's own division; the sources speak of ‘all life domains’ but give no fixed list.",

  'edit.consultation.title': 'Whom do we consult?',
  'edit.consultation.intro':
    'This function lies in the specialist shell: the team does not do it itself. Record whom the team can turn to and what has been agreed.',
  'edit.consultation.organisation': 'Organisation',
  'edit.consultation.organisationHint':
    'Nothing is kept without an organisation; clear the field to remove the arrangement.',
  'edit.consultation.contact': 'Contact',
  'edit.consultation.arrangement': 'Arrangement',
  'edit.consultation.responseTime': 'Response time',

  'edit.escalation.label': 'How do more serious problems move on to the specialist shell?',
  'edit.escalation.hint': 'For example: who calls in the specialist, on which signs and how quickly.',

  'edit.held.title': 'Specialist knowledge',
  'edit.held.caption': 'Specialist knowledge of {name}',
  'edit.held.column': 'Specialist knowledge',
  'edit.held.level': 'Level',
  'edit.held.assessedOn': 'Assessed on',
  'edit.held.levelOf': 'Level for {expertise}',
  'edit.held.assessedOnOf': 'Assessed on, {expertise}',
  'edit.held.remove': 'Remove specialist knowledge {expertise}',
  'edit.held.add': 'Add specialist knowledge',
  'edit.held.choose': 'Choose specialist knowledge',
  'edit.held.none': 'No specialist knowledge recorded yet.',

  'edit.roles.title': 'Team roles',
  'edit.roles.intro': 'How naturally each team role comes to this person, on the same scale from 0 to 4.',
  'edit.roles.column': 'Team role',
  'edit.roles.ratingOf': 'Team role {role}',
  'edit.roles.empty': 'No team roles have been set up. Add them in the catalogue.',

  'edit.roleSet.title': 'Team roles',
  'edit.roleSet.intro':
    "A small set of team roles of the planner's own to start with, deliberately not an existing (trademarked) team role model. Make it the roles your organisation uses; team roles reinforce each other when they complement each other.",
  'edit.roleSet.nameNl': 'Dutch name of {role}',
  'edit.roleSet.nameEn': 'English name of {role}',
  'edit.roleSet.remove': 'Remove team role {role}',
  'edit.roleSet.removeHint': 'Removing a role also removes it from the professionals rated on it. This can be undone.',
  'edit.roleSet.new': 'New team role',
  'edit.roleSet.nameTaken': 'A team role with this name already exists.',
  'edit.roleSet.add': 'Add team role',

  'edit.template.lifeDomainsOf': 'Life domains: {domains}',
  'edit.template.lifeDomains': 'Life domains',

  'edit.teamRole.keyTaken': 'A team role ‘{name}’ already exists.',
  'edit.teamRole.nameTaken': 'There is already a team role named ‘{name}’. Choose another name.',
  'edit.teamRole.notFound': 'The team role ‘{key}’ does not exist (any more).',

  'edit.cmd.fnExpertise': 'Specialist knowledge of {name}',
  'edit.cmd.personExpertise': 'Specialist knowledge of {name}',
  'edit.cmd.personRoles': 'Team roles of {name}',
  'edit.cmd.roleAdd': 'Team role {name} added',
  'edit.cmd.roleRename': 'Team role {name} renamed',
  'edit.cmd.roleRemove': 'Team role {name} removed',

  'edit.import.expertiseLevel':
    'level ‘{value}’ for specialist knowledge ‘{expertise}’ does not exist: use 1 to 4, for example youth:3',
  'edit.import.syntax':
    'The Expertise column lists each specialist knowledge by name, optionally followed by a colon and a level from 1 to 4, separated by semicolons or commas, for example ‘youth:3; debt’. Without a level it becomes 2 (competent).',
};
