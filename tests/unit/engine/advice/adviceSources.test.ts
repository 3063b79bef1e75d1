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
        /Bron: (De Waal e\.a\. \(HU, 2014\)|Movisie \(2017\))|Eigen controle van de planner/,
      );
      expect(en(rule.about), rule.id).toMatch(
        /Source: (De Waal et al\. \(HU, 2014\)|Movisie \(2017\))|The planner\u2019s own check/,
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

  it('speaks of integral teams as mandated and working independently', () => {
    expect(adviceNl['rule.integraalWithoutMandate.text']).toContain('gemandateerd en werkt zelfstandig');
    expect(adviceEn['rule.integraalWithoutMandate.text']).toContain('mandated and works independently');
  });
});
