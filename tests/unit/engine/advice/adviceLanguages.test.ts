import { describe, expect, it } from 'vitest';
import { ADVICE_RULES, adviseDesign } from '../../../../shared/engine/index.js';
import { en, nl } from '../../../support/inLanguage.js';
import { fn, needs, person, plan, team } from '../fixtures.js';

/**
 * Advice is a catalogue Message with the names as parameters: the same advice reads as
 * finished Dutch and finished English, with every name filled in and no placeholder left.
 */
const p = plan({
  team: team({ organisationType: 'integraal', model: 'A1', ageGroups: ['adults'] }),
  functions: [
    fn('casus', [['creativity', 3]], { name: 'Casusregie', hoursRequired: 40, expertise: [needs('debt')] }),
    fn('leeg', [], { name: 'Jongerenwerk' }),
  ],
  professionals: [
    person(
      'lisa',
      { creativity: 3 },
      { name: 'Lisa de Vries', contractHours: 24, binding: 'hierarchical', assessedOn: null },
    ),
  ],
  assignments: [['lisa', 'casus', 28]],
});
const advice = adviseDesign(p, undefined, { today: '2026-11-23' });
const byRule = (rule: string) => advice.find((a) => a.rule === rule)!;

describe('advice in both languages', () => {
  it('renders every piece of advice in Dutch and in English with no placeholder left', () => {
    expect(advice.length).toBeGreaterThanOrEqual(6);
    for (const a of advice) {
      for (const text of [nl(a.message), en(a.message)]) {
        expect(text.length).toBeGreaterThan(20);
        expect(text).not.toMatch(/[{}]/);
      }
      expect(nl(a.message)).not.toBe(en(a.message));
    }
  });

  it('fills in the names of people, functions, competencies and expertise in each language', () => {
    expect(nl(byRule('over-allocated').message)).toBe(
      'Lisa de Vries is voor 28 uur ingezet, maar heeft een contract van 24 uur. Verminder uren of verdeel het werk anders.',
    );
    expect(en(byRule('over-allocated').message)).toBe(
      'Lisa de Vries is allocated 28 hours but has a contract of 24 hours. Reduce hours or share the work differently.',
    );
    expect(nl(byRule('function-without-members').message)).toContain('Niemand vervult de functie Jongerenwerk.');
    expect(en(byRule('function-without-members').message)).toContain('Nobody fills the function Jongerenwerk.');
    expect(nl(byRule('competency-single-person').message)).toMatch(
      /^Creativiteit op niveau 3 rust alleen op Lisa de Vries\./,
    );
    expect(en(byRule('competency-single-person').message)).toMatch(
      /^Creativity at level 3 rests on Lisa de Vries alone\./,
    );
    expect(nl(byRule('expertise-no-consultation').message)).toContain('vakkennis van schulden en armoede op niveau');
    expect(en(byRule('assessment-missing').message)).toContain('The competencies of Lisa de Vries were never assessed');
    expect(nl(byRule('a1-narrow-breadth').message)).toContain('(niet voor: Jeugd (0-17), Ouderen (65+))');
    expect(en(byRule('a1-narrow-breadth').message)).toContain('(not: Youth (0-17), Older people (65+))');
  });

  it('writes numbers the way each language does', () => {
    const short = adviseDesign(
      plan({
        functions: [fn('f', [], { name: 'Jeugd', hoursRequired: 32 })],
        professionals: [person('a')],
        assignments: [['a', 'f', 20.5]],
      }),
    ).find((a) => a.rule === 'function-short-of-hours')!;
    expect(nl(short.message)).toBe('Jeugd heeft 20,5 van de 32 uur per week; er ontbreekt 11,5 uur.');
    expect(en(short.message)).toBe('Jeugd has 20.5 of the 32 hours per week it needs; 11.5 hours are missing.');
  });

  it('describes what every rule looks at in both languages', () => {
    for (const rule of ADVICE_RULES) {
      expect(nl(rule.about)).not.toMatch(/[{}]/);
      expect(en(rule.about)).not.toMatch(/[{}]/);
      expect(nl(rule.about)).not.toBe(en(rule.about));
    }
    expect(nl(ADVICE_RULES.find((r) => r.id === 'assessment-outdated')!.about)).toContain('ouder is dan 24 maanden');
  });
});
