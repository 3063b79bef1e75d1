import type { UiLanguage } from '../../shared/api/desktopBridge.js';
import { isMessage, message, translator } from '../../shared/i18n/index.js';

/**
 * Texts of the few message boxes main shows itself: "about", and why the planner
 * could not start. From the message catalogue (section `shell`), so both languages
 * are tested.
 */

interface MessageBoxText {
  title: string;
  message: string;
  detail: string;
}

const APP = message('app.title');

export function aboutText(
  language: UiLanguage,
  version: string,
  dataDir: string,
  electronVersion: string,
): MessageBoxText {
  const { t } = translator(language);
  return {
    title: t('shell.about.title', { app: APP }),
    message: t('shell.about.version', { app: APP, version }),
    detail: [
      t('shell.about.purpose'),
      t('shell.about.offline'),
      t('shell.about.dataDir', { dir: dataDir }),
      t('shell.about.licence', { version: electronVersion }),
    ].join('\n\n'),
  };
}

/**
 * A start-up failure: the error's own explanation when it is one the user can act on
 * (the store could not be opened, the database module is missing), else a generic one
 * that never shows internals. An explanation is either a catalogue message (`text`) or,
 * from the store, a Dutch message with its English twin (`messageEn`).
 */
export function startupErrorText(language: UiLanguage, error: unknown): { title: string; message: string } {
  const { t, render } = translator(language);
  const title = t('shell.startup.title', { app: APP });
  if (error instanceof Error && (error.name === 'StoreOpenError' || error.name === 'NativeBindingError')) {
    const { text, messageEn } = error as Error & { text?: unknown; messageEn?: string };
    if (isMessage(text)) return { title, message: render(text) };
    return { title, message: language === 'en' && messageEn ? messageEn : error.message };
  }
  return { title, message: t('shell.startup.unexpected') };
}
