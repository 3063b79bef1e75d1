/** The Catalogus screen's section on disciplines of the municipality's own: the list, renaming and merging. */
export const ownDisciplines = {
  'ownDisciplines.title': 'Eigen disciplines',
  'ownDisciplines.intro':
    'Disciplines die niet in de lijst van de planner staan, met het aantal mensen dat ze heeft. Verbeter hier een naam voor iedereen tegelijk; kiest u een naam die al bestaat, dan worden de twee disciplines samengevoegd.',
  'ownDisciplines.empty':
    'Er zijn nog geen eigen disciplines: die ontstaan wanneer u bij een professional een discipline typt die niet in de lijst van de planner staat, of wanneer een import er een meebrengt.',
  'ownDisciplines.people_one': '{count} persoon',
  'ownDisciplines.people_other': '{count} mensen',
  'ownDisciplines.rename': 'Hernoemen',
  'ownDisciplines.renameLabel': '‘{name}’ hernoemen',
  'ownDisciplines.newName': 'Nieuwe naam voor ‘{name}’',
  'ownDisciplines.merge': 'Samenvoegen',
  'ownDisciplines.renameNote_one': '{count} persoon krijgt de discipline ‘{to}’.',
  'ownDisciplines.renameNote_other': '{count} mensen krijgen de discipline ‘{to}’.',
  'ownDisciplines.mergeNote_one':
    '‘{to}’ bestaat al, dus de twee disciplines worden samengevoegd: {count} persoon krijgt de discipline ‘{to}’.',
  'ownDisciplines.mergeNote_other':
    '‘{to}’ bestaat al, dus de twee disciplines worden samengevoegd: {count} mensen krijgen de discipline ‘{to}’.',
  'ownDisciplines.blank': 'Vul een nieuwe naam in.',
  'ownDisciplines.unchanged': 'Dit is de naam die de discipline al heeft.',
  'ownDisciplines.cmd.rename': '‘{from}’ hernoemd tot ‘{to}’',
  'ownDisciplines.cmd.merge': '‘{from}’ samengevoegd met ‘{to}’',
  'ownDisciplines.error.catalogued':
    '‘{name}’ staat in de lijst van de planner; alleen een eigen discipline kan hier een andere naam krijgen. Er is niets gewijzigd.',
  'ownDisciplines.error.notInUse': 'Niemand heeft (nog) de discipline ‘{name}’. Er is niets gewijzigd.',
} as const;
