import { describe, expect, it } from 'vitest';
import { ui as uiEn } from '../../../shared/i18n/locales/en/ui.js';
import { ui as uiNl } from '../../../shared/i18n/locales/nl/ui.js';

/**
 * The reasons beside a proposed function (team design screen) present the planner's own
 * choices as its proposals, not as rules of the field. "One household, one plan, one
 * coordinator" is the ambition the Movisie article names for the broad A1 team, not a
 * rule for every team; and where crisis intervention goes follows "hoe ver?" (De Waal
 * e.a.: a team can have it as a function), so the shell is a proposal too.
 */
describe('proposal reasons say whose choice they are', () => {
  it('offers the case coordinator as the planner’s proposal and names the A1 ambition as the sources’', () => {
    expect(uiNl['proposal.core']).toMatch(/^De planner stelt .* voor elk team voor/);
    expect(uiNl['proposal.core']).toContain('Integraal werken in de wijk (2017) noemt dat bij model A1 als ambitie');
    expect(uiNl['proposal.core']).toContain('keuze van de planner');
    expect(uiEn['proposal.core']).toMatch(/^The planner proposes .* for every team/);
    expect(uiEn['proposal.core']).toContain('names that as the ambition for model A1');
    expect(uiEn['proposal.core']).toContain('the planner’s own choice');
    expect(`${uiNl['proposal.core']} ${uiEn['proposal.core']}`).not.toMatch(/Basis voor elk|basis for every/i);
  });

  it('proposes crisis intervention in the shell for a team that refers, without stating where it lies', () => {
    expect(uiNl['proposal.crisisShell']).toContain('de planner stelt voor crisisinterventie in de schil te plaatsen');
    expect(uiEn['proposal.crisisShell']).toContain('the planner proposes placing crisis intervention in the shell');
    expect(`${uiNl['proposal.crisisShell']} ${uiEn['proposal.crisisShell']}`).not.toMatch(/ligt dan in|then sits in/);
  });
});
