import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueLines } from '../../../shared/domain/formatIssues.js';
import { parsePlan } from '../../../shared/plan/parsePlan.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break plans in ways no plan type allows
const example = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL('../../../examples/plans/wijkteam-oost.json', import.meta.url), 'utf8'));

function lines(input: unknown, lang: 'nl' | 'en'): string[] {
  const result = parsePlan(input);
  return result.ok ? [] : issueLines(result.issues, lang);
}

/** A plan file's `hoursInOtherTeams`: optional, so older files still read; checked like other hours. */
describe('parsePlan: hours in other teams', () => {
  it('reads a file without them as not known (counted as 0), not as an empty record', () => {
    const result = parsePlan(example());
    expect(result.ok && result.plan.hoursInOtherTeams).toBeUndefined();
  });

  it('keeps them through a round trip', () => {
    const plan = { ...example(), hoursInOtherTeams: { p03: 24, p05: 4.5 } };
    const first = parsePlan(plan);
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.plan.hoursInOtherTeams).toEqual({ p03: 24, p05: 4.5 });
    const again = parsePlan(JSON.parse(JSON.stringify(first.plan)));
    expect(again).toEqual(first);
  });

  it('refuses negative or impossible hours and people not in the file, naming the place in Dutch', () => {
    const plan = { ...example(), hoursInOtherTeams: { p03: -8, p05: 5000, p99: 8 } };
    expect(lines(plan, 'nl')).toEqual([
      'de uren in andere teams, p03: uren moeten een getal van 0 of meer zijn',
      'de uren in andere teams, p05: zoveel uren per week is niet mogelijk',
      'de uren in andere teams, p99: verwijst naar een onbekende professional ‘p99’',
    ]);
  });
});
