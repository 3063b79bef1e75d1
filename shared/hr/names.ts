import {
  ORGANISATION_TYPE_INFO,
  POSITIONING_INFO,
  TEAM_MODEL_INFO,
  type OrganisationType,
  type Positioning,
  type TeamModel,
} from '../catalogue/teamDesign.js';
import type { Lang } from '../domain/text.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { translator } from '../i18n/translator.js';
import { NOT_REQUIRED_KEY, REQUIREMENT_STATUS_KEY } from '../i18n/vocabulary.js';
import type { GapSeverity } from './types.js';

/**
 * Display names for HR's screen, exports and print, in one place: catalogue names by
 * key, and the vocabulary's word for each matrix severity.
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

/** The vocabulary's word per matrix cell: a thin cell is the board's "kwetsbaar". */
const GAP_SEVERITY_KEY: Record<GapSeverity, MessageKey> = {
  missing: REQUIREMENT_STATUS_KEY.missing,
  partial: REQUIREMENT_STATUS_KEY.partial,
  thin: REQUIREMENT_STATUS_KEY.thin,
  covered: REQUIREMENT_STATUS_KEY.covered,
  notRequired: NOT_REQUIRED_KEY,
};

/** A vocabulary word opening a cell, a legend entry or a tooltip: "Deels gedekt". */
export function capitalised(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

export function gapSeverityName(severity: GapSeverity, lang: Lang): string {
  return capitalised(translator(lang).t(GAP_SEVERITY_KEY[severity]));
}

/** Short marks beside the colour, so the matrix reads in black and white and for colour-blind readers. */
export const SEVERITY_MARKS: Record<GapSeverity, string> = {
  missing: '✕',
  partial: '◐',
  thin: '!',
  covered: '✓',
  notRequired: '·',
};
