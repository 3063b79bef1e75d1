import type { UiLanguage } from '../../shared/api/desktopBridge.js';

/** Every label of the application menu, Dutch first; English when the UI is English. */
export const MENU_LABELS = {
  nl: {
    file: 'Bestand',
    newTeam: 'Nieuw team…',
    importPlan: 'Teamplan openen of importeren…',
    exportPlan: 'Teamplan exporteren…',
    backupNow: 'Reservekopie maken',
    restoreBackup: 'Reservekopie terugzetten…',
    print: 'Afdrukken…',
    printToPdf: 'Afdrukken naar PDF…',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw uitvoeren',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetZoom: 'Ware grootte',
    fullScreen: 'Volledig scherm',
    reload: 'Opnieuw laden',
    devTools: 'Ontwikkelaarshulpmiddelen',
    window: 'Venster',
    minimize: 'Minimaliseren',
    close: 'Venster sluiten',
    help: 'Help',
    about: 'Over Wijkteamplanner',
    hide: 'Wijkteamplanner verbergen',
    hideOthers: 'Andere verbergen',
    unhide: 'Alles tonen',
    services: 'Voorzieningen',
  },
  en: {
    file: 'File',
    newTeam: 'New team…',
    importPlan: 'Open or import team plan…',
    exportPlan: 'Export team plan…',
    backupNow: 'Make a backup',
    restoreBackup: 'Restore a backup…',
    print: 'Print…',
    printToPdf: 'Print to PDF…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close window',
    help: 'Help',
    about: 'About Wijkteamplanner',
    hide: 'Hide Wijkteamplanner',
    hideOthers: 'Hide others',
    unhide: 'Show all',
    services: 'Services',
  },
} as const satisfies Record<UiLanguage, Record<string, string>>;

export type MenuLabelKey = keyof (typeof MENU_LABELS)['nl'];

/**
 * Top-level menus with their Alt-key letter for Windows and Linux (`&` marks it; macOS
 * has no menu mnemonics and shows the plain label). The letters differ within a language.
 */
export const TOP_LEVEL_MNEMONICS = {
  nl: { file: '&Bestand', edit: 'Be&werken', view: 'B&eeld', window: '&Venster', help: '&Help' },
  en: { file: '&File', edit: '&Edit', view: '&View', window: '&Window', help: '&Help' },
} as const satisfies Record<UiLanguage, Record<'file' | 'edit' | 'view' | 'window' | 'help', string>>;
