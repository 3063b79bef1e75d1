import type { Professional } from '../../shared/domain/schemas.js';
import type { PoolFilter } from '../app/UiStore.js';
import { containsSearch } from '../../shared/i18n/searchText.js';

/**
 * The pool's search: name (and discipline name) text, discipline, mother organisation,
 * expertise, "competency X at level >= n" and "at least n hours free". All given
 * criteria must hold.
 */
export function filterPool(
  pool: readonly Professional[],
  filter: PoolFilter,
  freeHours: ReadonlyMap<string, number>,
  disciplineName: (key: string) => string,
): Professional[] {
  return pool.filter((p) => {
    if (!matchesSearch(p, filter.text, disciplineName)) return false;
    if (filter.discipline && p.discipline !== filter.discipline) return false;
    if (filter.organisation && p.organisation !== filter.organisation) return false;
    if (filter.expertise && !p.expertise.some((e) => e.key === filter.expertise)) return false;
    if (filter.competency && (p.ratings[filter.competency] ?? 0) < filter.minLevel) return false;
    if (filter.minFreeHours > 0 && (freeHours.get(p.id) ?? 0) < filter.minFreeHours) return false;
    return true;
  });
}

/**
 * The search box's rule, for the pool and the professionals screen alike: the name, the
 * discipline's name or the organisation contains the text.
 */
export function matchesSearch(
  p: Pick<Professional, 'name' | 'discipline' | 'organisation'>,
  text: string,
  disciplineName: (key: string) => string,
): boolean {
  if (!text.trim()) return true;
  return containsSearch(`${p.name} ${disciplineName(p.discipline)} ${p.organisation}`, text);
}

export function isFilterActive(filter: PoolFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.discipline !== '' ||
    filter.organisation !== '' ||
    filter.expertise !== '' ||
    filter.competency !== '' ||
    filter.minFreeHours > 0
  );
}
