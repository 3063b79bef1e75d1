import { ApiFailure } from '../../shared/api/result.js';
import type { StoreContext } from '../context.js';
import { analyseProfessionals, type RowAnalysis } from '../importExport/professionalRows.js';
import { readTable } from '../importExport/readTable.js';
import { listCompetencies } from '../repositories/catalogue.js';
import { disciplinesInUse } from '../repositories/disciplines.js';
import { insertProfessional, professionalNameKeys } from '../repositories/professionals.js';
import type { HandlerSlice } from './handlerTypes.js';
import { formatPath } from '../../shared/domain/formatIssues.js';
import { message } from '../../shared/i18n/message.js';

type ImportMethod = 'professionalsImport.preview' | 'professionalsImport.commit';

export function importHandlers(ctx: StoreContext): HandlerSlice<ImportMethod> {
  async function analyse(format: 'csv' | 'xlsx', dataBase64: string): Promise<RowAnalysis> {
    const table = await readTable(format, dataBase64);
    return analyseProfessionals(table, listCompetencies(ctx), professionalNameKeys(ctx), disciplinesInUse(ctx));
  }

  return {
    'professionalsImport.preview': async ({ format, dataBase64 }) => {
      const { rows, errors, notes } = await analyse(format, dataBase64);
      return { rows, errors, notes };
    },

    /** All rows in one transaction, and only when the file has no error at all. */
    'professionalsImport.commit': async ({ format, dataBase64 }) => {
      const table = await readTable(format, dataBase64);
      return ctx.write(() => {
        // Analysed inside the transaction, so the duplicate-name check sees exactly what is stored.
        const { rows, errors, errorCount } = analyseProfessionals(
          table,
          listCompetencies(ctx),
          professionalNameKeys(ctx),
          disciplinesInUse(ctx),
        );
        if (errorCount > 0) {
          const first = errors[0]!;
          throw new ApiFailure(
            'validation',
            message('importFile.rejected', {
              count: errorCount,
              row: String(first.row),
              column: first.column,
              text: first.text,
            }),
            // A path is for programs, not readers: a column the file lacks is there by its text's key.
            errors.map((e) => ({
              path: formatPath(['rows', e.row, typeof e.column === 'string' ? e.column : e.column.key]),
              text: e.text,
            })),
          );
        }
        const now = ctx.nowIso();
        for (const draft of rows) insertProfessional(ctx, { id: ctx.newId(), ...draft }, false, now);
        return { created: rows.length };
      });
    },
  };
}
