/**
 * Vakkennis (specialist knowledge) as a requirement beside the competencies: how the
 * board, the print, HR and the report name an expertise requirement and its level.
 */
export const vakkennis = {
  'vk.requirementName': '{name} (vakkennis)',
  'vk.teamWide': 'in het hele team',
  'vk.peopleAtLevel': '{held} op niveau ≥ {level}, {needed} nodig',
} as const;
