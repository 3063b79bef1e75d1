import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasLetterOrDigit, nameProblem } from '../../../shared/domain/nameRule.js';
import { nameSchema } from '../../../shared/domain/schemas.js';
import { issueLines } from '../../../shared/domain/formatIssues.js';
import { parsePlan } from '../../../shared/plan/parsePlan.js';

describe('a name needs at least one letter or digit', () => {
  it('refuses names of only punctuation or spaces', () => {
    for (const name of ['—', '-', '...', ' – ', '?!', '()', '・']) expect(hasLetterOrDigit(name), name).toBe(false);
  });

  it('accepts letters and digits of any script, with punctuation around them', () => {
    for (const name of ['Noord', '3', 'Çelik', 'Ölçek', 'Наталья', '李', '— Noord —', 'Team 2 (kopie)'])
      expect(hasLetterOrDigit(name), name).toBe(true);
  });

  it('gives the field one message: empty first, then the letter or digit', () => {
    expect(nameProblem('  ')).toBe('nameField.required');
    expect(nameProblem('—')).toBe('validation.nameLetter');
    expect(nameProblem('Wijkteam Noord')).toBeNull();
  });

  it('is the store’s rule: nameSchema refuses "—" with that message, and an empty name only as empty', () => {
    const dash = nameSchema.safeParse('—');
    expect(dash.success ? [] : dash.error.issues.map((issue) => issue.message)).toEqual(['nameLetter']);
    const empty = nameSchema.safeParse('   ');
    expect(empty.success ? [] : empty.error.issues.map((issue) => issue.message)).toEqual(['name']);
    expect(nameSchema.parse(' Noord ')).toBe('Noord');
  });

  it('refuses a plan file whose function is called "—", naming the place in Dutch', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a plan broken in a way no plan type allows
    const plan: Record<string, any> = JSON.parse(
      readFileSync(new URL('../../../examples/plans/wijkteam-oost.json', import.meta.url), 'utf8'),
    );
    plan.functions[1].name = '—';
    const result = parsePlan(plan);
    expect(result.ok ? [] : issueLines(result.issues, 'nl')).toEqual([
      'de functie —, name: Een naam heeft ten minste één letter of cijfer nodig.',
    ]);
  });
});
