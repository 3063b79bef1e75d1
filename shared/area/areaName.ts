import { dutchOrder } from '../hr/dutchOrder.js';

/**
 * What an area is and what it is called, for the area view and HR's area filter alike.
 * An area is not a thing of its own: it is the text teams write in their `area` field.
 * Teams whose text is the same once trimmed and compared without case ("Oost", "oost",
 * " Oost ") form one area (`areaKey`).
 *
 * Its name is the spelling most of its teams use; between spellings used equally often,
 * one written as a place name is ("Oost": a capital, then small letters) before one in
 * capitals ("OOST") before one in small letters ("oost"), then the first in Dutch order. Taking
 * the spelling of whichever team sorts first made a whole printout read "Gebiedsoverzicht
 * oost" because of one team's typing.
 */

export function areaKey(area: string): string {
  return area.trim().toLocaleLowerCase('nl');
}

/** 2 for "Oost", 1 for "OOST", 0 for "oost". */
function asPlaceName(name: string): number {
  const upper = (text: string) => text !== text.toLocaleLowerCase('nl');
  if (!upper(name.charAt(0))) return 0;
  return name === name.toLocaleUpperCase('nl') ? 1 : 2;
}

/** The area's name from its teams' spellings (one per team; all with the same key). */
export function areaNameOf(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) {
    const name = spelling.trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort(
    ([a, countA], [b, countB]) =>
      countB - countA || asPlaceName(b) - asPlaceName(a) || dutchOrder(a, b) || (a < b ? -1 : 1),
  );
  return best?.[0] ?? '';
}

/** Every area the teams name (a team without one names none), with its name and its teams' count, in Dutch order. */
export function namedAreas(teams: readonly { teamId: string; area: string }[]): { name: string; teams: number }[] {
  const byKey = new Map<string, Map<string, string>>();
  for (const { teamId, area } of teams) {
    const key = areaKey(area);
    if (key === '') continue;
    const spellings = byKey.get(key) ?? new Map<string, string>();
    // One spelling per team: a team's variants do not make its spelling weigh more.
    spellings.set(teamId, area);
    byKey.set(key, spellings);
  }
  return [...byKey.values()]
    .map((spellings) => ({ name: areaNameOf([...spellings.values()]), teams: spellings.size }))
    .sort((a, b) => dutchOrder(a.name, b.name));
}
