import { describe, expect, it } from 'vitest';
import { BUILT_IN_FUNCTIONS } from '../../../../shared/catalogue/functions.js';
import { functionText } from '../../../../shared/catalogue/functionName.js';
import { adviseDesign } from '../../../../shared/engine/index.js';
import { VOORBEELDWIJK_PLANS } from '../../../../shared/sample/voorbeeldwijk.js';
import type { TeamPlan } from '../../../../shared/plan/planSchema.js';
import { en, nl } from '../../../support/inLanguage.js';

/**
 * One name per function in every text: advice that names a function still named as its
 * catalogue template names it in the reader's language, as the board does. The tour found
 * "Tip Maatschappelijke dienstverlening has 16 of the 24 hours" beside "Social services".
 */
const DUTCH_ONLY = BUILT_IN_FUNCTIONS.filter((t) => t.name.nl !== t.name.en).map((t) => t.name.nl);

/** The sample's teams as they are, and half-staffed, so the rules that name functions all speak. */
function plans(): TeamPlan[] {
  return VOORBEELDWIJK_PLANS.flatMap((plan) => [
    plan,
    { ...plan, assignments: plan.assignments.filter((_, i) => i % 2 === 0) },
    { ...plan, assignments: [] },
  ]);
}

describe('function names in advice follow the reader language', () => {
  it('names no built-in function in Dutch in English advice, and in Dutch in Dutch advice', () => {
    let naming = 0;
    for (const plan of plans()) {
      for (const a of adviseDesign(plan, undefined, { today: '2026-11-23' })) {
        const english = en(a.message);
        for (const dutch of DUTCH_ONLY) expect(english, english).not.toContain(dutch);
        const named = plan.functions.filter((f) => nl(a.message).includes(functionText(f).nl));
        if (named.length > 0) naming += 1;
        for (const f of named) expect(english).toContain(functionText(f).en);
      }
    }
    // The guard is only worth something if advice names functions at all.
    expect(naming).toBeGreaterThan(5);
  });

  it('reads a template-named function in the reader language, a renamed one as written', () => {
    const social = { templateKey: 'socialServices', name: 'Maatschappelijke dienstverlening' };
    expect(functionText(social)).toEqual({ nl: 'Maatschappelijke dienstverlening', en: 'Social services' });
    // Added from the English screen, it stores the English name: still one name per language.
    expect(functionText({ ...social, name: 'Social services' })).toEqual(functionText(social));
    expect(functionText({ ...social, name: 'MD Noord' })).toEqual({ nl: 'MD Noord', en: 'MD Noord' });
    expect(functionText({ templateKey: null, name: 'Casusregie' })).toEqual({ nl: 'Casusregie', en: 'Casusregie' });
  });
});
