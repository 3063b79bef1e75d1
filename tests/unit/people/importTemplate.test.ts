import { describe, expect, it } from 'vitest';
import type { CompetencyDto } from '../../../shared/api/entities.js';
import { BUILT_IN_COMPETENCIES } from '../../../shared/catalogue/competencies.js';
import { LANGS } from '../../../shared/domain/text.js';
import { importTemplateCsv, importTemplateRows } from '../../../shared/people/importTemplate.js';
import { FIELD_COLUMNS } from '../../../shared/people/professionalColumns.js';
import { analyseProfessionals } from '../../../db/importExport/professionalRows.js';
import { readCsv } from '../../../db/importExport/readTable.js';

const OWN: CompetencyDto = {
  key: 'digital',
  name: { nl: 'Digitale vaardigheid', en: 'Digital skills' },
  description: { nl: '', en: '' },
  builtIn: false,
};
const COMPETENCIES: CompetencyDto[] = [...BUILT_IN_COMPETENCIES, OWN];

describe('the import template', () => {
  it.each(LANGS)('has every field and every competency, own ones included, as a column (%s)', (lang) => {
    const [header, example] = importTemplateRows(COMPETENCIES, lang, '2026-03-02');
    expect(header).toHaveLength(FIELD_COLUMNS.length + COMPETENCIES.length);
    expect(example).toHaveLength(header!.length);
    expect(header!.slice(FIELD_COLUMNS.length)).toEqual(COMPETENCIES.map((c) => c.name[lang]));
  });

  it.each(LANGS)('reads back through the importer without errors, the example row intact (%s)', (lang) => {
    const csv = importTemplateCsv(COMPETENCIES, lang, '2026-03-02');
    const analysis = analyseProfessionals(readCsv(Buffer.from(csv, 'utf8')), COMPETENCIES, new Set());
    expect(analysis.errors).toEqual([]);
    expect(analysis.rows).toHaveLength(1);
    const [row] = analysis.rows;
    expect(row).toMatchObject({
      discipline: 'socialWorker',
      binding: 'functional',
      contractHours: 24,
      expertise: [
        { key: 'income', level: 3, assessedOn: '2026-03-02' },
        { key: 'domesticViolence', level: 2, assessedOn: '2026-03-02' },
      ],
      assessedOn: '2026-03-02',
    });
    expect(row!.name).not.toBe('');
    expect(row!.organisation).not.toBe('');
    // Every competency has a level, so the example shows where each one goes.
    expect(Object.keys(row!.ratings).sort()).toEqual(COMPETENCIES.map((c) => c.key).sort());
  });

  it('quotes a cell that holds the separator, so an own competency named "A; B" stays one column', () => {
    const odd: CompetencyDto = { ...OWN, name: { nl: 'Regie; overzicht', en: 'Direction; overview' } };
    const csv = importTemplateCsv([odd], 'nl', '2026-03-02');
    const table = readCsv(Buffer.from(csv, 'utf8'));
    expect(table.header.at(-1)).toBe('Regie; overzicht');
    expect(analyseProfessionals(table, [odd], new Set()).errors).toEqual([]);
  });
});
