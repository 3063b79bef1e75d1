import type { shell as nl } from '../nl/shell.js';

/** English texts of the desktop shell; the same keys as the Dutch section. */
export const shell: Record<keyof typeof nl, string> = {
  'shell.menu.file': '&File',
  'shell.menu.edit': '&Edit',
  'shell.menu.view': '&View',
  'shell.menu.window': '&Window',
  'shell.menu.help': '&Help',

  'shell.menu.newTeam': 'New team…',
  'shell.menu.importPlan': 'Open or import team plan…',
  'shell.menu.exportPlan': 'Export team plan…',
  'shell.menu.backupNow': 'Make a backup',
  'shell.menu.restoreBackup': 'Restore a backup…',
  'shell.menu.print': 'Print…',
  'shell.menu.printToPdf': 'Print to PDF…',
  'shell.menu.quit': 'Quit',
  'shell.menu.quitApp': 'Quit {app}',
  'shell.menu.undo': 'Undo',
  'shell.menu.redo': 'Redo',
  'shell.menu.cut': 'Cut',
  'shell.menu.copy': 'Copy',
  'shell.menu.paste': 'Paste',
  'shell.menu.selectAll': 'Select all',
  'shell.menu.zoomIn': 'Zoom in',
  'shell.menu.zoomOut': 'Zoom out',
  'shell.menu.resetZoom': 'Actual size',
  'shell.menu.fullScreen': 'Full screen',
  'shell.menu.reload': 'Reload',
  'shell.menu.devTools': 'Developer tools',
  'shell.menu.minimize': 'Minimise',
  'shell.menu.close': 'Close window',
  'shell.menu.hide': 'Hide {app}',
  'shell.menu.hideOthers': 'Hide others',
  'shell.menu.unhide': 'Show all',
  'shell.menu.services': 'Services',

  'shell.about.title': 'About {app}',
  'shell.about.version': '{app} {version}',
  'shell.about.purpose':
    'Design the composition of a neighbourhood team and see how it covers the functions and the twelve qualities for integrated work that De Waal et al. name (they appear, among other places, in the Competentieprofiel generalist).',
  'shell.about.offline':
    'All data stays on this computer. The planner only connects to a shared database if your municipality has set one up.',
  'shell.about.dataDir': 'Data folder: {dir}',
  'shell.about.licence': 'Electron {version}. Licence: EUPL-1.2.',

  'shell.startup.title': '{app} cannot start',
  'shell.startup.unexpected':
    'Something unexpected went wrong while starting. Your data was not changed. Start the planner again; if that fails, contact your administrator.',
  'shell.native.hint':
    'Start the planner with `npm start`; that builds the database module for Electron (once, with internet).',
  'shell.native.notBuilt': 'The database module has not been built for Electron yet. {hint}',
  'shell.native.damaged': '{file} is damaged. {hint}',
  'shell.native.mismatch': 'The database module was built for Electron {built}, but this is Electron {running}. {hint}',

  'shell.dialog.openPlan': 'Open team plan',
  'shell.dialog.importProfessionals': 'Import professionals',
  'shell.dialog.exportPlan': 'Export team plan',
  'shell.dialog.savePersonalData': 'Save personal data',
  'shell.dialog.printToPdf': 'Print to PDF',
  'shell.filter.plan': 'Team plan (JSON)',
  'shell.filter.professionals': 'List of professionals (CSV or Excel)',
  'shell.filter.personalData': 'Personal data (JSON)',
  'shell.filter.pdf': 'PDF document',
};
