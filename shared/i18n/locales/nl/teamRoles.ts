/** The team-role profile beside the competency profile (board and print). */
export const teamRoles = {
  'roles.title': 'Teamrollen',
  'roles.note':
    'Per teamrol: of iemand in het team de rol sterk heeft (niveau {level} of hoger) en wie, het hoogste niveau en hoeveel teamleden op elk niveau zitten. De rollen komen niet uit de bronnen: het is de startset van de planner of de eigen set van uw organisatie. De bronnen noemen geen rolmodel; op een werkbijeenkomst over het onderzoek van De Waal e.a. werd benadrukt dat ontschotting alleen werkt als teamrollen elkaar versterken.',
  'roles.caption': 'Teamrollen van het team, met het aantal teamleden per niveau',
  'roles.col.role': 'Teamrol',
  'roles.col.roleAndStatus': 'Teamrol en status',
  'roles.col.status': 'Status',
  'roles.col.holders': 'Sterk bij',
  'roles.col.best': 'Hoogste niveau',
  'roles.col.perLevelGroup': 'Teamleden per niveau',
  'roles.col.perLevelShort': 'Per niveau 0-4',
  'roles.levelCount': '{label}: {members}',
  'roles.col.perLevel': 'Teamleden op niveau {value} ({name})',
  'roles.nobody': 'niemand',
  'roles.notRated':
    'Nog geen teamlid is op teamrollen beoordeeld. Vul de teamrollen bij de mensen in om te zien welke rollen ontbreken of op één persoon rusten.',
  'roles.noMembers': 'Nog geen teamleden.',
  'roles.noRoles': 'Dit plan heeft geen teamrollen.',
} as const;
