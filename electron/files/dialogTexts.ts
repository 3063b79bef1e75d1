import type { FileFilter } from 'electron';
import type { OpenFileKind, SaveFileRequest, UiLanguage } from '../../shared/api/desktopBridge.js';

/**
 * Titles and filters of the native file dialogs, in the UI language. The renderer only
 * says which kind of file it wants; it never chooses paths or filters itself.
 */

type Texts = { title: string; filters: FileFilter[] };

export const OPEN_DIALOGS: Record<OpenFileKind, Record<UiLanguage, Texts>> = {
  plan: {
    nl: { title: 'Teamplan openen', filters: [{ name: 'Teamplan (JSON)', extensions: ['json'] }] },
    en: { title: 'Open team plan', filters: [{ name: 'Team plan (JSON)', extensions: ['json'] }] },
  },
  professionals: {
    nl: { title: 'Professionals importeren', filters: [{ name: 'Lijst van professionals (CSV of Excel)', extensions: ['csv', 'xlsx'] }] },
    en: { title: 'Import professionals', filters: [{ name: 'List of professionals (CSV or Excel)', extensions: ['csv', 'xlsx'] }] },
  },
};

export const SAVE_DIALOGS: Record<SaveFileRequest['kind'] | 'pdf', Record<UiLanguage, Texts>> = {
  plan: {
    nl: { title: 'Teamplan exporteren', filters: [{ name: 'Teamplan (JSON)', extensions: ['json'] }] },
    en: { title: 'Export team plan', filters: [{ name: 'Team plan (JSON)', extensions: ['json'] }] },
  },
  personalData: {
    nl: { title: 'Persoonsgegevens opslaan', filters: [{ name: 'Persoonsgegevens (JSON)', extensions: ['json'] }] },
    en: { title: 'Save personal data', filters: [{ name: 'Personal data (JSON)', extensions: ['json'] }] },
  },
  pdf: {
    nl: { title: 'Afdrukken naar PDF', filters: [{ name: 'PDF-document', extensions: ['pdf'] }] },
    en: { title: 'Print to PDF', filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
  },
};

/**
 * A suggested file name from the renderer, made safe to use as a default: no folders,
 * no characters Windows forbids, no control characters, and the expected extension.
 */
export function safeFileName(suggested: string, extension: string): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').replace(/^[.\s]+/, '').trim();
  if (cleaned === '') cleaned = 'wijkteamplanner';
  if (cleaned.length > 150) cleaned = cleaned.slice(0, 150);
  return cleaned.toLowerCase().endsWith(`.${extension}`) ? cleaned : `${cleaned}.${extension}`;
}
