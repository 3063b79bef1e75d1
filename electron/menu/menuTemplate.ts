import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UiLanguage } from '../../shared/api/desktopBridge.js';
import { menuLabels, withoutMnemonic, type TopLevelMenu } from './menuLabels.js';

/**
 * The application menu as data: built from the UI language, the platform and whether
 * this is a development build, with every click going to an injected action. Planner
 * commands (new team, import/export, backup, undo/redo) go to the renderer, which owns
 * those flows; print, print to PDF and about are carried out by main.
 *
 * Undo/redo are planner commands, not the text-edit roles: the renderer undoes the last
 * planning change, or the typing in a focused text field. Their shortcuts are shown but
 * not registered (Windows/Linux), so Ctrl+Z reaches the page: a text field then gets the
 * browser's own text undo, exactly as in the browser host.
 */

export interface MenuActions {
  command: (command: MenuCommand) => void;
  print: () => void;
  printToPdf: () => void;
  about: () => void;
}

export interface MenuOptions {
  language: UiLanguage;
  platform: NodeJS.Platform;
  /** Reload and developer tools appear only in development builds. */
  development: boolean;
}

export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = menuLabels(options.language);
  const mac = options.platform === 'darwin';
  const top = (menu: TopLevelMenu) => (mac ? withoutMnemonic(t[menu]) : t[menu]);
  const send = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.command(id),
  });
  const aboutItem: MenuItemConstructorOptions = { id: 'about', label: t.about, click: () => actions.about() };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: t.appName,
          submenu: [
            aboutItem,
            { type: 'separator' },
            { role: 'services', label: t.services },
            { type: 'separator' },
            { role: 'hide', label: t.hide },
            { role: 'hideOthers', label: t.hideOthers },
            { role: 'unhide', label: t.unhide },
            { type: 'separator' },
            { role: 'quit', id: 'quit', label: t.quitApp },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: top('file'),
    submenu: [
      send('newTeam', t.newTeam, 'CmdOrCtrl+N'),
      send('importPlan', t.importPlan, 'CmdOrCtrl+O'),
      send('exportPlan', t.exportPlan, 'CmdOrCtrl+E'),
      { type: 'separator' },
      send('backupNow', t.backupNow),
      send('restoreBackup', t.restoreBackup),
      { type: 'separator' },
      { id: 'print', label: t.print, accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      { id: 'printToPdf', label: t.printToPdf, accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.printToPdf() },
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', id: 'quit', label: t.quit } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: top('edit'),
    submenu: [
      { ...send('undo', t.undo, 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...send('redo', t.redo, mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: top('view'),
    submenu: [
      { role: 'zoomIn', id: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', id: 'zoomOut', label: t.zoomOut },
      { role: 'resetZoom', id: 'resetZoom', label: t.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t.fullScreen },
      ...(options.development
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: t.reload } as const,
            { role: 'toggleDevTools', id: 'devTools', label: t.devTools } as const,
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: top('window'),
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'close', label: t.close },
    ],
  };

  const help: MenuItemConstructorOptions = { id: 'help', label: top('help'), submenu: mac ? [] : [aboutItem] };

  return [...appMenu, file, edit, view, windowMenu, ...(mac ? [] : [help])];
}
