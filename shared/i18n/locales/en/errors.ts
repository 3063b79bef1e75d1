import type { errors as nl } from '../nl/errors.js';

/** Failed calls of the store, the dispatcher and the hosts, the same keys as the Dutch section. */
export const errors: Record<keyof typeof nl, string> = {
  'apiError.unknownMethod': 'Unknown method.',
  'apiError.internal': 'Something unexpected went wrong. Your data was not changed. Try again or restart the planner.',
  'apiError.constraint':
    'This change does not fit what is stored. Nothing was changed. Refresh the overview and try again.',
  'apiError.notFound': '{thing} ‘{id}’ does not exist (anymore). Refresh the overview and try again.',

  'thing.team': 'The team',
  'thing.scenario': 'The scenario',
  'thing.function': 'The function',
  'thing.professional': 'The professional',
  'thing.assignment': 'This assignment',
  'thing.competency': 'The custom competency',
  'thing.template': 'The custom function template',
  'thing.backup': 'The backup',

  'storeOpen.alreadyOpen':
    'The planner is already open with the data folder {dir} (in another window or program). Close it first, then try again.',
  'storeOpen.newerVersion':
    'This data was made with a newer version of the planner (data version {found}; this version knows up to {supported}). Nothing was changed. Install the latest version of the planner.',
  'storeOpen.readOnly':
    'The planner cannot write to the data folder {dir}. Give write permission on this folder or choose another one with --data-dir.',
  'storeOpen.diskFull':
    'The disk of the data folder {dir} is full. Nothing was changed. Free some space and start the planner again.',
  'storeOpen.unreadable':
    'The data in {dir} could not be opened. Nothing was changed or deleted. Restart the planner; if that fails, contact your administrator.',

  'storage.diskFull': 'The disk is full: the change was not saved and nothing was lost. Free some space and try again.',
  'storage.readOnly':
    'The data cannot be saved because the data folder is read-only. Nothing was lost. Check the write permissions.',
  'storage.busy': 'The data is busy in another program. Nothing was changed. Try again in a moment.',
  'storage.corrupt':
    'The data file seems damaged. Nothing was changed. Restart the planner; it moves a damaged file aside and offers the latest backup.',
  'storage.ioError': 'The data could not be written to disk. The change was not saved. Check the disk and try again.',
  'storage.closed': 'The planner is closed. Start the planner again.',
  'storage.restoring': 'A backup is being restored. Wait a moment, then try again.',

  'backupError.createFailed':
    'The backup could not be made in {dir}. Your data itself was not changed. Check that the backups folder exists and can be written.',
  'backupError.restoreFailed':
    'The backup could not be restored. Check the data folder and try again; the copy from before the restore is among the backups.',
  'backupError.damaged': 'This backup is damaged and cannot be restored. Nothing was changed. Choose another backup.',
  'backupError.newer':
    'This backup was made by a newer version of the planner and cannot be restored with this version. Nothing was changed. Choose another backup, or restore it after updating the planner.',

  'startupNotice.movedAsideWithBackup':
    'The data file was damaged or not a planner file. It was not erased but moved aside as {file}, and the planner started a new, empty file. Restore the latest good backup (from {backupDate}) under Backups.',
  'startupNotice.movedAsideNoBackup':
    'The data file was damaged or not a planner file. It was not erased but moved aside as {file}, and the planner started a new, empty file. No usable backup was found. Keep the file that was moved aside and ask your administrator for help.',

  'catalogueError.competencyKeyTaken': 'A competency with the key ‘{key}’ already exists ({name}). Choose another key.',
  'catalogueError.competencyNameTaken': 'There is already a competency named ‘{name}’. Choose another name.',
  'catalogueError.competencyBuiltIn': '‘{name}’ is part of the competency profile and cannot be deleted.',
  'catalogueError.competencyInUse':
    '‘{name}’ is still in use (requirements: {requirements}, ratings: {ratings}). Remove those first.',
  'catalogueError.templateNameTaken': 'There is already a function named ‘{name}’. Choose another name.',
  'catalogueError.templateBuiltIn': '‘{name}’ is a built-in function and cannot be deleted.',

  'professionalError.alreadyBack': '{name} is already (back) in the pool. Nothing was changed.',
  'teamError.nameTaken': 'There is already a team named ‘{name}’. Choose another name.',
  'functionError.nameTaken':
    'This scenario already has a function named ‘{name}’. Choose another name: comparing scenarios finds functions by their name.',
  'functionError.alreadyBack': 'The function ‘{name}’ is already (back) in the scenario. Nothing was changed.',
  'scenarioError.nameTaken': 'This team already has a scenario named ‘{name}’. Choose another name.',
  'scenarioError.mainCannotBeDeleted':
    'The main scenario cannot be deleted. First make another scenario the main one, or delete the whole team.',

  'planImport.invalid_one': 'This team plan cannot be read (1 error). Error in {place}: {text}.',
  'planImport.invalid_other': 'This team plan cannot be read ({count} errors). First error in {place}: {text}.',
  'planImport.invalidFile': 'This team plan cannot be read: {text}.',
  'planImport.notAPlan': 'This is not a team plan.',

  'importFile.unreadableCsv':
    'The file could not be read as a CSV file. Nothing was imported. Save it as a CSV file and try again.',
  'importFile.unreadableXlsx':
    'The file could not be read as an Excel file (.xlsx). Nothing was imported. Save it as an Excel file (.xlsx) and try again.',
  'importFile.notBase64': 'The file was not passed correctly (not base64). Try again.',
  'importFile.tooManyRows': 'The file has {rows} rows; the planner reads at most {max} at once. Split the file.',
  'importFile.rejected_one': 'Nothing was imported: the file has 1 error, in row {row}, column ‘{column}’: {text}.',
  'importFile.rejected_other':
    'Nothing was imported: the file has {count} errors. First error in row {row}, column ‘{column}’: {text}.',

  'importRow.columnWithoutName': 'column without a name',
  'importRow.cellOutsideColumns':
    'this row has more cells than there are columns: ‘{value}’ belongs to no column. Is there a comma in a number, such as 24,5? Then put quotes around that number, or separate the cells with semicolons.',
  'importRow.unknownColumn': 'unknown column (not a field or competency)',
  'importRow.unknownColumnKnown':
    'unknown column; the planner knows the columns {fields} (the name may also be in {nameParts}) and the competencies {competencies}',
  'importRow.columnTwice': 'this column appears twice',
  'importRow.columnMissing': 'this column is missing',
  'importRow.nameColumnMissing':
    'this column is missing; the name may also be in two columns, {firstName} and {lastName} (with {infix} if needed): the planner puts them together',
  'importRow.namePartBesideName':
    'this column cannot stand beside the column ‘{name}’: leave it out, or leave out ‘{name}’ and the planner puts {nameParts} together as the name',
  'importRow.noProfessionals': 'the file holds no professionals',
  'importRow.notALevel': 'value ‘{value}’ is not a level 0-4',
  'importRow.disciplineRequired': 'discipline is required',
  'importRow.disciplineTooLong': 'discipline is too long (at most 64 characters)',
  'importRow.notABinding': 'value ‘{value}’ is not ‘hierarchical’ or ‘functional’',
  'importRow.notHours': 'value ‘{value}’ is not a number of hours from 0 to 60',
  'importRow.unknownExpertise': '‘{value}’ is not known specialist knowledge',
  'importRow.notADate': 'value ‘{value}’ is not a date (YYYY-MM-DD or DD-MM-YYYY)',
  'importRow.nameExists': '‘{value}’ is already in the list of professionals',
  'importRow.nameTwiceInFile': '‘{value}’ is also in row {row}',
  'importRow.nameRequired': 'name is required',
  'importRow.nameTooLong': 'name is too long (at most 200 characters)',
  'importRow.organisationTooLong': 'organisation is too long (at most 200 characters)',
  'importRow.tooMuchExpertise': 'at most 20 kinds of specialist knowledge',
  'importRow.moreNotShown': 'not all errors are shown ({rest} more); is this the right file?',

  'hostError.forbiddenSender': 'This request does not come from the planner window and was refused.',
  'hostError.windowClosed': 'The planner window was closed.',
  'hostError.unexpected': 'Something unexpected went wrong. Try again or restart the planner.',
  'hostError.fileTooLarge': '{file} is larger than 20 MB and is not opened. Choose the right file.',
  'hostError.fileUnreadable': '{file} could not be read. Check that the file still exists and that you may open it.',
  'hostError.fileNotSaved': '{file} could not be saved. Choose another folder or check that there is disk space.',
  'hostError.printFailed': 'Printing failed. Check the printer or choose Print to PDF.',
};
