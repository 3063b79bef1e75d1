import { nameKey } from '../domain/sameName.js';
import type { LocalText } from '../domain/text.js';

/**
 * The entry of a catalogue list (competencies, function templates, team roles) that
 * already has this name, in either language, or undefined. Each list is one set of names
 * people choose from, rate on and import by ("Coachen" above a spreadsheet column): an
 * own "Coachen" beside the built-in one, or an own "Coaching" beside it in English, would
 * make two that read alike. Names compare by the one rule of `nameKey`.
 */
export function withSameCatalogueName<T extends { key: string; name: LocalText }>(
  name: LocalText,
  items: readonly T[],
  exceptKey: string | null = null,
): T | undefined {
  const wanted = [name.nl, name.en].map(nameKey).filter((key) => key !== '');
  return items.find(
    (item) => item.key !== exceptKey && [item.name.nl, item.name.en].some((n) => wanted.includes(nameKey(n))),
  );
}
