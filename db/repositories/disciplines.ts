import { disciplineFromText } from '../../shared/catalogue/ownDisciplines.js';
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
 * own disciplines. The disciplines in use are read only when the text is not catalogued
 * (the rule asks for them then), so an import of catalogued people reads them never.
 */
export function storedDiscipline(ctx: StoreContext, text: string): string {
  const inUse = {
    *[Symbol.iterator]() {
      yield* disciplinesInUse(ctx);
    },
  };
  // Null cannot come after the schema (trimmed, 1-64 characters; tidying never lengthens):
  // the text is then kept as it is rather than lost.
  return disciplineFromText(text, inUse) ?? text;
}
