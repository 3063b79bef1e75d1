import { describe, expect, it } from 'vitest';
import { importFormat } from '../../../renderer/people/import/importFile.js';
import { rowErrorText } from '../../../renderer/people/import/rowErrorText.js';

describe('import helpers', () => {
  it('takes CSV and XLSX by extension, in any case, and nothing else', () => {
    expect(importFormat('team.csv')).toBe('csv');
    expect(importFormat('Team Oost.XLSX')).toBe('xlsx');
    expect(importFormat('team.xls')).toBeNull();
    expect(importFormat('csv')).toBeNull();
    expect(importFormat('team.csv.txt')).toBeNull();
  });

  it('shows what is wrong in the UI language, without the row and column the table already shows', () => {
    const error = {
      row: 7,
      column: 'Empathie: "kern"',
      message: 'rij 7, kolom "Empathie: "kern"": waarde "veel" is geen niveau 0-4',
      messageEn: 'row 7, column "Empathie: "kern"": value "veel" is not a level 0-4',
    };
    expect(rowErrorText(error, 'nl')).toBe('waarde "veel" is geen niveau 0-4');
    expect(rowErrorText(error, 'en')).toBe('value "veel" is not a level 0-4');
    // A message without the prefix (the summary line of a capped list) stays whole.
    const more = { row: 9, column: '…', message: 'en nog 12 fouten die niet getoond worden', messageEn: 'and 12 more errors not shown' };
    expect(rowErrorText(more, 'nl')).toBe('en nog 12 fouten die niet getoond worden');
  });
});
