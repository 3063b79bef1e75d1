import type { advice as nl } from '../nl/advice.js';

/** Design advice (shared/engine/advice), the same keys as the Dutch section. */
export const advice: Record<keyof typeof nl, string> = {
  'rule.partnershipAsTeam.about': 'A partnership set up as a team with staffed functions.',
  'rule.partnershipAsTeam.text':
    'This plan divides people over functions as if it were a team, but its type is partnership: a case or network consultation without shared responsibility. If the members do share responsibility, choose integrated or integral team; otherwise it is a consultation, not a team.',
  'rule.integraalHierarchical.about':
    'An integral team whose members mostly keep a hierarchical binding to their mother organisation.',
  'rule.integraalHierarchical.text':
    'An integral team directs itself, yet {hierarchical} of its {members} members stay hierarchically bound to their mother organisation. In practice the team then does not decide for itself. Make the binding functional or choose the integrated team type.',
  'rule.integraalWithoutMandate.about': 'An integral team whose "how integrated" answer is not a mandate of its own.',
  'rule.integraalWithoutMandate.text':
    'This team is called integral, but "How integrated?" does not give it a mandate of its own. An integral team has decision authority and its own team leader; record that mandate or choose the integrated team type.',
  'rule.a1NoYouthExpertise.about': 'An A1 team without youth expertise among its members.',
  'rule.a1NoYouthExpertise.text':
    'This A1 team serves every question from 0 to 100+, yet no member has youth expertise. Worries about children are then easily missed or raised too late. Add someone with youth expertise or agree on regular consultation.',
  'rule.a1NarrowBreadth.about': 'An A1 team whose breadth or age groups do not fit "all questions".',
  'rule.a1NarrowBreadth.text':
    'An A1 team is meant for all residents and all questions, but this team is set up more narrowly. Choose deliberately: broaden the team or pick a target-group or domain-specific model.',
  'rule.a1NarrowBreadth.textWithAgeGroups':
    'An A1 team is meant for all residents and all questions, but this team is set up more narrowly (missing: {ageGroups}). Choose deliberately: broaden the team or pick a target-group or domain-specific model.',
  'rule.a2NoAccessRoute.about': 'An A2 team without an access function in the team or the shell.',
  'rule.a2NoAccessRoute.text':
    'An A2 team has no front door of its own: residents come in through the first line. This plan does not record where that access is. Add the Access point / front office function (in the shell when someone else runs it) and agree how situations are referred.',
  'rule.youthWithoutFunction.about':
    'The team serves youth, but no function (in the team or the shell) asks for youth expertise.',
  'rule.youthWithoutFunction.text':
    'The team also serves youth (0-17), but no function in the team or the shell asks for youth expertise. Add a youth function, or record where the team refers youth questions.',
  'rule.referWithoutShell.about': 'The team signals and refers, but the plan puts no function in the shell.',
  'rule.referWithoutShell.text':
    '"How far?" says the team signals and refers, yet no function is in the shell. Record which specialist functions the team refers to.',
  'rule.solveMostlyShell.about': 'The team solves things itself, but most functions are in the shell.',
  'rule.solveMostlyShell.text':
    '"How far?" says the team solves things itself, yet {inShell} of its {functions} functions are in the shell. Bring functions into the team, or choose to signal and refer.',
  'rule.collectiveWithoutFunction.about':
    'The team chooses collective arrangements, but no in-team function carries them.',
  'rule.collectiveWithoutFunction.text':
    '"How broad?" says the team also works collectively (residents\u2019 initiatives, facilities in the area), but no in-team function carries it. Add Collective arrangements or Community development.',
  'rule.functionWithoutMembers.about': 'An in-team function nobody is assigned to.',
  'rule.functionWithoutMembers.text':
    'Nobody fills the function {function}. Assign someone or place the function in the shell on purpose.',
  'rule.functionShortOfHours.about': 'A staffed in-team function with fewer hours than it needs.',
  'rule.functionShortOfHours.text_one':
    '{function} has {allocated} of the {required} hours per week it needs; {count} hour is missing.',
  'rule.functionShortOfHours.text_other':
    '{function} has {allocated} of the {required} hours per week it needs; {count} hours are missing.',
  'rule.expertiseMissing.about': 'Expertise an in-team function asks for that no member has.',
  'rule.expertiseMissing.text':
    'No member has expertise in {expertise}, while {functions} asks for it. Add someone with this expertise or place the function in the shell.',
  'rule.shellExpertiseUnrecognised.about': 'Expertise only in the shell, with no member who recognises the need.',
  'rule.shellExpertiseUnrecognised.text':
    'Expertise in {expertise} sits only in the shell. Make sure the team knows when to call on it (training, regular consultation), or referrals come too late.',
  'rule.competencySinglePerson.about': 'A competency the team needs that rests on one person.',
  'rule.competencySinglePerson.text':
    '{competency} at level {level} rests on {holder} alone. If they are away or leave, the team lacks it; develop it in a second member.',
  'rule.overAllocated.about': 'A professional with more hours across all teams than their contract.',
  'rule.overAllocated.text':
    '{name} is planned for {allocated} hours but has a contract of {contract} hours. Reduce hours or share the work differently.',
  'rule.assessmentMissing.about': 'A member without an assessment date.',
  'rule.assessmentMissing.text':
    'The competencies of {name} were never assessed; coverage rests on assumptions. Plan an assessment.',
  'rule.assessmentOutdated.about': 'A member whose assessment is older than {months} months.',
  'rule.assessmentOutdated.text':
    'The assessment of {name} dates from {date}, more than {months} months ago. Update the assessment.',
};
