import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../shared/i18n/catalogue.js';
import { translator } from '../../../shared/i18n/translator.js';

/**
 * The product's name lives once per language ('app.title'); the printouts' footers and
 * kickers take it from there, so the English printout names the English product.
 */
describe('the product name', () => {
  it('heads every printout in the reader’s language', () => {
    const en = translator('en');
    expect(en.t('printDoc.footerNoTeam', { date: '1 May 2026' })).toBe('Neighbourhood Team Planner · 1 May 2026');
    expect(en.t('area.printKicker')).toBe('Neighbourhood Team Planner · area overview');
    expect(translator('nl').t('printDoc.footer', { team: 'Noord', date: '1 mei 2026' })).toBe(
      'Wijkteamplanner · Noord · afgedrukt op 1 mei 2026',
    );
  });

  it('is not written out in English texts other than the title itself', () => {
    const named = Object.entries(CATALOGUES.en)
      .filter(([key, text]) => key !== 'app.title' && typeof text === 'string' && text.includes('Wijkteamplanner'))
      .map(([key]) => key);
    expect(named).toEqual([]);
  });
});
