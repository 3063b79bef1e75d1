import type { lists as nl } from '../nl/lists.js';

/** How several items are joined in an English sentence ("a, b and c"); see `shared/i18n/listOf.ts`. */
export const lists: Record<keyof typeof nl, string> = {
  'list.next': '{first}, {next}',
  'list.last': '{first} and {last}',
};
