import type { vakkennis as nl } from '../nl/vakkennis.js';

/** English counterpart of the Dutch vakkennis section (same keys, same placeholders). */
export const vakkennis: Record<keyof typeof nl, string> = {
  'vk.requirementName': '{name} (specialist knowledge)',
  'vk.teamWide': 'anywhere in the team',
  'vk.peopleAtLevel': '{held} at level ≥ {level}, {needed} needed',
};
