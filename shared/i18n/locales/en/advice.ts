import type { advice as nl } from '../nl/advice.js';
import { catalogueData } from './catalogueData.js';

/**
 * Design advice (shared/engine/advice), the same keys as the Dutch section. Sources keep
 * their Dutch titles: "De Waal et al. (Hogeschool Utrecht)" is "Integrale wijkteams: een kwestie van
 * kiezen"; "Integraal werken in de wijk (2017)" is "Brede integrale wijkteams: voor- en nadelen".
 * Their sections are named as Team design names them (the catalogue's source sections), and a
 * drawback by the lead of its text there, so the advice quotes what the user can find.
 */
const section = {
  models: catalogueData['cat.source.hu2014.section.models'],
  expertise: catalogueData['cat.source.hu2014.section.expertise'],
  designQuestions: catalogueData['cat.source.hu2014.section.designQuestions'],
  functions: catalogueData['cat.source.hu2014.section.functions'],
  a1: catalogueData['cat.source.movisie2017.section.a1'],
  a2: catalogueData['cat.source.movisie2017.section.a2'],
};

export const advice: Record<keyof typeof nl, string> = {
  'rule.partnershipAsTeam.about': `A partnership set up as a team with staffed functions. Source: De Waal et al. (Hogeschool Utrecht), ‘${section.models}’.`,
  'rule.partnershipAsTeam.text':
    'This plan divides people over functions as if it were a team, but its type is partnership: a case or network consultation without shared responsibility. If the members do share responsibility, choose integrated or integral team; otherwise it is a consultation, not a team.',
  'rule.integraalHierarchical.about': `An integral team whose members mostly keep a hierarchical binding to their mother organisation. Source: De Waal et al. (Hogeschool Utrecht), ‘${section.models}’.`,
  'rule.integraalHierarchical.text':
    'An integral team is mandated and works independently; its members have only a light binding to their mother organisation, functional rather than hierarchical. Here {hierarchical} of the {members} members stay hierarchically bound; then it is doubtful whether the team can decide for itself in practice. Make the binding functional or choose the integrated team type.',
  'rule.integraalWithoutMandate.about': `An integral team whose ‘How integrated?’ answer is not a mandate of its own. Source: De Waal et al. (Hogeschool Utrecht), ‘${section.models}’.`,
  'rule.integraalWithoutMandate.text':
    'This team is called integral, but ‘How integrated?’ does not give it a mandate of its own. An integral team is mandated and works independently, with decision authority in several fields and a manager of its own. Record that mandate or choose the integrated team type.',
  'rule.integraalWithoutLeader.about': `An integral team without a manager of its own. Source: De Waal et al. (Hogeschool Utrecht), ‘${section.models}’ (an integral team\u2019s own manager) and ‘${section.expertise}’ (the role of team leaders).`,
  'rule.integraalWithoutLeader.text':
    'No manager of its own is recorded for this integral team. An integral team has its own manager, accountable to the municipality and/or the consortium. Team leaders are also the link between policy and the work floor. Record in the team setup who the manager is.',
  'rule.leaderSpanExceeded.about':
    'A manager who leads more people than the limit set in the plan. The planner\u2019s own check: the sources set no limit, the user sets it.',
  'rule.leaderSpanExceeded.text':
    'The manager leads {span} people, more than the limit of {limit} set for this team. That leaves little time to direct and coach the team; consider fewer people per manager or a second manager.',
  'rule.leaderAccountability.about': `An integral team whose manager is not accountable to whoever directs the team according to its positioning. Source: De Waal et al. (Hogeschool Utrecht), ‘${section.models}’, and Integraal werken in de wijk (2017) on positioning; comparing the two is the planner\u2019s own check.`,
  'rule.leaderAccountability.consortium':
    'The team is placed with a consortium of providers, but according to the plan its manager is not accountable to that consortium. Record who mandates the team and what the providers agree among themselves about it.',
  'rule.leaderAccountability.municipality':
    'The municipality runs the team itself, but according to the plan its manager is not accountable to the municipality. Record whom the manager is accountable to.',
  'rule.singleProviderSeconded.about':
    'A team contracted to one provider with members from more than one mother organisation. The planner\u2019s own check, following the question ‘How integrated?’ (De Waal et al., Hogeschool Utrecht) and positioning (Integraal werken in de wijk, 2017).',
  'rule.singleProviderSeconded.text':
    'The team is contracted to one provider, but its members come from {organisations} mother organisations. Anyone working in the team from another organisation, seconded for instance, needs agreements between that organisation and the provider on direction, mandate and accountability.',
  'rule.modelQuestionMismatch.about': `The chosen model (A1 or A2) and the answer on which questions reach the team contradict each other. Source: Integraal werken in de wijk (2017), ‘${section.a1}’ and ‘${section.a2}’.`,
  'rule.modelQuestionMismatch.a2AllQuestions':
    'The model is A2, a team for complex and multiple questions, but the answer to which questions reach the team says all of them do. Change the model or that answer so they say the same.',
  'rule.modelQuestionMismatch.a2Direct':
    'The model is A2: residents with complex questions are referred by the voorliggend veld and the first line. The answer to how questions arrive, however, says residents only come directly. Change the model or that answer.',
  'rule.modelQuestionMismatch.a1Complex':
    'The model is A1, a team for all questions, but the answer to which questions reach the team says only complex and multiple ones do; that fits model A2. Change the model or that answer.',
  'rule.a1NoYouthExpertise.about': `An A1 team without (enough) specialist knowledge of youth among its members and without a consultation arrangement for youth. Source: Integraal werken in de wijk (2017), ‘${section.a1}’, drawback ‘Keeping knowledge current’.`,
  'rule.a1NoYouthExpertise.text':
    'No member of this A1 team has (enough) specialist knowledge of youth, and no consultation for youth is recorded. In a broad team such specialist knowledge needs extra upkeep; without it, there is a greater risk that worries about children and families are missed, that advice is sought late or that the wrong help is given. Add someone with specialist knowledge of youth or record whom the team consults on youth.',
  'rule.a1NarrowBreadth.about': `An A1 team that does not serve every age group, and what such a split needs. Source: Integraal werken in de wijk (2017), ‘${section.a1}’ (Gouda on separate teams for under and over 18); which arrangements a split needs is the planner\u2019s own advice.`,
  'rule.a1NarrowBreadth.textAt18':
    'This A1 team does not serve every age (not: {ageGroups}). Separate teams for under and over 18 do exist. The municipality of Gouda considered one team for all ages instead, because a young person\u2019s problems do not stop at 18 and many questions affect the whole household. If the split stays, record how young people turning 18 are handed over to the other team, so their help carries on, and how this team coordinates with the other team when parents and children of one household are with different teams.',
  'rule.a1NarrowBreadth.text':
    'This A1 team does not serve every age (not: {ageGroups}). Record which team helps these residents, and how this team coordinates with it when members of one household are with different teams.',
  'rule.a1NoEscalation.about': `Functions in an A1 team without a recorded route for moving heavier problems on to the shell. The planner\u2019s own check, on the A1 drawback ‘Heavy questions stay in the team too long’ (Integraal werken in de wijk, 2017, ‘${section.a1}’): the source names the risk, the escalation route is the remedy the planner proposes.`,
  'rule.a1NoEscalation.text_one':
    '{functions} does not record how heavier problems move on to the shell. When a broad team keeps questions too long for lack of specific knowledge, specialised care risks coming in too late. A fixed escalation route helps prevent that: record when and to whom the team escalates.',
  'rule.a1NoEscalation.text_other':
    '{count} functions ({functions}) do not record how heavier problems move on to the shell. When a broad team keeps questions too long for lack of specific knowledge, specialised care risks coming in too late. A fixed escalation route helps prevent that: record per function when and to whom the team escalates.',
  'rule.frontFieldMissing.about': `An A2 team, or a team whose questions arrive by referral, with no partners in the voorliggend veld. Source: Integraal werken in de wijk (2017), ‘${section.a2}’, drawback ‘Good links with the voorliggend veld’, for A2; for other teams taking referrals it is the planner’s own check.`,
  'rule.frontFieldMissing.text':
    'This team gets (some of) its cases referred by partners in the voorliggend veld, such as welfare work, the GP or a school. The plan names none of them yet. Record who they are and how they refer.',
  'rule.frontFieldNoRoute.about': `A partner in the voorliggend veld without a recorded referral route. The planner\u2019s own check, on the A2 drawback ‘Good links with the voorliggend veld’ (Integraal werken in de wijk, 2017, ‘${section.a2}’); the same check applies to other teams whose questions arrive by referral.`,
  'rule.frontFieldNoRoute.text_one':
    'For {partners} in the voorliggend veld, the plan does not record how cases are referred to the team. Record who refers, where, and how quickly the team responds.',
  'rule.frontFieldNoRoute.text_other':
    'For {count} partners in the voorliggend veld ({partners}), the plan does not record how cases are referred to the team. Record for each partner who refers, where, and how quickly the team responds.',
  'rule.a2LifeDomains.about': `Life domains no function of an A2 team serves. Source: Integraal werken in de wijk (2017), ‘${section.a2}’, drawback ‘Only the problem in view’; the list of life domains is the planner\u2019s own choice.`,
  'rule.a2LifeDomains.text':
    'Together, the functions of this A2 team do not serve every life domain; no function serves: {domains}. With the focus on complex problems, the work risks becoming problem-centred, with less eye for residents\u2019 whole lives. Record which life domains each function serves, or agree who watches the others. The list of life domains is the planner\u2019s own; the sources give none.',
  'rule.youthWithoutFunction.about':
    'The team serves youth, but no function (in the team or the shell) asks for specialist knowledge of youth. The planner\u2019s own check on the choice of age groups (De Waal et al., Hogeschool Utrecht, the question ‘How broad?’).',
  'rule.youthWithoutFunction.text':
    'The team also serves youth (0-17), but no function in the team or the shell asks for specialist knowledge of youth. Add a youth function, or record where the team refers youth questions.',
  'rule.referWithoutShell.about':
    'The team signals and refers, but the plan puts no function in the shell. Source: De Waal et al. (Hogeschool Utrecht), the question ‘How far do care and support go?’.',
  'rule.referWithoutShell.text':
    '‘How far?’ says the team signals and refers, yet no function is in the shell. Record which specialist functions the team refers to.',
  'rule.solveMostlyShell.about':
    'The team solves things itself, but most functions are in the shell. Source: De Waal et al. (Hogeschool Utrecht), the question ‘How far do care and support go?’.',
  'rule.solveMostlyShell.text':
    '‘How far?’ says the team solves things itself, yet {inShell} of its {functions} functions are in the shell. Bring functions into the team, or choose to signal and refer.',
  'rule.crisisPlacement.about': `Crisis intervention placed (team or shell) at odds with the answer to ‘How far?’, with no arrangement recorded. Source: De Waal et al. (Hogeschool Utrecht), ‘${section.designQuestions}’ and ‘${section.functions}’; the comparison is the planner\u2019s own check.`,
  'rule.crisisPlacement.inTeam':
    '{function} is in the team, but ‘How far?’ says the team signals and refers. A team can have crisis intervention as a function of its own; then answer ‘How far?’ with solving things itself, or place the function in the shell if the team refers crises.',
  'rule.crisisPlacement.inShell':
    '{function} is in the shell while ‘How far?’ says the team solves things itself, and the plan does not say whom the team calls in during a crisis. Bring the function into the team, or record with the function whom the team consults and how fast.',
  'rule.collectiveWithoutFunction.about':
    'The team chooses collective arrangements, but no in-team function carries them. Source: De Waal et al. (Hogeschool Utrecht), the question ‘How broad?’.',
  'rule.collectiveWithoutFunction.text':
    '‘How broad?’ says the team also works collectively (residents\u2019 initiatives, facilities in the area), but no in-team function carries it. Add Collective arrangements or Community development.',
  'rule.functionWithoutMembers.about': 'An in-team function nobody is assigned to. The planner\u2019s own check.',
  'rule.functionWithoutMembers.text':
    'Nobody fills the function {function}. Assign someone or place the function in the shell on purpose.',
  'rule.functionShortOfHours.about':
    'A staffed in-team function with fewer hours than it needs. The planner\u2019s own check.',
  'rule.functionShortOfHours.text_one':
    '{function} has {allocated} of the {required} hours per week it needs; {count} hour is missing.',
  'rule.functionShortOfHours.text_other':
    '{function} has {allocated} of the {required} hours per week it needs; {count} hours are missing.',
  'rule.expertiseMissing.about': `Specialist knowledge an in-team function asks for that no member has, although a consultation is arranged for it. The planner\u2019s own check, on the specialist knowledge of De Waal et al. (Hogeschool Utrecht), ‘${section.expertise}’.`,
  'rule.expertiseMissing.text':
    'No member has specialist knowledge of {expertise}, while {functions} asks for it. A consultation is arranged for it; if that is not enough for this function, add someone with this knowledge or place the function in the shell.',
  'rule.expertiseNoConsultation.about': `Specialist knowledge a function asks for that no team member has at the level asked, with no consultation arrangement. The planner’s own check, derived from the A1 drawback ‘Keeping knowledge current’ (Integraal werken in de wijk, 2017, ‘${section.a1}’).`,
  'rule.expertiseNoConsultation.text':
    'No member has specialist knowledge of {expertise} at level {level} (asked for by {functions}), and no consultation is arranged for it. Without that arrangement, problems are more easily missed or raised too late. Add someone with this knowledge to the team, or record whom the team asks for advice on it: in the team setup, or as the consultation of a function in the shell.',
  'rule.shellExpertiseUnrecognised.about': `Specialist knowledge only in the shell, with a consultation arrangement but no team member who recognises the question. The planner’s own check, derived from the A1 drawback about not recognising problems and consulting too late (Integraal werken in de wijk, 2017, ‘${section.a1}’).`,
  'rule.shellExpertiseUnrecognised.text':
    'Specialist knowledge of {expertise} sits only in the shell. Make sure the team knows when to call on it (training, regular consultation), or the team risks referring too late.',
  'rule.competencySinglePerson.about':
    'A competency the team needs that rests on one person. The planner\u2019s own check, on the twelve qualities for integrated work that De Waal et al. (Hogeschool Utrecht) name and that appear, among other places, in the Competentieprofiel generalist.',
  'rule.competencySinglePerson.text':
    '{competency} at level {level} rests on {holder} alone. If they are away or leave, the team lacks it; develop it in a second member.',
  'rule.teamRoleAbsent.about': `A team role no member has strongly (level {level} or higher). The planner’s own check, after De Waal et al. (Hogeschool Utrecht), ‘${section.expertise}’ (stressed at the working meeting: breaking down the walls between services only works when team roles reinforce each other).`,
  'rule.teamRoleAbsent.text_one':
    'No member has the team role {roles} strongly (level {level} or higher). Breaking down the walls between services only works when team roles reinforce each other (working meeting, De Waal et al.); discuss who could take this role up, or look for it in a new member.',
  'rule.teamRoleAbsent.text_other':
    'No member has these {count} team roles strongly (level {level} or higher): {roles}. Breaking down the walls between services only works when team roles reinforce each other (working meeting, De Waal et al.); discuss who could take these roles up, or look for them in new members.',
  'rule.teamRoleSingle.about': `A team role only one member has strongly (level {level} or higher). The planner’s own check, after De Waal et al. (Hogeschool Utrecht), ‘${section.expertise}’ (stressed at the working meeting: breaking down the walls between services only works when team roles reinforce each other).`,
  'rule.teamRoleSingle.text':
    'The team role {role} rests on {holder} alone. If they are away or leave, the role is gone; see who could learn this role as well.',
  'rule.teamRolesNotRated.about': `A team in which nobody has been rated on team roles yet. The planner’s own check, after De Waal et al. (Hogeschool Utrecht), ‘${section.expertise}’.`,
  'rule.teamRolesNotRated.text':
    'No member has been rated on team roles yet. At the working meeting on the research of De Waal et al. it was stressed that breaking down the walls between services only works when team roles reinforce each other, there is mutual trust and people know and value each other and each other’s qualities. Rate the team roles for the people to see which roles are missing or rest on one person.',
  'rule.overAllocated.about':
    'A professional with more hours across all teams than their contract. The planner\u2019s own check.',
  'rule.overAllocated.text':
    '{name} is allocated {allocated} hours but has a contract of {contract} hours. Reduce hours or share the work differently.',
  'rule.assessmentMissing.about': 'A member without an assessment date. The planner\u2019s own check.',
  'rule.assessmentMissing.text':
    'The competencies of {name} were never assessed; coverage rests on assumptions. Plan an assessment.',
  'rule.assessmentOutdated.about':
    'A member whose assessment is older than {months} months. The planner\u2019s own check.',
  'rule.assessmentOutdated.text':
    'The assessment of {name} dates from {date}, more than {months} months ago. Update the assessment.',
};
