import { LEVELS } from '../../shared/domain/levels.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';

/** The choice for "no rating yet" in a rating's list. */
export const NOT_RATED = 'none';

/**
 * A rating's choices: not rated, then the scale's 0-4 in its words. Made once per language
 * by the tables that show them, so a rating row's list is the same object on every render
 * and a memoised row is not rendered again for it.
 */
export function ratingOptions(t: (key: MessageKey) => string): { id: string; label: string }[] {
  return [
    { id: NOT_RATED, label: t('professionals.notRated') },
    ...LEVELS.map((l) => ({ id: String(l.value), label: `${l.value} · ${t(l.label.key)}` })),
  ];
}
