import type { AreaCell, AreaTable } from '../../shared/area/index.js';
import { zipStored, type ZipEntry } from './zipStored.js';

/**
 * The area tables as one XLSX workbook (Office Open XML), a sheet per table: a bold
 * header row frozen with an autofilter and column widths from the content, as the HR
 * exports have. Text cells are inline strings, numbers are numbers. `onSheet` reports
 * progress and yields to the screen between sheets, so a large area never freezes it.
 */

const MAX_WIDTH = 60;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** XML text: the five escapes, and the control characters XML 1.0 cannot hold dropped. */
function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Column letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnName(n: number): string {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

function cellXml(value: AreaCell, ref: string, bold: boolean): string {
  const style = bold ? ' s="1"' : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(String(value))}</t></is></c>`;
}

function sheetXml(table: AreaTable): string {
  const width = Math.max(1, table.columns.length);
  const rows = [table.columns, ...table.rows];
  const cols = table.columns
    .map((header, i) => {
      let w = header.length;
      for (const row of table.rows) w = Math.max(w, String(row[i] ?? '').length);
      return `<col min="${i + 1}" max="${i + 1}" width="${Math.min(MAX_WIDTH, w + 2)}" customWidth="1"/>`;
    })
    .join('');
  const data = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnName(c + 1)}${r + 1}`, r === 0)).join('')}</row>`,
    )
    .join('');
  const last = `${columnName(width)}${rows.length}`;
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    `<autoFilter ref="A1:${columnName(width)}${Math.max(1, rows.length)}"/>` +
    '</worksheet>'
  );
}

/** Sheet names must be unique, at most 31 characters and without []:*?/\ in Excel. */
function sheetNames(tables: readonly AreaTable[]): string[] {
  const used = new Set<string>();
  return tables.map((table, i) => {
    let name = table.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || String(i + 1);
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)} ${i + 1}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function staticParts(names: readonly string[], creator: string): ZipEntry[] {
  const encode = (text: string) => new TextEncoder().encode(text);
  const sheets = names.map((_, i) => i + 1);
  return [
    {
      path: '[Content_Types].xml',
      data: encode(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
          sheets
            .map(
              (n) =>
                `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
            )
            .join('') +
          '</Types>',
      ),
    },
    {
      path: '_rels/.rels',
      data: encode(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
          '</Relationships>',
      ),
    },
    {
      path: 'docProps/core.xml',
      data: encode(
        `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
          `<dc:creator>${xmlText(creator)}</dc:creator></cp:coreProperties>`,
      ),
    },
    {
      path: 'xl/workbook.xml',
      data: encode(
        `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
          names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
          '</sheets></workbook>',
      ),
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      data: encode(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          sheets
            .map((n) => `<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`)
            .join('') +
          `<Relationship Id="rId${names.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
          '</Relationships>',
      ),
    },
    {
      path: 'xl/styles.xml',
      data: encode(
        `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
          '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
          '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
          '</styleSheet>',
      ),
    },
  ];
}

export async function xlsxWorkbook(
  tables: readonly AreaTable[],
  onSheet: (done: number, total: number) => void = () => {},
): Promise<Uint8Array> {
  const names = sheetNames(tables);
  const encoder = new TextEncoder();
  const sheets: ZipEntry[] = [];
  for (const [i, table] of tables.entries()) {
    onSheet(i + 1, tables.length);
    // Let the screen paint the progress before the next sheet is built.
    await new Promise((resolve) => setTimeout(resolve, 0));
    sheets.push({ path: `xl/worksheets/sheet${i + 1}.xml`, data: encoder.encode(sheetXml(table)) });
  }
  return zipStored([...staticParts(names, 'Wijkteamplanner'), ...sheets]);
}
