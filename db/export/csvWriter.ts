import Papa from 'papaparse';
import type { HrTable } from '../../shared/hr/index.js';

/**
 * One HR table as CSV the way Dutch Excel opens it without a wizard: semicolon
 * separated, decimal comma, UTF-8 with a byte-order mark (otherwise Excel reads
 * "Eén" as Windows-1252). Every field that needs it is quoted by papaparse.
 */
export function writeCsv(table: HrTable): string {
  const rows = table.rows.map((row) =>
    row.map((value) =>
      typeof value === 'number'
        ? String(value).replace('.', ',')
        : // A calendar day as its ISO day: Excel and LibreOffice read it as a date.
          typeof value === 'object' && value !== null
          ? value.isoDay
          : (value ?? ''),
    ),
  );
  // A leading =, +, - or @ would run as a formula in Excel; HR data never starts a formula.
  const safe = rows.map((row) =>
    row.map((v) => (/^[=+\-@]/.test(v) && Number.isNaN(Number(v.replace(',', '.'))) ? `'${v}` : v)),
  );
  return `\uFEFF${Papa.unparse({ fields: table.columns, data: safe }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
