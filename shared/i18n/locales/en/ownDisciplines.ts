import type { ownDisciplines as nl } from '../nl/ownDisciplines.js';

/** The Catalogue screen's section on disciplines of the municipality's own: the list, renaming and merging. */
export const ownDisciplines: Record<keyof typeof nl, string> = {
  'ownDisciplines.title': 'Own disciplines',
  'ownDisciplines.intro':
    'Disciplines that are not in the planner’s list, with the number of people who have each. Correct a name here for everyone at once; if you choose a name that already exists, the two disciplines are merged.',
  'ownDisciplines.empty':
    'There are no own disciplines yet: they arise when you type a discipline for a professional that is not in the planner’s list, or when an import brings one.',
  'ownDisciplines.people_one': '{count} person',
  'ownDisciplines.people_other': '{count} people',
  'ownDisciplines.rename': 'Rename',
  'ownDisciplines.renameLabel': 'Rename ‘{name}’',
  'ownDisciplines.newName': 'New name for ‘{name}’',
  'ownDisciplines.merge': 'Merge',
  'ownDisciplines.renameNote_one': '{count} person will have the discipline ‘{to}’.',
  'ownDisciplines.renameNote_other': '{count} people will have the discipline ‘{to}’.',
  'ownDisciplines.mergeNote_one':
    '‘{to}’ already exists, so the two disciplines are merged: {count} person will have the discipline ‘{to}’.',
  'ownDisciplines.mergeNote_other':
    '‘{to}’ already exists, so the two disciplines are merged: {count} people will have the discipline ‘{to}’.',
  'ownDisciplines.blank': 'Enter a new name.',
  'ownDisciplines.unchanged': 'This is the name the discipline already has.',
  'ownDisciplines.cmd.rename': '‘{from}’ renamed to ‘{to}’',
  'ownDisciplines.cmd.merge': '‘{from}’ merged into ‘{to}’',
  'ownDisciplines.error.catalogued':
    '‘{name}’ is in the planner’s list; only an own discipline can be given another name here. Nothing has been changed.',
  'ownDisciplines.error.notInUse': 'Nobody has the discipline ‘{name}’ (any more). Nothing has been changed.',
};
