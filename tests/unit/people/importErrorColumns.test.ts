import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPETENCIES } from '../../../shared/catalogue/competencies.js';
import type { ImportRowError } from '../../../shared/api/entities.js';
import { LANGS, type Lang } from '../../../shared/domain/text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { importTemplateRows } from '../../../shared/people/importTemplate.js';
import { analyseProfessionals } from '../../../db/importExport/professionalRows.js';
import { readCsv } from '../../../db/importExport/readTable.js';
import { rowErrorColumn } from '../../../renderer/people/import/rowErrorText.js';

/**
 * Where the people import puts an error, as the error table shows it: the file's own
 * header, or for a column the file lacks the template's header in the reader's language,
 * never the planner's internal key ('discipline', 'naam').
 */
const analyse = (lines: string[]) =>
  analyseProfessionals(readCsv(Buffer.from(lines.join('\r\n'), 'utf8')), BUILT_IN_COMPETENCIES, new Set());
const columnsIn = (errors: readonly ImportRowError[], lang: Lang) => errors.map((e) => rowErrorColumn(e, lang));
/** The template's header of a field column in one language, read from the template itself. */
const templateHeader = (lang: Lang, at: number) =>
  importTemplateRows(BUILT_IN_COMPETENCIES, lang, '2026-03-02')[0]![at]!;

describe('the column of an import error', () => {
  it.each(LANGS)('names a missing discipline column as the template does, in the reader’s language (%s)', (lang) => {
    const { errors } = analyse(['Naam;Organisatie', 'Jan Jansen;Wijkteam']);
    expect(errors).toHaveLength(1);
    expect(columnsIn(errors, lang)).toEqual([templateHeader(lang, 1)]);
    expect(translator(lang).render(errors[0]!.text)).toBe(
      lang === 'nl' ? 'deze kolom ontbreekt' : 'this column is missing',
    );
  });

  it('says the missing name column in Dutch to a Dutch reader and in English to an English one', () => {
    const { errors } = analyse(['Discipline;Organisatie', 'socialWorker;Wijkteam']);
    expect(columnsIn(errors, 'nl')).toEqual(['Naam']);
    expect(columnsIn(errors, 'en')).toEqual(['Name']);
  });

  it('names a header-only file’s missing columns and its emptiness by the template, not by keys', () => {
    const { errors } = analyse(['Organisatie']);
    expect(columnsIn(errors, 'nl')).toEqual(['Naam', 'Discipline', 'Organisatie']);
    expect(columnsIn(errors, 'en')).toEqual(['Name', 'Discipline', 'Organisatie']);
  });

  it('keeps the file’s own header, as written, for a column the file has', () => {
    const { errors } = analyse([
      'Volledige naam;Vakgebied;Moederorganisatie;Contracturen',
      `Jan Jansen;socialWorker;${'x'.repeat(201)};veel`,
    ]);
    // The file's words, in either language: the reader finds them in their own sheet (cells first, then row checks).
    for (const lang of LANGS) expect(columnsIn(errors, lang)).toEqual(['Contracturen', 'Moederorganisatie']);
    expect(errors.map((e) => e.column)).toEqual(['Contracturen', 'Moederorganisatie']);
  });

  it('puts no internal key into a column, for a file that lacks everything', () => {
    const { errors } = analyse(['vliegen', '3']);
    const internal = ['name', 'naam', 'discipline', 'organisation', 'organisatie', 'expertise'];
    for (const lang of LANGS) {
      const columns = columnsIn(errors, lang);
      expect(columns).toContain('vliegen');
      for (const column of columns) expect(internal).not.toContain(column);
    }
  });
});
