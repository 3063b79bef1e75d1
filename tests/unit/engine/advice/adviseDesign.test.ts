import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADVICE_RULES, adviseDesign, computeCoverage } from '../../../../shared/engine/index.js';
import { DEFAULT_TEAM_ROLES } from '../../../../shared/catalogue/teamRoles.js';
import { fn, holds, needs, person, plan, team } from '../fixtures.js';
import { en, nl } from '../../../support/inLanguage.js';

describe('design advice as a whole', () => {
  it('has unique rule ids, each with Dutch and English texts', () => {
    const ids = ADVICE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ADVICE_RULES) {
      expect(nl(rule.about).length).toBeGreaterThan(10);
      expect(en(rule.about).length).toBeGreaterThan(10);
    }
  });

  it('has its own tests for every rule (a rule added without tests fails here)', () => {
    const dir = new URL('./', import.meta.url);
    const ruleTests = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'adviseDesign.test.ts')
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const untested = ADVICE_RULES.map((r) => r.id).filter((id) => !ruleTests.includes(`describe('${id}'`));
    expect(untested).toEqual([]);
  });

  it('lists critical advice first, then warnings, then info, and reuses a given report', () => {
    const p = plan({
      team: team({ model: 'A1', ageGroups: ['adults'] }),
      functions: [fn('empty'), fn('f')],
      professionals: [person('a', {}, { contractHours: 4, assessedOn: null })],
      assignments: [['a', 'f', 8]],
    });
    const advice = adviseDesign(p, computeCoverage(p));
    expect(advice.map((a) => a.severity)).toEqual(
      [...advice.map((a) => a.severity)].sort((x, y) => order(x) - order(y)),
    );
    expect(advice.map((a) => a.rule)).toEqual([
      'function-without-members',
      'over-allocated',
      'a1-narrow-breadth',
      'a1-no-escalation',
      'function-short-of-hours',
      'team-roles-not-rated',
      'assessment-missing',
    ]);
  });

  it('gives no advice for a well-composed team', () => {
    const t = team({
      organisationType: 'integraal',
      model: 'A1',
      leader: {
        professionalId: null,
        name: 'Fatima Amrani',
        accountableTo: 'municipality',
        spanPeople: null,
        spanFte: null,
        spanLimitPeople: 12,
      },
    });
    t.design.integration.mode = 'mandated';
    // Every default team role strong in both members, so no role is absent or rests on one person.
    const roles = Object.fromEntries(DEFAULT_TEAM_ROLES.map((r) => [r.key, 3]));
    const p = plan({
      team: t,
      functions: [
        fn('f', [['empathy', 3]], {
          hoursRequired: 16,
          expertise: [needs('youth')],
          escalation: 'Bij acuut gevaar voor een kind: Veilig Thuis, dezelfde dag.',
        }),
      ],
      professionals: [
        person('a', { empathy: 3 }, { expertise: holds('youth'), teamRoles: roles }),
        person('b', { empathy: 4 }, { expertise: holds('youth'), teamRoles: roles }),
      ],
      assignments: [
        ['a', 'f', 8],
        ['b', 'f', 8],
      ],
    });
    expect(adviseDesign(p, undefined, { today: '2026-06-01' })).toEqual([]);
  });
});

function order(severity: string): number {
  return ['critical', 'warning', 'info'].indexOf(severity);
}
