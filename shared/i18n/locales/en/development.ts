import type { development as nl } from '../nl/development.js';

/** The development plan, in British English (see the Dutch section for where it is used). */
export const development: Record<keyof typeof nl, string> = {
  'development.title': 'Development plan',
  'development.intro':
    'Which development steps close the most requirements? A step is one level up in one competency or area of specialist knowledge, for someone working in a function with an open or fragile requirement.',
  'development.adviceOnly':
    'This plan is advice: it changes no score at all. Only when a new assessment records a person’s level does the step count towards coverage.',
  'development.step.competency': '{name} from level {from} to {to}',
  'development.step.expertise': '{name} (specialist knowledge) from level {from} to {to}',
  'development.effect':
    '{function}: {before} → {after} (level {level}; then {qualified} at that level, {needed} needed)',
  'development.effect.inTeam':
    '{team}, {function}: {before} → {after} (level {level}; then {qualified} at that level, {needed} needed)',
  'development.effect.together': '{effect}, together with {names}',
  'development.worksIn': 'Works in {functions}',
  'development.worksInTeam': '{team} ({functions})',
  'development.worksNowhere': 'Works in no function of the team',
  'development.summary_one':
    '1 step. Requirements closed – {missing}: {closedMissing}, {partial}: {closedPartial}, {thin}: {closedThin} (score {score}).',
  'development.summary_other':
    '{count} steps. Requirements closed – {missing}: {closedMissing}, {partial}: {closedPartial}, {thin}: {closedThin} (score {score}).',
  'development.summary.none': 'No step closes a requirement within these rules.',
  'development.proof.optimal': 'Proven the best choice of at most {k} steps.',
  'development.proof.greedyOptimal':
    'Chosen step by step; no plan of {k} steps can score more than {bound}, so this is the best choice.',
  'development.proof.timeLimit':
    'Time ran out before the best plan was proven: this plan scores {score}, the best at most {bound}.',
  'development.proof.noSolver':
    'Chosen step by step (score {score}); the best plan of {k} steps scores at most {bound}.',
  'development.rules': 'Rules: {perPerson}; {assessed}; {excluded}.',
  'development.rules.excluded_one': '1 person left out',
  'development.rules.excluded_other': '{count} people left out',
  'development.rules.noneExcluded': 'nobody left out',
  'development.rules.perPerson_one': 'at most 1 step per person per year',
  'development.rules.perPerson_other': 'at most {count} steps per person per year',
  'development.rules.anyAssessment': 'everybody, also without a recent assessment',
  'development.rules.assessedWithin_one': 'only people assessed in the last month',
  'development.rules.assessedWithin_other': 'only people assessed in the last {count} months',
  'development.weights':
    'Score: 3 per missing requirement that becomes covered, 2 per partial one, 1 per fragile requirement that gets a second person.',

  'development.sheet.steps': 'Development plan',
  'development.sheet.about': 'Notes',
  'development.column.person': 'Employee',
  'development.column.what': 'Develop',
  'development.column.from': 'From level',
  'development.column.to': 'To level',
  'development.column.worksIn': 'Works in',
  'development.column.closes': 'What it closes',
  'development.column.about': 'Notes',
  'development.file': 'development-plan-{date}',

  'development.form.scope': 'For',
  'development.form.scope.all': 'All teams',
  'development.form.k': 'Number of steps (1-20)',
  'development.form.perPerson': 'Steps per person per year',
  'development.form.months': 'Only assessed in the last months (empty: everybody)',
  'development.form.exclude': 'Leave out',
  'development.form.excludeSearch': 'Search by name',
  'development.form.excludeMore': 'The first {shown} of {count} names; keep typing to choose.',
  'development.form.make': 'Make plan',
  'development.form.export': 'Export (XLSX)',
  'development.form.print': 'Print',
  'development.exported': '{file} has been saved.',
  'development.exportFailed': 'The workbook could not be made.',
  'development.busy': 'Working out the plan…',
  'development.failed': 'The plan could not be made: {reason}',
  'development.empty': 'Choose the number of steps and make a plan.',
  'development.noTeams': 'There is no team yet.',
  'development.printTitle': 'Development plan {scope}',
  'development.printFooter': '$t(app.title) · development plan {scope} · made on {date}',
  'development.printedOn': 'Made on {date}',

  'development.person.title': 'Development advice',
  'development.person.none':
    'No step for {name} closes an open or fragile requirement in the functions {name} works in.',
  'development.person.unavailable': 'the planner could not work it out.',
  'development.person.updating': 'Updating the advice for the new levels…',
  'development.person.loading': 'Working out the development advice…',

  'development.cli.badK': 'The number of development steps after --development must be a whole number from 1 to 20.',
  'development.cli.heading_one': 'Development plan (at most 1 step)',
  'development.cli.heading_other': 'Development plan (at most {count} steps)',
} as const;
