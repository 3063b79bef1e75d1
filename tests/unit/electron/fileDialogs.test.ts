import { describe, expect, it } from 'vitest';
import { openDialogTexts, saveDialogTexts } from '../../../electron/files/fileDialogs.js';
import { translator } from '../../../shared/i18n/index.js';

describe('native file dialog texts', () => {
  it('take title and filter name from the catalogue in the UI language', () => {
    for (const language of ['nl', 'en'] as const) {
      const { t } = translator(language);
      expect(openDialogTexts('plan', language)).toEqual({
        title: t('shell.dialog.openPlan'),
        filters: [{ name: t('shell.filter.plan'), extensions: ['json'] }],
      });
      expect(openDialogTexts('professionals', language)).toEqual({
        title: t('shell.dialog.importProfessionals'),
        filters: [{ name: t('shell.filter.professionals'), extensions: ['csv', 'xlsx'] }],
      });
      expect(saveDialogTexts('plan', language).title).toBe(t('shell.dialog.exportPlan'));
      expect(saveDialogTexts('personalData', language).filters).toEqual([
        { name: t('shell.filter.personalData'), extensions: ['json'] },
      ]);
      expect(saveDialogTexts('pdf', language)).toEqual({
        title: t('shell.dialog.printToPdf'),
        filters: [{ name: t('shell.filter.pdf'), extensions: ['pdf'] }],
      });
    }
  });

  it('speak Dutch and English', () => {
    expect(openDialogTexts('plan', 'nl').title).toBe('Teamplan openen');
    expect(openDialogTexts('plan', 'en').title).toBe('Open team plan');
    expect(saveDialogTexts('pdf', 'nl').filters[0]!.name).toBe('PDF-document');
  });
});
