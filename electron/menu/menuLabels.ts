import type { UiLanguage } from '../../shared/api/desktopBridge.js';
import { message, translator, type MessageKey } from '../../shared/i18n/index.js';

/**
 * Every label of the application menu, from the message catalogue (section `shell`).
 * The keys stand here as whole literals, one per menu item, so the catalogue test can
 * see that each text is used.
 */
const MENU_LABEL_KEYS = {
  file: 'shell.menu.file',
  edit: 'shell.menu.edit',
  view: 'shell.menu.view',
  window: 'shell.menu.window',
  help: 'shell.menu.help',
  newTeam: 'shell.menu.newTeam',
  importPlan: 'shell.menu.importPlan',
  exportPlan: 'shell.menu.exportPlan',
  backupNow: 'shell.menu.backupNow',
  restoreBackup: 'shell.menu.restoreBackup',
  print: 'shell.menu.print',
  printToPdf: 'shell.menu.printToPdf',
  quit: 'shell.menu.quit',
  quitApp: 'shell.menu.quitApp',
  undo: 'shell.menu.undo',
  redo: 'shell.menu.redo',
  cut: 'shell.menu.cut',
  copy: 'shell.menu.copy',
  paste: 'shell.menu.paste',
  selectAll: 'shell.menu.selectAll',
  zoomIn: 'shell.menu.zoomIn',
  zoomOut: 'shell.menu.zoomOut',
  resetZoom: 'shell.menu.resetZoom',
  fullScreen: 'shell.menu.fullScreen',
  reload: 'shell.menu.reload',
  devTools: 'shell.menu.devTools',
  minimize: 'shell.menu.minimize',
  close: 'shell.menu.close',
  about: 'shell.about.title',
  hide: 'shell.menu.hide',
  hideOthers: 'shell.menu.hideOthers',
  unhide: 'shell.menu.unhide',
  services: 'shell.menu.services',
  appName: 'app.title',
} as const satisfies Record<string, MessageKey>;

type MenuLabelKey = keyof typeof MENU_LABEL_KEYS;
type MenuLabels = Readonly<Record<MenuLabelKey, string>>;

/** The top-level menus; their labels mark the Alt-key letter with `&`. */
export type TopLevelMenu = 'file' | 'edit' | 'view' | 'window' | 'help';

/** All menu labels in one language; `{app}` is the planner's name in that language. */
export function menuLabels(language: UiLanguage): MenuLabels {
  const t = translator(language);
  const app = message('app.title');
  const labels = {} as Record<MenuLabelKey, string>;
  for (const [name, key] of Object.entries(MENU_LABEL_KEYS) as [MenuLabelKey, MessageKey][])
    labels[name] = t.t(key, { app });
  return labels;
}

/** A top-level label without its Alt-key marker, as macOS shows it (it has no mnemonics). */
export function withoutMnemonic(label: string): string {
  return label.replace('&', '');
}
