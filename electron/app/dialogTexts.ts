import type { UiLanguage } from '../../shared/api/desktopBridge.js';

/**
 * Texts of the few message boxes main shows itself: "about", and why the planner
 * could not start. Pure, so both languages are tested.
 */

export interface MessageBoxText {
  title: string;
  message: string;
  detail: string;
}

export function aboutText(language: UiLanguage, version: string, dataDir: string, electronVersion: string): MessageBoxText {
  return language === 'en'
    ? {
        title: 'About Wijkteamplanner',
        message: `Wijkteamplanner ${version}`,
        detail: [
          'Design the composition of a neighbourhood team and see how it covers the functions and the competencies of the Competentieprofiel generalist.',
          'All data stays on this computer; the planner makes no internet connections.',
          `Data folder: ${dataDir}`,
          `Electron ${electronVersion}. Licence: EUPL-1.2.`,
        ].join('\n\n'),
      }
    : {
        title: 'Over Wijkteamplanner',
        message: `Wijkteamplanner ${version}`,
        detail: [
          'Ontwerp de samenstelling van een wijkteam en zie hoe het de functies en de competenties van het Competentieprofiel generalist dekt.',
          'Alle gegevens blijven op deze computer; de planner maakt geen verbinding met internet.',
          `Gegevensmap: ${dataDir}`,
          `Electron ${electronVersion}. Licentie: EUPL-1.2.`,
        ].join('\n\n'),
      };
}

/** A start-up failure: the store's own Dutch/English message when it has one, else a generic one. */
export function startupErrorText(language: UiLanguage, error: unknown): { title: string; message: string } {
  const title = language === 'en' ? 'Wijkteamplanner cannot start' : 'Wijkteamplanner kan niet starten';
  if (error instanceof Error && (error.name === 'StoreOpenError' || error.name === 'NativeBindingError')) {
    const en = (error as Error & { messageEn?: string }).messageEn;
    return { title, message: language === 'en' && en ? en : error.message };
  }
  return {
    title,
    message:
      language === 'en'
        ? 'Something unexpected went wrong while starting. Your data was not changed. Start the planner again; if that fails, contact your administrator.'
        : 'Er ging iets onverwachts mis bij het starten. Uw gegevens zijn niet gewijzigd. Start de planner opnieuw; lukt dat niet, neem dan contact op met uw beheerder.',
  };
}
