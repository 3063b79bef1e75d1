/** The one rating scale 0-4 (shared/domain/levels.ts): the word for each step and what it means. */
export const levels = {
  'level.none': 'niet aanwezig',
  'level.none.description': 'Deze competentie is (nog) niet zichtbaar.',
  'level.developing': 'in ontwikkeling',
  'level.developing.description': 'Laat de competentie soms zien, met begeleiding.',
  'level.competent': 'bekwaam',
  'level.competent.description': 'Laat de competentie zelfstandig en betrouwbaar zien.',
  'level.strong': 'sterk',
  'level.strong.description': 'Zet de competentie ook in lastige situaties goed in.',
  'level.expert': 'expert',
  'level.expert.description': 'Kan anderen in deze competentie coachen.',
} as const;
