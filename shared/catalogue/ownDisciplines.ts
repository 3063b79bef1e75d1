import type { Lang } from '../domain/text.js';
import { dutchOrder } from '../hr/dutchOrder.js';
import { disciplineKey, normalise } from '../people/professionalColumns.js';
import { DISCIPLINES, MAX_DISCIPLINE_LENGTH, disciplineName } from './disciplines.js';

/**
 * Disciplines of a municipality's own. The catalogue's list (disciplines.ts) holds the
 * disciplines the sources name and those common in wijkteams, but a team also has a
 * buurtsportcoach, an ervaringsdeskundige or a praktijkondersteuner. Such a discipline is
 * stored as its own name in the professional's `discipline` (where a catalogued one stores
 * its key), so every screen, export and the print already show it as it was written
 * (`disciplineName` answers an unknown key as it is), and no table or migration is needed:
 * the disciplines in use are those of the people.
 */

const builtIn = new Set(DISCIPLINES.map((d) => d.key));

export function isOwnDiscipline(discipline: string): boolean {
  return !builtIn.has(discipline);
}

/** Spaces at the ends taken off and runs of spaces made one, as a name is written. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * What a typed discipline is stored as: a catalogued discipline's key when the text names
 * one (its key, Dutch or English name; case, accents and spaces aside), else the text itself
 * when it is in use as written, else the own discipline already in use that is written the
 * same way apart from those (so "buurtsportcoach" joins "Buurtsportcoach"), else the text
 * itself, tidied. Null when nothing is typed or the text is too long to store.
 */
export function disciplineFromText(text: string, inUse: Iterable<string>): string | null {
  const typed = tidy(text);
  if (typed === '' || typed.length > MAX_DISCIPLINE_LENGTH) return null;
  const catalogued = disciplineKey(typed);
  if (catalogued) return catalogued;
  // Only a written name can join another: "-" and " " both normalise to nothing.
  const form = normalise(typed);
  if (form === '') return typed;
  // The very spelling in use wins over another one written alike (two spellings stored by an older
  // planner), in one pass: the store gives its list lazily, the spelling in use first when it is.
  let alike: string | undefined;
  for (const used of inUse) {
    if (used === typed) return typed;
    if (alike === undefined && isOwnDiscipline(used) && normalise(used) === form) alike = used;
  }
  return alike ?? typed;
}

/** A stored discipline the store refuses: empty or only spaces (the length is the schema's). */
function isBlankDiscipline(discipline: string): boolean {
  return tidy(discipline) === '';
}

/** The own disciplines among those given, each once, in Dutch alphabetical order. */
export function ownDisciplinesIn(disciplines: Iterable<string>): string[] {
  const own = new Set<string>();
  for (const d of disciplines) if (isOwnDiscipline(d) && !isBlankDiscipline(d)) own.add(d);
  return [...own].sort(dutchOrder);
}

/**
 * The choices of a discipline field or filter: the catalogue's disciplines in its order,
 * then the own disciplines of the people given, alphabetically.
 */
export function disciplineOptions(lang: Lang, inUse: Iterable<string>): { id: string; label: string }[] {
  return [
    ...DISCIPLINES.map((d) => ({ id: d.key, label: disciplineName(d.key, lang) })),
    ...ownDisciplinesIn(inUse).map((d) => ({ id: d, label: d })),
  ];
}

/** An own discipline in use and how many people have it. */
interface OwnDisciplineUse {
  discipline: string;
  people: number;
}

/** The own disciplines among the people's, each with its number of people, in Dutch alphabetical order. */
export function ownDisciplineUses(disciplines: Iterable<string>): OwnDisciplineUse[] {
  const counts = new Map<string, number>();
  for (const d of disciplines) if (isOwnDiscipline(d) && !isBlankDiscipline(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts]
    .map(([discipline, people]) => ({ discipline, people }))
    .sort((a, b) => dutchOrder(a.discipline, b.discipline));
}

/**
 * What the own discipline `from` is stored as when renamed to the typed `text`: the one rule
 * of a typed discipline (`disciplineFromText`) with `from` itself left out of those in use,
 * so a rename can change the spelling ("buurtsportcoach" to "Buurtsportcoach") instead of
 * joining itself. A catalogued discipline or another own one in use means the two merge.
 * Null when nothing is typed or the text is too long to store.
 */
export function renamedDiscipline(from: string, text: string, inUse: Iterable<string>): string | null {
  return disciplineFromText(
    text,
    [...inUse].filter((d) => d !== from),
  );
}

/** What renaming `from` to a typed text would do, said before it is done. */
type DisciplineRename =
  | { kind: 'blank' }
  | { kind: 'unchanged' }
  | { kind: 'rename'; to: string; people: number }
  /** `to` is in use already or catalogued: the `people` with `from` join those who have it. */
  | { kind: 'merge'; to: string; people: number };

/** `inUse`: every discipline of the pool (catalogued and own) with its number of people. */
export function disciplineRename(from: string, text: string, inUse: ReadonlyMap<string, number>): DisciplineRename {
  const to = renamedDiscipline(from, text, inUse.keys());
  if (to === null) return { kind: 'blank' };
  if (to === from) return { kind: 'unchanged' };
  const people = inUse.get(from) ?? 0;
  return isOwnDiscipline(to) && !inUse.has(to) ? { kind: 'rename', to, people } : { kind: 'merge', to, people };
}
