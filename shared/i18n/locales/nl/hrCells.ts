/**
 * An HR matrix cell explained (shared/hr/cellSentence.ts, renderer/hr/): per function
 * where the competency is asked, its status and who elsewhere in the team has the level.
 * Status words come from the vocabulary; "x van y" as on the board.
 */
export const hrCells = {
  'hrCell.sentence': '{open}: {details}',
  'hrCell.openCount_one': '1 eis open',
  'hrCell.openCount_other': '{count} eisen open',
  'hrCell.noneOpen': 'Geen eis open',
  'hrCell.inShellSentence': 'Geen eis in het team: {status}',
  'hrCell.then': '{first} · {next}',
  'hrCell.gap': '{status} in {function} ({people}; niveau ≥ {level}); {colleagues}',
  'hrCell.thin': '{status} in {function} (niveau {level}): rust alleen op {holder}',
  'hrCell.covered': '{status} in {function} (niveau {level})',
  'hrCell.teamGap': '{status} in het team als geheel ({people}; niveau ≥ {level}; gevraagd door {askedBy})',
  'hrCell.teamThin':
    '{status} in het team als geheel (niveau {level}, gevraagd door {askedBy}): rust alleen op {holder}',
  'hrCell.teamCovered': '{status} in het team als geheel (niveau {level}, gevraagd door {askedBy})',
  'hrCell.inTeam': 'in het team: {colleagues}',
  'hrCell.colleagueNext': '{first}; {next}',
  'hrCell.colleague': '{name} ({level}), nu in {functions}',
  'hrCell.colleagueNoFunction': '{name} ({level})',
  'hrCell.moreColleagues_one': 'nog 1 collega',
  'hrCell.moreColleagues_other': 'nog {count} collega’s',
  'hrCell.nobodyElsewhere': 'niemand elders in het team heeft niveau {level}',

  'hrCell.detailTitle': '{team}: {competency}',
  'hrCell.detailEmpty': 'Kies een cel in de matrix (klik, of Tab en de pijltjestoetsen) voor de uitleg.',
  'hrCell.detailNotRequired': 'Geen functie in het team vraagt hierom.',
  'hrCell.detailInShell': 'Alleen functies in de schil vragen hierom; het team verwijst door.',
  'hrCell.cellLabel': '{competency}, {team}: {status}',
} as const;
