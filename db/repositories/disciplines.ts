import { disciplineFromText, tidy } from '../../shared/catalogue/ownDisciplines.js';
import type { StoreContext } from '../context.js';

/** Every discipline the stored people have, each once: catalogued keys and own disciplines (ownDisciplines.ts). */
export function disciplinesInUse(ctx: StoreContext): string[] {
  return ctx.stmt('SELECT DISTINCT discipline FROM professionals').pluck().all() as string[];
}

/**
 * What a discipline is stored as, on every path that writes a person (create, update,
 * restore, a spreadsheet import, a plan file, the shared database's "take theirs"): the one
 * rule of a typed discipline, `disciplineFromText`, against the disciplines stored already.
 * So "  maatschappelijk werker " from any client becomes the catalogued key and
 * "Buurtsportcoach  " the own discipline "Buurtsportcoach", counted once by the catalogue's
 * own disciplines. The rule asks for the disciplines in use only when the text is not
 * catalogued, and stops at the spelling in use as written: so the list is read lazily, that
 * spelling first when one person has it (a probe that stops at the first such row), and the
 * whole list only for a spelling not stored yet. Without that, each row of an import of 5,000
 * people with own disciplines read the list again (5 s instead of 0.2 s; docs/performance.md).
 */
export function storedDiscipline(ctx: StoreContext, text: string): string {
  // The probe asks for the spelling the rule compares (tidied), so "Buurtsportcoach  " also
  // stops at a stored "Buurtsportcoach" instead of reading the whole list.
  const tidied = tidy(text);
  const inUse = {
    *[Symbol.iterator]() {
      if (ctx.stmt('SELECT 1 FROM professionals WHERE discipline = ? LIMIT 1').get(tidied) !== undefined) yield tidied;
      yield* disciplinesInUse(ctx);
    },
  };
  // Null cannot come after the schema (trimmed, 1-64 characters; tidying never lengthens):
  // the text is then kept as it is rather than lost.
  return disciplineFromText(text, inUse) ?? text;
}
