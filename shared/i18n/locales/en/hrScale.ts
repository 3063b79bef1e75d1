import type { hrScale as nl } from '../nl/hrScale.js';

/** HR at the scale of a region, in English; the same keys as the Dutch section. */
export const hrScale: Record<keyof typeof nl, string> = {
  'hrScale.exportProgress': 'Writing the Excel file: {percent}%',
  'hrScale.exportFailed': 'The file could not be made. Nothing has changed. Please try again.',
  'hrScale.exportJobGone': 'This file is no longer available. Please export the list again.',
  'hrScale.cellLoading': 'Fetching the explanation…',
};
