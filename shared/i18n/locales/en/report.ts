import type { report as nl } from '../nl/report.js';

/** The report command in English; the same keys as the Dutch section. */
export const report: Record<keyof typeof nl, string> = {
  'report.usage':
    'Usage: npm run report -- <team-plan.json> [--json] [--lang nl|en] [--suggestions N] [--today YYYY-MM-DD] [--development K]\n' +
    '\n' +
    '  <team-plan.json> the team plan file; - reads the plan from standard input\n' +
    '  --json           machine-readable report (JSON) instead of text (npm run -s: nothing but the JSON on standard output)\n' +
    '  --lang nl|en     language of the report and of error messages (default nl)\n' +
    '  --suggestions N  candidates per gap and number of best additions (default 3)\n' +
    '  --today DATE     reference date for the age of assessments (default today)\n' +
    "  --development K  instead of the report: the team's best K development steps (1-20)\n" +
    '\n' +
    'Exit code: 0 report made, 2 error in the input or the command.',
  'report.args.unknownOption': 'unknown option: {option}',
  'report.args.needsValue': '{option} expects a value',
  'report.args.badLang': '--lang must be nl or en',
  'report.args.badSuggestions': '--suggestions must be a whole number from 0 to 20',
  'report.args.badToday': '--today must look like YYYY-MM-DD',
  'report.args.noFile': 'name the team plan file',
  'report.args.twoFiles': 'name exactly one team plan file',
  'report.read.notFound': 'file not found',
  'report.read.isFolder': 'this is a folder, not a file',
  'report.read.noPermission': 'no permission to read this file',
  'report.read.other': 'the file cannot be read',
  'report.stdin': '(standard input)',
  'report.internalError': 'internal error of the planner: {detail}',

  'report.title': 'Coverage report – {team}',
  'report.titleWithScenario': 'Coverage report – {team} (scenario: {scenario})',
  'report.area': 'Area: {area} · {design}',
  'report.teamCoverage': 'Team coverage: {percent} ({covered} of {total} requirements covered)',
  'report.teamNothingAsked': "Team coverage: {coverage} (the team's functions ask nothing)",
  'report.hours': 'Hours: {allocated} of {required} hours a week allocated',
  'report.functions': 'Functions',
  'report.shellFunction': '{name} [{placement}] – the team refers to the specialist shell; no team members needed',
  'report.teamFunction': '{name} [{placement}] – coverage {coverage}, {allocated} of {required} hours',
  'report.teamFunctionNothingAsked': '{name} [{placement}] – {coverage}, {allocated} of {required} hours',
  'report.members': 'Members: {members}',
  'report.memberHours': '{name} ({hours} hours)',
  'report.noMembers': 'nobody',
  'report.noRequirements': 'no competency requirements',
  'report.onePerson': 'rests on one person',
  'report.shortfall_one': 'short by {count} level',
  'report.shortfall_other': 'short by {count} levels',
  'report.overAllocated': 'Over-allocated',
  'report.noneOverAllocated': 'nobody has more hours than their contract',
  'report.hoursOfContract': '{name}: {allocated} of {contract} contract hours',
  'report.hoursOfContractElsewhere':
    '{name}: {allocated} of {contract} contract hours, {elsewhere} of them in other teams',
  'report.profile': 'Team profile (members per level 0-4)',
  'report.profileBest': 'best',
  'report.profileNeeded': 'needed',
  'report.profileHolders': 'holders',
  'report.expertise': 'Specialist knowledge',
  'report.none': '(none)',
  'report.advice': 'Advice',
  'report.noAdvice': 'nothing to remark',
  'report.gaps': 'Who closes the gap?',
  'report.noGaps': 'no gaps in the team’s functions',
  'report.noCandidates': 'nobody in the pool has this level',
  'report.candidate_one': '{name} (level {rating}, covers {count} requirement, {free} hours free)',
  'report.candidate_other': '{name} (level {rating}, covers {count} requirements, {free} hours free)',
  'report.candidateNoRoom_one':
    '{name} (level {rating}, covers {count} requirement, but {free} hours free: fewer than the minimum of {min} hours per assignment)',
  'report.candidateNoRoom_other':
    '{name} (level {rating}, covers {count} requirements, but {free} hours free: fewer than the minimum of {min} hours per assignment)',
  'report.additions': 'Best additions (step by step)',
  'report.noAdditions': 'no addition covers another requirement',
  'report.addition_one': '{name} in {function}: +{count} requirement, team coverage after {after}',
  'report.addition_other': '{name} in {function}: +{count} requirements, team coverage after {after}',
  'report.departures': 'If someone leaves',
  'report.noMembersToLose': 'the team has no members yet',
  'report.departureLoss_one': '{name}: {count} requirement gets worse, team coverage {before} → {after}',
  'report.departureLoss_other': '{name}: {count} requirements get worse, team coverage {before} → {after}',
  'report.departureChange': '{function} – {competency}: {from} → {to}',
  'report.departureThin_one': '{name}: nothing is lost, but {count} requirement then rests on one person',
  'report.departureThin_other': '{name}: nothing is lost, but {count} requirements then rest on one person',
  'report.departureHarmless_one': 'No effect on coverage: {count} member',
  'report.departureHarmless_other': 'No effect on coverage: {count} members',
};
