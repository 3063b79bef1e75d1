/**
 * Dutch texts of the desktop shell (electron/): the application menu, the native file
 * dialogs, the "about" box and why the planner could not start. `{app}` is the
 * planner's name ('app.title'). A top-level menu marks its Alt-key letter with `&`
 * (Windows and Linux); the letters differ within a language.
 */
export const shell = {
  'shell.menu.file': '&Bestand',
  'shell.menu.edit': 'Be&werken',
  'shell.menu.view': 'B&eeld',
  'shell.menu.window': '&Venster',
  'shell.menu.help': '&Help',

  'shell.menu.newTeam': 'Nieuw team…',
  'shell.menu.importPlan': 'Teamplan openen of importeren…',
  'shell.menu.exportPlan': 'Teamplan exporteren…',
  'shell.menu.backupNow': 'Reservekopie maken',
  'shell.menu.restoreBackup': 'Reservekopie terugzetten…',
  'shell.menu.print': 'Afdrukken…',
  'shell.menu.printToPdf': 'Afdrukken naar PDF…',
  'shell.menu.quit': 'Afsluiten',
  'shell.menu.quitApp': '{app} afsluiten',
  'shell.menu.undo': 'Ongedaan maken',
  'shell.menu.redo': 'Opnieuw uitvoeren',
  'shell.menu.cut': 'Knippen',
  'shell.menu.copy': 'Kopiëren',
  'shell.menu.paste': 'Plakken',
  'shell.menu.selectAll': 'Alles selecteren',
  'shell.menu.zoomIn': 'Inzoomen',
  'shell.menu.zoomOut': 'Uitzoomen',
  'shell.menu.resetZoom': 'Ware grootte',
  'shell.menu.fullScreen': 'Volledig scherm',
  'shell.menu.reload': 'Opnieuw laden',
  'shell.menu.devTools': 'Ontwikkelaarshulpmiddelen',
  'shell.menu.minimize': 'Minimaliseren',
  'shell.menu.close': 'Venster sluiten',
  'shell.menu.hide': '{app} verbergen',
  'shell.menu.hideOthers': 'Andere verbergen',
  'shell.menu.unhide': 'Alles tonen',
  'shell.menu.services': 'Voorzieningen',

  'shell.about.title': 'Over {app}',
  'shell.about.version': '{app} {version}',
  'shell.about.purpose':
    'Ontwerp de samenstelling van een wijkteam en zie hoe het de functies dekt en de twaalf eigenschappen voor integraal werken die De Waal e.a. noemen (ze staan onder meer in het Competentieprofiel generalist).',
  'shell.about.offline':
    'Alle gegevens blijven op deze computer. De planner maakt alleen verbinding met een gedeelde database als uw gemeente die heeft ingesteld.',
  'shell.about.dataDir': 'Gegevensmap: {dir}',
  'shell.about.licence': 'Electron {version}. Licentie: EUPL-1.2.',

  'shell.startup.title': '{app} kan niet starten',
  'shell.startup.unexpected':
    'Er ging iets onverwachts mis bij het starten. Uw gegevens zijn niet gewijzigd. Start de planner opnieuw; lukt dat niet, neem dan contact op met uw beheerder.',
  'shell.native.hint':
    'Start de planner met `npm start`; dat bouwt de databasemodule voor Electron (eenmalig, met internet).',
  'shell.native.notBuilt': 'De databasemodule is nog niet voor Electron gebouwd. {hint}',
  'shell.native.damaged': '{file} is beschadigd. {hint}',
  'shell.native.mismatch': 'De databasemodule is gebouwd voor Electron {built}, maar dit is Electron {running}. {hint}',

  'shell.dialog.openPlan': 'Teamplan openen',
  'shell.dialog.importProfessionals': 'Professionals importeren',
  'shell.dialog.exportPlan': 'Teamplan exporteren',
  'shell.dialog.savePersonalData': 'Persoonsgegevens opslaan',
  'shell.dialog.printToPdf': 'Afdrukken naar PDF',
  'shell.filter.plan': 'Teamplan (JSON)',
  'shell.filter.professionals': 'Lijst van professionals (CSV of Excel)',
  'shell.filter.personalData': 'Persoonsgegevens (JSON)',
  'shell.filter.pdf': 'PDF-document',
} as const;
