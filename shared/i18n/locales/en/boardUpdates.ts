/**
 * English texts of the composition board while parts of it catch up with an edit. The
 * Dutch section `../nl/boardUpdates.ts` has the same keys.
 */
export const boardUpdates = {
  'gaps.updating': 'Looking for candidates…',
} as const;
