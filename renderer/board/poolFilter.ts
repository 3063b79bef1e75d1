import type { Professional } from '../../shared/domain/schemas.js';
import type { PoolFilter } from '../app/UiStore.js';

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
  const text = filter.text.trim().toLocaleLowerCase('nl');
  return pool.filter((p) => {
    if (text) {
      const haystack = `${p.name} ${disciplineName(p.discipline)} ${p.organisation}`.toLocaleLowerCase('nl');
      if (!haystack.includes(text)) return false;
    }
    if (filter.discipline && p.discipline !== filter.discipline) return false;
    if (filter.organisation && p.organisation !== filter.organisation) return false;
    if (filter.expertise && !p.expertise.some((e) => e.key === filter.expertise)) return false;
    if (filter.competency && (p.ratings[filter.competency] ?? 0) < filter.minLevel) return false;
    if (filter.minFreeHours > 0 && (freeHours.get(p.id) ?? 0) < filter.minFreeHours) return false;
    return true;
  });
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
