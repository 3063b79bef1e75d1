import { describe, expect, it } from 'vitest';
import { importFormat } from '../../../renderer/people/import/importFile.js';
import { rowErrorText } from '../../../renderer/people/import/rowErrorText.js';
import { message } from '../../../shared/i18n/message.js';

describe('import helpers', () => {
  it('takes CSV and XLSX by extension, in any case, and nothing else', () => {
    expect(importFormat('team.csv')).toBe('csv');
    expect(importFormat('Team Oost.XLSX')).toBe('xlsx');
    expect(importFormat('team.xls')).toBeNull();
    expect(importFormat('csv')).toBeNull();
    expect(importFormat('team.csv.txt')).toBeNull();
  });

  it("shows what is wrong in the UI language, from the store's Message (the table shows row and column itself)", () => {
    const error = { row: 7, column: 'Empathie: "kern"', text: message('importRow.notALevel', { value: 'veel' }) };
    expect(rowErrorText(error, 'nl')).toBe('waarde ‘veel’ is geen niveau 0-4');
    expect(rowErrorText(error, 'en')).toBe('value ‘veel’ is not a level 0-4');
    const more = { row: 9, column: '…', text: message('importRow.moreNotShown', { rest: 12 }) };
    expect(rowErrorText(more, 'nl')).toBe(
      'niet alle fouten worden getoond (nog 12 meer); is dit wel het goede bestand?',
    );
  });
});
