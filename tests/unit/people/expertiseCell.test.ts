import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPETENCIES } from '../../../shared/catalogue/competencies.js';
import { expertiseCell } from '../../../shared/people/professionalColumns.js';
import { analyseProfessionals } from '../../../db/importExport/professionalRows.js';
import { readCsv } from '../../../db/importExport/readTable.js';
import { nl } from '../../support/inLanguage.js';

describe('one entry of the expertise column', () => {
  it('takes a key or a Dutch or English name, with an optional level 1-4 after a colon', () => {
    expect(expertiseCell('jeugd:3')).toEqual({ kind: 'held', key: 'youth', level: 3 });
    expect(expertiseCell('Schulden')).toEqual({ kind: 'held', key: 'debt', level: 2 });
    expect(expertiseCell('debt : 4')).toEqual({ kind: 'held', key: 'debt', level: 4 });
    expect(expertiseCell('youth:1')).toEqual({ kind: 'held', key: 'youth', level: 1 });
    expect(expertiseCell('Jeugd en gezin:4')).toEqual({ kind: 'held', key: 'youth', level: 4 });
  });

  it('refuses a level outside 1-4, 0 included, and an unknown name', () => {
    expect(expertiseCell('jeugd:0')).toEqual({ kind: 'badLevel', name: 'jeugd', level: '0' });
    expect(expertiseCell('jeugd:5')).toEqual({ kind: 'badLevel', name: 'jeugd', level: '5' });
    expect(expertiseCell('jeugd:')).toEqual({ kind: 'badLevel', name: 'jeugd', level: '' });
    expect(expertiseCell('jeugd:hoog')).toEqual({ kind: 'badLevel', name: 'jeugd', level: 'hoog' });
    expect(expertiseCell('sterrenkunde:2')).toEqual({ kind: 'unknown', name: 'sterrenkunde' });
  });
});

function analyse(expertise: string) {
  const csv = `naam;discipline;expertise;beoordeeld op\r\nSam;maatschappelijk werker;"${expertise}";2026-01-15\r\n`;
  return analyseProfessionals(readCsv(Buffer.from(csv, 'utf8')), BUILT_IN_COMPETENCIES, new Set());
}

describe('the expertise column of a professionals import', () => {
  it('reads "jeugd:3; schulden" as youth at 3 and debt at the default 2, dated with the row', () => {
    const analysis = analyse('jeugd:3; schulden');
    expect(analysis.errors).toEqual([]);
    expect(analysis.rows[0]!.expertise).toEqual([
      { key: 'youth', level: 3, assessedOn: '2026-01-15' },
      { key: 'debt', level: 2, assessedOn: '2026-01-15' },
    ]);
  });

  it('gives a row error in Dutch that names the wrong level and the expertise, and drops the row', () => {
    const analysis = analyse('jeugd:7; schulden');
    expect(analysis.rows).toEqual([]);
    expect(analysis.errors).toHaveLength(1);
    expect(analysis.errors[0]).toMatchObject({ row: 2, column: 'expertise' });
    expect(nl(analysis.errors[0]!.text)).toBe(
      'niveau ‘7’ bij vakkennis ‘jeugd’ bestaat niet: gebruik 1 tot en met 4, bijvoorbeeld jeugd:3',
    );
  });
});
