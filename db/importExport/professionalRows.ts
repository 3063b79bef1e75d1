import type { CompetencyDto, ImportRowError, ProfessionalDraft } from '../../shared/api/entities.js';
import { message, type Message } from '../../shared/i18n/message.js';
import { nameKey } from '../../shared/domain/sameName.js';
import { disciplineFromText, isOwnDiscipline, ownDisciplinesIn } from '../../shared/catalogue/ownDisciplines.js';
import { listOf } from '../../shared/i18n/listOf.js';
import {
  bindingValue,
  columnIndex,
  FIELD_COLUMNS,
  NAME_PARTS,
  type NamePart,
  type FieldColumn,
  expertiseCell,
  hoursValue,
  isoDate,
  normalise,
  type Column,
} from './professionalColumns.js';
import type { Table } from './readTable.js';
import { columnLetter } from './columnLetter.js';
import { templateNamePart, NAME_PARTS_LIST, templateColumn } from '../../shared/people/importTemplate.js';

/**
 * Turns a spreadsheet of professionals into drafts and row-level errors, e.g. row 7,
 * column "empathie": `waarde "veel" is geen niveau 0-4` (a Message the caller renders). The same analysis feeds the
 * preview and the import, so what the preview promises is exactly what is written.
 */

export interface RowAnalysis {
  rows: ProfessionalDraft[];
  /** At most MAX_REPORTED_ERRORS, then one line saying how many more. */
  errors: ImportRowError[];
  errorCount: number;
  /** What the preview should say besides the count: how the names were put together from their parts. */
  notes: Message[];
}

/**
 * One error at its place. The column is the file's own header where the file has one; a
 * column it lacks is named as the template names it (`templateColumn`), in the reader's
 * language, never by the planner's internal key.
 */
function error(row: number, column: string | Message, text: Message): ImportRowError {
  return { row, column, text };
}

/** Every column the importer knows, named as the template names them, for the refusal of an unknown one. */
function unknownColumnText(competencies: readonly CompetencyDto[]): Message {
  return message('importRow.unknownColumnKnown', {
    fields: listOf(FIELD_COLUMNS.map(templateColumn)),
    nameParts: NAME_PARTS_LIST,
    competencies: listOf(competencies.map((c) => c.name)),
  });
}

function shown(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

export function analyseProfessionals(
  table: Table,
  competencies: readonly CompetencyDto[],
  existingNames: Set<string>,
  /** The disciplines of the people already stored, so an own discipline keeps the spelling it has there. */
  disciplinesInUse: readonly string[] = [],
): RowAnalysis {
  const errors: ImportRowError[] = [];
  const index = columnIndex(competencies);
  const columns: (Column | null)[] = table.header.map((h) => index.get(normalise(h)) ?? null);
  const seen = new Set<string>();
  const hasNameColumn = columns.some((c) => c?.kind === 'field' && c.field === 'name');
  const nameHeaderOfFile = table.header[columns.findIndex((c) => c?.kind === 'field' && c.field === 'name')];
  let unknownSeen = false;
  table.header.forEach((h, i) => {
    const col = columns[i];
    // A column with neither a name nor anything in it is no column to the user: a spreadsheet
    // program keeps such a column in the sheet once it had a fill or a border.
    if (h === '' && table.rows.every((r) => (r.cells[i] ?? '').trim() === '')) return;
    if (h === '') errors.push(error(1, columnLetter(i), message('importRow.columnWithoutName')));
    else if (!col) {
      // The known columns are listed once, at the first unknown one: the same list on every line says nothing new.
      errors.push(error(1, h, unknownSeen ? message('importRow.unknownColumn') : unknownColumnText(competencies)));
      unknownSeen = true;
    } else if (col.kind === 'namePart' && hasNameColumn) {
      // Two sources for one name: which one is meant is the user's choice, not the planner's.
      const name = nameHeaderOfFile!;
      errors.push(error(1, h, message('importRow.namePartBesideName', { name, nameParts: NAME_PARTS_LIST })));
    } else {
      const id = col.kind === 'field' ? col.field : col.kind === 'namePart' ? `part:${col.part}` : `c:${col.key}`;
      if (seen.has(id)) errors.push(error(1, h, message('importRow.columnTwice')));
      seen.add(id);
    }
  });
  // The name may come in parts: a first and a last name (an infix beside them if any), as HR systems export it.
  const partColumn = (part: NamePart) => columns.findIndex((c) => c?.kind === 'namePart' && c.part === part);
  const namesInParts = !hasNameColumn && partColumn('firstName') >= 0 && partColumn('lastName') >= 0;
  if (!hasNameColumn && !namesInParts) {
    const parts = Object.fromEntries(NAME_PARTS.map((part) => [part, templateNamePart(part)]));
    errors.push(error(1, templateColumn('name'), message('importRow.nameColumnMissing', parts)));
  }
  if (!columns.some((c) => c?.kind === 'field' && c.field === 'discipline')) {
    errors.push(error(1, templateColumn('discipline'), message('importRow.columnMissing')));
  }
  if (table.rows.length === 0) {
    errors.push(error(2, table.header[0] ?? templateColumn('name'), message('importRow.noProfessionals')));
  }
  if (errors.length > 0) return { rows: [], errors, errorCount: errors.length, notes: [] };

  // The file's header of a field, else (a check on a value no column gave) the template's name.
  const headerOf = (field: FieldColumn): string | Message => {
    const i = columns.findIndex((c) => c?.kind === 'field' && c.field === field);
    return i >= 0 ? table.header[i]! : templateColumn(field);
  };
  const rows: ProfessionalDraft[] = [];
  // A discipline the catalogue does not know is imported as an own discipline (ownDisciplines.ts), and the
  // preview names each with its number of people: a typo ("Maatschapelijk werker") or a synonym of a
  // catalogued one ("Cliëntondersteuner" for "MEE-consulent / cliëntondersteuner") shows there before it is stored.
  const disciplines = [...disciplinesInUse];
  const ownInFile = new Map<string, number>();
  const namesInFile = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const rowErrors: ImportRowError[] = [];
    // A cell beyond the header belongs to no column. Mostly a decimal comma in a comma file
    // ("24,5" read as 24 and 5): dropping it would import the row with a wrong number.
    const outside = cells.findIndex((c, i) => i >= table.header.length && c.trim() !== '');
    if (outside >= 0) {
      const value = shown(cells[outside]!.trim());
      rowErrors.push(error(row, columnLetter(outside), message('importRow.cellOutsideColumns', { value })));
    }
    const draft = {
      name: '',
      discipline: '',
      organisation: '',
      binding: 'functional',
      contractHours: 0,
      ratings: {},
      expertise: [],
      assessedOn: null,
      teamRoles: {},
    } as ProfessionalDraft;
    const parts: Partial<Record<NamePart, string>> = {};
    columns.forEach((col, i) => {
      const header = table.header[i]!;
      const raw = (cells[i] ?? '').trim();
      if (!col) return;
      if (col.kind === 'namePart') {
        parts[col.part] = raw;
        return;
      }
      if (col.kind === 'competency') {
        if (raw === '') return;
        if (!/^[0-4]$/.test(raw))
          rowErrors.push(error(row, header, message('importRow.notALevel', { value: shown(raw) })));
        else draft.ratings[col.key] = Number(raw);
        return;
      }
      switch (col.field) {
        case 'name':
          draft.name = raw;
          break;
        case 'organisation':
          draft.organisation = raw;
          break;
        case 'discipline': {
          const discipline = disciplineFromText(raw, disciplines);
          if (discipline === null) {
            const key = raw === '' ? 'importRow.disciplineRequired' : 'importRow.disciplineTooLong';
            rowErrors.push(error(row, header, message(key)));
            break;
          }
          draft.discipline = discipline;
          if (isOwnDiscipline(discipline)) {
            if (!ownInFile.has(discipline)) disciplines.push(discipline);
            ownInFile.set(discipline, (ownInFile.get(discipline) ?? 0) + 1);
          }
          break;
        }
        case 'binding': {
          if (raw === '') break;
          const binding = bindingValue(raw);
          if (!binding) rowErrors.push(error(row, header, message('importRow.notABinding', { value: shown(raw) })));
          else draft.binding = binding;
          break;
        }
        case 'contractHours': {
          if (raw === '') break;
          const hours = hoursValue(raw);
          if (hours === null) rowErrors.push(error(row, header, message('importRow.notHours', { value: shown(raw) })));
          else draft.contractHours = hours;
          break;
        }
        case 'expertise': {
          // "jeugd:3; schulden": each entry a name or key, optionally a level 1-4 after a colon.
          for (const part of raw
            .split(/[;,]/)
            .map((p) => p.trim())
            .filter(Boolean)) {
            const cell = expertiseCell(part);
            if (cell.kind === 'unknown')
              rowErrors.push(error(row, header, message('importRow.unknownExpertise', { value: shown(part) })));
            else if (cell.kind === 'badLevel')
              rowErrors.push(
                error(
                  row,
                  header,
                  message('edit.import.expertiseLevel', { value: shown(cell.level), expertise: shown(cell.name) }),
                ),
              );
            // Named twice: the first mention counts, as before levels existed.
            else if (!draft.expertise.some((e) => e.key === cell.key))
              draft.expertise.push({ key: cell.key, level: cell.level, assessedOn: null });
          }
          break;
        }
        case 'assessedOn': {
          if (raw === '') break;
          const date = isoDate(raw);
          if (!date) rowErrors.push(error(row, header, message('importRow.notADate', { value: shown(raw) })));
          else draft.assessedOn = date;
          break;
        }
      }
    });
    // "Jan", "van den", "Berg" make "Jan van den Berg", whatever the columns' order; no infix leaves no double space.
    if (namesInParts) draft.name = NAME_PARTS.flatMap((part) => (parts[part] ? [parts[part]] : [])).join(' ');
    // A name made of parts is reported at its last name: that part every name has.
    const nameHeader = namesInParts ? table.header[partColumn('lastName')]! : headerOf('name');
    if (draft.name !== '' && draft.name.length <= 200) {
      const key = nameKey(draft.name);
      if (existingNames.has(key))
        rowErrors.push(error(row, nameHeader, message('importRow.nameExists', { value: shown(draft.name) })));
      else if (namesInFile.has(key))
        rowErrors.push(
          error(
            row,
            nameHeader,
            message('importRow.nameTwiceInFile', { value: shown(draft.name), row: String(namesInFile.get(key)) }),
          ),
        );
      else namesInFile.set(key, row);
    }
    if (draft.name === '') rowErrors.push(error(row, nameHeader, message('importRow.nameRequired')));
    else if (draft.name.length > 200) rowErrors.push(error(row, nameHeader, message('importRow.nameTooLong')));
    if (draft.organisation.length > 200) {
      rowErrors.push(error(row, headerOf('organisation'), message('importRow.organisationTooLong')));
    }
    if (draft.expertise.length > 20)
      rowErrors.push(error(row, headerOf('expertise'), message('importRow.tooMuchExpertise')));
    // Every cell was checked against the same limits as professionalDraftSchema above; a
    // zod parse per row would double the cost of a 5,000-row import for nothing.
    for (const held of draft.expertise) held.assessedOn = draft.assessedOn;
    if (rowErrors.length === 0) rows.push(draft);
    errors.push(...rowErrors);
  }
  const notes: Message[] =
    namesInParts && rows.length > 0
      ? [
          message('people.import.nameCombined', {
            columns: listOf(
              NAME_PARTS.filter((part) => partColumn(part) >= 0).map((p) => table.header[partColumn(p)]!),
            ),
            example: shown(rows[0]!.name),
          }),
        ]
      : [];
  const ownNotStoredYet = ownDisciplinesIn(ownInFile.keys()).filter((d) => !disciplinesInUse.includes(d));
  if (ownNotStoredYet.length > 0) {
    notes.push(
      message('people.import.ownDisciplines', {
        count: ownNotStoredYet.length,
        disciplines: listOf(
          ownNotStoredYet.map((d) => message('people.import.ownDiscipline', { name: d, count: ownInFile.get(d)! })),
        ),
      }),
    );
  }
  return { rows, errors: capped(errors), errorCount: errors.length, notes };
}

/** More than this many errors is a wrong file, not a few typos; a huge list would only freeze the screen. */
const MAX_REPORTED_ERRORS = 500;

function capped(errors: ImportRowError[]): ImportRowError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const shown = errors.slice(0, MAX_REPORTED_ERRORS);
  const rest = errors.length - MAX_REPORTED_ERRORS;
  const last = shown[shown.length - 1]!;
  shown.push({
    row: last.row,
    column: '…',
    text: message('importRow.moreNotShown', { rest }),
  });
  return shown;
}
