import type { people as nl } from '../nl/people.js';

/** English texts of the pool's import and personal-data actions: the same keys as `../nl/people.ts`. */
export const people: Record<keyof typeof nl, string> = {
  'people.import.open': 'Import',
  'people.import.title': 'Import professionals',
  'people.import.intro':
    'Add many people at once from a spreadsheet: a CSV file or an Excel file (.xlsx). The first row holds the column names. Name and discipline are required. The name may be in one column ({name}) or in three ({nameParts}): the planner puts those together, and the {infix} column may be empty or left out. Organisation, binding, contract hours, specialist knowledge (the Expertise column), assessment date and the level (0-4) per competency may be left empty.',
  'people.import.template': 'Download template',
  'people.import.templateHint':
    'The template has exactly the columns the planner reads, with one example row. Replace that row with your own people.',
  'people.import.choose': 'Choose file (.csv or .xlsx)',
  'people.import.chooseOther': 'Choose another file',
  'people.import.file': 'File: {name}',
  'people.import.reading': 'Reading the file…',
  'people.import.checking': 'Checking the file…',
  'people.import.wrongType': '{name} is not a CSV or Excel file. Choose a file ending in .csv or .xlsx.',
  'people.import.unreadable': 'The file {name} could not be read. Please try again.',
  'people.import.ready_one': '{count} professional will be added.',
  'people.import.ready_other': '{count} professionals will be added.',
  'people.import.ownDisciplines_one':
    'One discipline is not in the planner’s list and is stored as a discipline of your own: {disciplines}. If its spelling is wrong, correct it in the file first.',
  'people.import.ownDisciplines_other':
    '{count} disciplines are not in the planner’s list and are stored as disciplines of your own: {disciplines}. If a spelling is wrong, correct it in the file first.',
  'people.import.ownDiscipline_one': '‘{name}’ (1 person)',
  'people.import.ownDiscipline_other': '‘{name}’ ({count} people)',
  'people.import.nameCombined': 'The names are put together from the columns {columns}, for example ‘{example}’.',
  'people.import.blocked':
    'Nothing is saved while the file has errors. Correct the errors below in your spreadsheet and choose the file again.',
  'people.import.goodRows_one': '{count} row is fine, but is only added once the whole file is correct.',
  'people.import.goodRows_other': '{count} rows are fine, but are only added once the whole file is correct.',
  'people.import.errorsTitle': 'Errors in the file',
  'people.import.row': 'Row',
  'people.import.column': 'Column',
  'people.import.problem': 'What is wrong',
  'people.import.commit': 'Add',
  'people.import.committing': 'Adding the professionals…',
  'people.import.done_one': '{count} professional was added to the pool.',
  'people.import.done_other': '{count} professionals were added to the pool.',

  'people.template.fileName': 'professionals-template.csv',
  'people.template.name': 'Name',
  'people.template.discipline': 'Discipline',
  'people.template.organisation': 'Organisation',
  'people.template.binding': 'Binding',
  'people.template.contractHours': 'Contract hours',
  'people.template.expertise': 'Expertise',
  'people.template.assessedOn': 'Assessed on',
  'people.template.firstName': 'First name',
  'people.template.infix': 'Infix',
  'people.template.lastName': 'Last name',
  'people.template.exampleName': 'Sam Example',
  'people.template.exampleOrganisation': 'Voorbeeldstad Welfare Foundation',

  'people.privacy.title': 'Personal data (GDPR)',
  'people.privacy.intro':
    'What the planner holds about {name}: name, discipline, mother organisation, binding, contract hours, specialist knowledge, the date of the last assessment, the level per competency, and the teams, scenarios and functions {name} is in, with the hours.',
  'people.privacy.download': 'Download data (subject access)',
  'people.privacy.downloadHint': 'A JSON file with all of this data, for a subject access request.',
  'people.privacy.fileName': 'personal-data-{name}-{date}.json',
  'people.privacy.erase': 'Erase data',
  'people.privacy.eraseHint': 'Erases {name} everywhere, for a request for erasure. This cannot be undone.',
  'people.privacy.eraseTitle': 'Erase {name} everywhere?',
  'people.privacy.eraseBody':
    '{name} is now removed from the pool and from every team and scenario, with all ratings. This cannot be undone, and earlier edits can no longer be undone either. Backups made before the erasure still contain {name}: the planner clears them out no later than 30 days after the erasure, provided the planner is used in that time. If it must happen at once, delete the older files in {folder} yourself.',
  'people.privacy.backupFolder': 'the backups folder ({path})',
  'people.privacy.backupFolderUnknown': "the backups folder in the planner's data folder",
  'people.privacy.eraseConfirm': 'Erase for good',
  'people.privacy.erased': 'The data of {name} was erased.',
};
