import type { designScreen as nl } from '../nl/designScreen.js';

/** The design screen's own texts in English; the same keys as the Dutch section. */
export const designScreen: Record<keyof typeof nl, string> = {
  'designScreen.source': 'Source: {article}, ‘{section}’',
  'designScreen.withSource': '{text} (Source: {article}, ‘{section}’)',
  'designScreen.article.hu2014': 'De Waal et al. (Hogeschool Utrecht)',
  'designScreen.article.movisie2017': 'Integraal werken in de wijk (2017)',
  'designScreen.sources.title': 'About the sources',
  'designScreen.sources.intro':
    'What the planner says about organisation types, team models and design questions rests on these two articles; each statement names the article and the section. Anything not from the sources is shown as the team’s own note or as the planner’s own division.',
  'designScreen.sources.entry': '{authors}. {title}. {origin}.',
  'designScreen.sources.sections': 'Sections used:',

  'designScreen.add': 'Add',
  'designScreen.remove': 'Remove',
  'designScreen.removeNamed': 'Remove {name}',

  'designScreen.own.title': 'This team’s own notes',
  'designScreen.own.invitation':
    'Write down your own pros and cons of this model here. The planner shows them as this team’s notes, not as statements of the sources.',
  'designScreen.own.label': 'Own note',
  'designScreen.own.pros': 'Own pros',
  'designScreen.own.cons': 'Own cons',
  'designScreen.own.newPro': 'New own pro',
  'designScreen.own.newCon': 'New own con',
  'designScreen.own.removeLabel': 'Remove own note ‘{text}’',

  'designScreen.frontField.title': 'Voorliggend veld (referring partners)',
  'designScreen.frontField.explain':
    'In model A2 the voorliggend veld and the first line take up residents’ simple requests for help; when their problems become more complicated, professionals there refer them to the team.',
  'designScreen.frontField.explainOther':
    'Here you record the partners who refer residents to this team, each with their referral route.',
  'designScreen.frontField.notShell':
    'The shell is something else: the specialists around the team to whom the team refers.',
  'designScreen.frontField.a2':
    'An A2 team receives its cases through these partners, so the connection with the voorliggend veld matters even more.',
  'designScreen.frontField.ownKinds':
    'The kinds of partner are the planner’s own division; the sources only speak of ‘the voorliggend veld and the first line’.',
  'designScreen.frontField.empty': 'No voorliggend veld partners recorded yet.',
  'designScreen.frontField.name': 'Partner',
  'designScreen.frontField.kind': 'Kind of partner',
  'designScreen.frontField.route': 'Referral route (who refers, where and how fast)',
  'designScreen.frontField.newName': 'Name of a new partner',
  'designScreen.frontField.add': 'Add partner',

  'designScreen.leader.title': 'Manager',
  'designScreen.leader.explain':
    'An integral team has its own manager, who is accountable (functionally or hierarchically) to the municipality, the consortium or both.',
  'designScreen.leader.none': 'No manager recorded yet.',
  'designScreen.leader.add': 'Record a manager',
  'designScreen.leader.remove': 'Remove the manager',
  'designScreen.leader.fromPool': 'Professional from the pool',
  'designScreen.leader.nobody': 'Nobody from the pool',
  'designScreen.leader.name': 'Name (or type a name from outside the pool)',
  'designScreen.leader.accountableTo': 'Answers to',
  'designScreen.leader.notYet': 'Not chosen yet',
  'designScreen.leader.spanPeople': 'Manages in total (people)',
  'designScreen.leader.spanFte': 'Manages in total (fte)',
  'designScreen.leader.spanHint': 'Left empty means: only this team’s members (now {people} people, {fte} fte).',
  'designScreen.leader.spanLimit': 'Own limit for the check (people)',
  'designScreen.leader.spanLimitHint': 'This is your own threshold; the sources give no number.',

  'designScreen.focus.title': 'Target groups and mandate',
  'designScreen.targetGroups.label': 'Target groups, in your own words',
  'designScreen.targetGroups.empty': 'The team does not concentrate on particular target groups.',
  'designScreen.targetGroups.new': 'New target group',
  'designScreen.mandate.label': 'Terrains on which the team may decide itself',
  'designScreen.mandate.ownList':
    'These areas of life are the planner’s own division; the sources speak of ‘every area of life’ but give no list.',

  'designScreen.consult.title': 'Consultation arrangements',
  'designScreen.consult.explain':
    'For each field of expertise the team does not have (enough of) itself: whom it consults, on what terms and how fast.',
  'designScreen.consult.lacking':
    'Functions ask for knowledge nobody in the team has and for which there is no arrangement yet: {list}.',
  'designScreen.consult.empty': 'No consultation arrangements yet.',
  'designScreen.consult.add': 'Add arrangement',
  'designScreen.consult.expertise': 'Field of expertise',
  'designScreen.consult.organisation': 'Organisation',
  'designScreen.consult.contact': 'Contact person',
  'designScreen.consult.responseTime': 'Response time',
  'designScreen.consult.arrangement': 'Arrangement',
};
