/**
 * Dutch texts of the composition board while parts of it catch up with an edit (the
 * candidates per gap are computed right after the frame of a drop). The English section
 * `../en/boardUpdates.ts` has the same keys.
 */
export const boardUpdates = {
  'gaps.updating': 'Kandidaten worden opgezocht…',
} as const;
