import { ApiFailure } from '../../shared/api/result.js';
import type { StoreContext } from '../context.js';
import { analyseProfessionals, type RowAnalysis } from '../importExport/professionalRows.js';
import { readTable } from '../importExport/readTable.js';
import { listCompetencies } from '../repositories/catalogue.js';
import { insertProfessional, professionalNameKeys } from '../repositories/professionals.js';
import type { HandlerSlice } from './handlerTypes.js';

type ImportMethod = 'professionalsImport.preview' | 'professionalsImport.commit';

export function importHandlers(ctx: StoreContext): HandlerSlice<ImportMethod> {
  async function analyse(format: 'csv' | 'xlsx', dataBase64: string): Promise<RowAnalysis> {
    const table = await readTable(format, dataBase64);
    return analyseProfessionals(table, listCompetencies(ctx), professionalNameKeys(ctx));
  }

  return {
    'professionalsImport.preview': async ({ format, dataBase64 }) => {
      const { rows, errors } = await analyse(format, dataBase64);
      return { rows, errors };
    },

    /** All rows in one transaction, and only when the file has no error at all. */
    'professionalsImport.commit': async ({ format, dataBase64 }) => {
      const table = await readTable(format, dataBase64);
      return ctx.write(() => {
        // Analysed inside the transaction, so the duplicate-name check sees exactly what is stored.
        const { rows, errors, errorCount } = analyseProfessionals(table, listCompetencies(ctx), professionalNameKeys(ctx));
        if (errorCount > 0) {
          throw new ApiFailure(
            'validation',
            `Er is niets geïmporteerd: het bestand bevat ${errorCount} fout(en). Eerste fout: ${errors[0]!.message}.`,
            `Nothing was imported: the file has ${errorCount} error(s). First error: ${errors[0]!.messageEn}.`,
            errors.map((e) => ({ path: `rij ${e.row}, kolom "${e.column}"`, message: e.message })),
          );
        }
        const now = ctx.nowIso();
        for (const draft of rows) insertProfessional(ctx, { id: ctx.newId(), ...draft }, false, now);
        return { created: rows.length };
      });
    },
  };
}
