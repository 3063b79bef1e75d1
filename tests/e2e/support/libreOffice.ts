import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

/**
 * Every sheet of a workbook as CSV rows, converted by LibreOffice itself (Debian's
 * libreoffice-calc-nogui), so a real spreadsheet program has read the file and not only
 * the library that wrote it. The filter's last token (-1) writes each sheet to its own
 * file; a private profile keeps parallel runs apart. `asShown` writes each cell as the sheet
 * shows it (a date in its number format), not LibreOffice's plain value.
 */
export function sheetsAsCsv(xlsxPath: string, { asShown = false } = {}): Map<string, string[][]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'wtp-xlsx-csv-'));
  execFileSync(
    '/usr/bin/soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${asShown},false,false,-1`,
      '--outdir',
      dir,
      xlsxPath,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const stem = path.basename(xlsxPath, '.xlsx');
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.csv'))) {
    const parsed = Papa.parse<string[]>(readFileSync(path.join(dir, file), 'utf8'), { skipEmptyLines: true });
    sheets.set(file.slice(stem.length + 1, -'.csv'.length), parsed.data);
  }
  return sheets;
}
