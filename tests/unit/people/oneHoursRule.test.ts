import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_HOURS_RULE, CONTRACT_HOURS_RULE, FUNCTION_HOURS_RULE } from '../../../shared/domain/hourRules.js';
import { assignmentHoursSchema, hoursInOtherTeamsSchema } from '../../../shared/domain/schemas.js';
import { readNumberInput } from '../../../shared/i18n/numberInput.js';
import { hoursValue } from '../../../shared/people/professionalColumns.js';

/** What the contract-hours field makes of a text: the number, or null when it refuses it. */
function contractField(text: string): number | null {
  const reading = readNumberInput(text, CONTRACT_HOURS_RULE);
  return reading.ok ? reading.value : null;
}

describe('one rule for hours: the fields and the professionals import read hours alike', () => {
  const typed = ['32', '32,5', '32.5', ' 12,5 ', '0', '60', '60,5', '61', '-3', '1.000', '32,125', 'abc', '12u', ''];

  it('the import reads every contract-hours cell as the contract field reads it', () => {
    for (const text of typed) expect(hoursValue(text), text).toBe(contractField(text));
  });

  it('takes a Dutch decimal comma and refuses what could mean two things', () => {
    expect(hoursValue('12,5')).toBe(12.5);
    // "1.000" is a thousand or one: refused, not read as one hour.
    expect(hoursValue('1.000')).toBeNull();
    expect(hoursValue('-3')).toBeNull();
    expect(hoursValue('61')).toBeNull();
  });

  it('the field rules end where the stored values end', () => {
    expect(FUNCTION_HOURS_RULE.max).toBe(hoursInOtherTeamsSchema.maxValue);
    expect(ASSIGNMENT_HOURS_RULE.max).toBe(assignmentHoursSchema.maxValue);
    expect(CONTRACT_HOURS_RULE.max).toBe(ASSIGNMENT_HOURS_RULE.max);
  });
});
