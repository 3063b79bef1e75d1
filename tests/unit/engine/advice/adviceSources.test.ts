import { describe, expect, it } from 'vitest';
import { ADVICE_RULES } from '../../../../shared/engine/index.js';
import { advice as adviceEn } from '../../../../shared/i18n/locales/en/advice.js';
import { advice as adviceNl } from '../../../../shared/i18n/locales/nl/advice.js';
import { en, nl } from '../../../support/inLanguage.js';

/**
 * Issue 10, "faithful to the sources": every statement traceable to the two articles or
 * marked as the planner's own, and none of the misreadings the planner used to make.
 */
describe('advice faithful to the sources', () => {
  it('names a source (article and section) or says it is the planner\u2019s own check, for every rule', () => {
    for (const rule of ADVICE_RULES) {
      expect(nl(rule.about), rule.id).toMatch(
        /Bron: (De Waal e\.a\. \(Hogeschool Utrecht\)|Integraal werken in de wijk \(2017\))|Eigen controle van de planner/,
      );
      expect(en(rule.about), rule.id).toMatch(
        /Source: (De Waal et al\. \(Hogeschool Utrecht\)|Integraal werken in de wijk \(2017\))|The planner\u2019s own check/,
      );
    }
  });

  it('never calls an integral team self-steering, and never defines A1 as 0 to 100+', () => {
    const texts = [...Object.values(adviceNl), ...Object.values(adviceEn)];
    for (const text of texts) {
      expect(text).not.toMatch(/zelfsturend|stuurt zichzelf|self-steering|directs itself/i);
      expect(text).not.toMatch(/0 tot 100|0 to 100|0-100/);
    }
  });

  it('no longer treats access as a function in the schil', () => {
    const texts = [...Object.values(adviceNl), ...Object.values(adviceEn)];
    expect(texts.filter((t) => /Toegang \/ frontoffice|Access point \/ front office/.test(t))).toEqual([]);
    expect(ADVICE_RULES.map((r) => r.id)).not.toContain('a2-no-access-route');
  });

  it('takes the leader as go-between from the team-leader section, not from the definition of an integral team', () => {
    expect(adviceNl['rule.integraalWithoutLeader.about']).toContain(
      '‘Vakkennis, talent en de cruciale rol van teamleiders’ (de rol van teamleiders)',
    );
    expect(adviceEn['rule.integraalWithoutLeader.about']).toContain(
      '‘Specialist knowledge, talent and the crucial role of team leaders’ (the role of team leaders)',
    );
  });

  it('gives A1\u2019s heavier-problems risk the source\u2019s cause, and the escalation route as the planner\u2019s remedy', () => {
    // Integraal werken in de wijk (2017): generalist teams keep questions too long for lack of specific knowledge.
    for (const key of ['rule.a1NoEscalation.text_one', 'rule.a1NoEscalation.text_other'] as const) {
      expect(adviceNl[key]).toContain('omdat specifieke kennis tekortschiet');
      expect(adviceNl[key]).not.toMatch(/zonder die afspraak/i);
      expect(adviceEn[key]).toContain('for lack of specific knowledge');
      expect(adviceEn[key]).not.toMatch(/without that arrangement/i);
    }
    expect(adviceNl['rule.a1NoEscalation.about']).toMatch(/^[^.]+\. Eigen controle van de planner/);
    expect(adviceEn['rule.a1NoEscalation.about']).toMatch(/^[^.]+\. The planner\u2019s own check/);
  });

  it('presents what a split A1 team should arrange as the planner\u2019s advice, beside Gouda\u2019s own reasoning', () => {
    expect(adviceNl['rule.a1NarrowBreadth.about']).toContain('eigen advies van de planner');
    expect(adviceEn['rule.a1NarrowBreadth.about']).toContain('the planner\u2019s own advice');
    expect(adviceNl['rule.a1NarrowBreadth.textAt18']).toContain('Gouda overwoog');
    expect(adviceEn['rule.a1NarrowBreadth.textAt18']).toContain('Gouda considered');
  });

  it('keeps the A1 knowledge drawback a risk, as the source words it, in both languages', () => {
    expect(adviceNl['rule.a1NoYouthExpertise.text']).toContain('is de kans groter dat');
    expect(adviceEn['rule.a1NoYouthExpertise.text']).toContain('there is a greater risk that');
  });

  it('marks the referral route per partner as the planner\u2019s own check, also for teams that are not A2', () => {
    expect(adviceNl['rule.frontFieldNoRoute.about']).toMatch(/^[^.]+\. Eigen controle van de planner/);
    expect(adviceEn['rule.frontFieldNoRoute.about']).toMatch(/^[^.]+\. The planner\u2019s own check/);
  });

  it('speaks of integral teams as mandated and working independently', () => {
    expect(adviceNl['rule.integraalWithoutMandate.text']).toContain('gemandateerd en werkt zelfstandig');
    expect(adviceEn['rule.integraalWithoutMandate.text']).toContain('mandated and works independently');
  });
});
