import {
  ORGANISATION_TYPE_INFO,
  POSITIONING_INFO,
  TEAM_MODEL_INFO,
  type OrganisationType,
  type Positioning,
  type TeamModel,
} from '../catalogue/teamDesign.js';
import type { Lang } from '../domain/text.js';
import type { GapSeverity } from './types.js';

/**
 * Display names for HR's screen, exports and print, in one place: catalogue names by
 * key, and the marks of the matrix severities.
 */

// A discipline's name belongs to the catalogue; re-exported for HR's existing callers.
export { disciplineName } from '../catalogue/disciplines.js';

export function modelName(model: TeamModel, lang: Lang): string {
  return TEAM_MODEL_INFO[model].name[lang];
}

export function organisationTypeName(type: OrganisationType, lang: Lang): string {
  return ORGANISATION_TYPE_INFO[type].name[lang];
}

export function positioningName(positioning: Positioning, lang: Lang): string {
  return POSITIONING_INFO[positioning].name[lang];
}

/** A vocabulary word opening a cell, a legend entry or a tooltip: "Deels gedekt". */
export function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

/** Short marks beside the colour, so the matrix reads in black and white and for colour-blind readers. */
export const SEVERITY_MARKS: Record<GapSeverity, string> = {
  missing: '✕',
  partial: '◐',
  thin: '!',
  covered: '✓',
  inShell: '→',
  notRequired: '·',
};
