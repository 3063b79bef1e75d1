import type { hrCells as nl } from '../nl/hrCells.js';

/** An HR matrix cell explained, in English; the same keys as the Dutch section. */
export const hrCells: Record<keyof typeof nl, string> = {
  'hrCell.sentence': '{open}: {details}',
  'hrCell.openCount_one': '1 requirement open',
  'hrCell.openCount_other': '{count} requirements open',
  'hrCell.noneOpen': 'No requirement open',
  'hrCell.inShellSentence': 'No requirement in the team: {status}',
  'hrCell.then': '{first} · {next}',
  'hrCell.gap': '{status} in {function} ({people}; level ≥ {level}); {colleagues}',
  'hrCell.thin': '{status} in {function} (level {level}): rests on {holder} alone',
  'hrCell.covered': '{status} in {function} (level {level})',
  'hrCell.teamGap': '{status} in the team as a whole ({people}; level ≥ {level}; asked for by {askedBy})',
  'hrCell.teamThin': '{status} in the team as a whole (level {level}, asked for by {askedBy}): rests on {holder} alone',
  'hrCell.teamCovered': '{status} in the team as a whole (level {level}, asked for by {askedBy})',
  'hrCell.inTeam': 'in the team: {colleagues}',
  'hrCell.colleagueNext': '{first}; {next}',
  'hrCell.colleague': '{name} ({level}), now in {functions}',
  'hrCell.colleagueNoFunction': '{name} ({level})',
  'hrCell.moreColleagues_one': '1 more colleague',
  'hrCell.moreColleagues_other': '{count} more colleagues',
  'hrCell.nobodyElsewhere': 'nobody elsewhere in the team has level {level}',

  'hrCell.detailTitle': '{team}: {competency}',
  'hrCell.detailEmpty': 'Choose a cell in the matrix (click, or Tab and the arrow keys) for the explanation.',
  'hrCell.detailNotRequired': 'No function in the team asks for this.',
  'hrCell.detailInShell': 'Only functions in the shell ask for this; the team refers.',
  'hrCell.cellLabel': '{competency}, {team}: {status}',
} as const;
