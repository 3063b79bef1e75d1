import type { GapSeverity, HrTable } from '../../shared/hr/index.js';

/**
 * HR tables as one XLSX workbook (exceljs), a sheet per table: bold header row frozen
 * with an autofilter, sensible column widths, and matrix cells filled by gap severity.
 * The cell text says the severity in words too, so a black-and-white printout or a
 * colour-blind reader loses nothing.
 */

/** Fills (ARGB) per severity: strong to light, readable in greyscale. */
const FILLS: Record<GapSeverity, string | null> = {
  missing: 'FFE8A39B',
  partial: 'FFF3D08A',
  thin: 'FFFBEBC2',
  covered: 'FFCFE8D4',
  notRequired: null,
};

const MAX_WIDTH = 60;

/** What a sheet needs: an HR list or any other table of words and numbers (the area view's). */
type SheetTable = Pick<HrTable, 'title' | 'columns'> & {
  rows: readonly (readonly (string | number | null)[])[];
  severities?: HrTable['severities'];
};

export async function writeXlsx(tables: readonly SheetTable[], createdAt: Date): Promise<Buffer> {
  // Loaded on first use: exceljs is large and most starts of the planner never export.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Wijkteamplanner';
  workbook.created = createdAt;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.columns).font = { bold: true };
    sheet.addRows(table.rows.map((row) => [...row]));
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.columns.length) } };
    table.columns.forEach((header, i) => {
      let width = header.length;
      for (const row of table.rows) width = Math.max(width, String(row[i] ?? '').length);
      sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, width + 2);
    });
    if (table.severities) {
      table.severities.forEach((row, r) => {
        row.forEach((severity, c) => {
          const argb = severity ? FILLS[severity] : null;
          if (!argb) return;
          sheet.getCell(r + 2, c + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
        });
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
