import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../shared/api/desktopBridge.js';
import { translator } from '../../../shared/i18n/index.js';
import { buildMenuTemplate, type MenuActions, type MenuOptions } from '../../../electron/menu/menuTemplate.js';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(options: Partial<MenuOptions> = {}) {
  const calls: string[] = [];
  const actions: MenuActions = {
    command: (c) => calls.push(`command:${c}`),
    print: () => calls.push('print'),
    printToPdf: () => calls.push('printToPdf'),
    about: () => calls.push('about'),
  };
  const template = buildMenuTemplate({ language: 'nl', platform: 'linux', development: false, ...options }, actions);
  const items = flatten(template);
  const byId = (id: string) => {
    const found = items.filter((i) => i.id === id);
    expect(found, id).toHaveLength(1);
    return found[0]!;
  };
  const click = (id: string) => (byId(id).click as () => void)();
  return { template, items, byId, click, calls };
}

describe('application menu', () => {
  it('has Dutch top-level menus by default and English ones in English', () => {
    const plain = (options: Partial<MenuOptions>) => build(options).template.map((m) => m.label!.replace('&', ''));
    expect(plain({})).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Venster', 'Help']);
    expect(plain({ language: 'en' })).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('gives each top-level menu its own Alt-key letter on Windows and Linux, none on macOS', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const platform of ['win32', 'linux'] as const) {
        const labels = build({ language, platform }).template.map((m) => m.label!);
        const letters = labels.map((l) => {
          expect(l.match(/&/g), l).toHaveLength(1);
          return l[l.indexOf('&') + 1]!.toLowerCase();
        });
        expect(new Set(letters).size, labels.join(' ')).toBe(labels.length);
      }
      expect(build({ language, platform: 'darwin' }).template.every((m) => !m.label!.includes('&'))).toBe(true);
    }
    expect(build().template[0]!.label).toBe('&Bestand');
  });

  it('sends each planner command to the renderer', () => {
    const { click, calls } = build();
    for (const command of MENU_COMMANDS) click(command);
    expect(calls).toEqual(MENU_COMMANDS.map((c) => `command:${c}`));
  });

  it('wires print, print to PDF and about to main', () => {
    const { click, calls } = build();
    click('print');
    click('printToPdf');
    click('about');
    expect(calls).toEqual(['print', 'printToPdf', 'about']);
  });

  it('labels every required item in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const { byId } = build({ language });
      const { t } = translator(language);
      expect(byId('newTeam').label).toBe(t('shell.menu.newTeam'));
      expect(byId('importPlan').label).toBe(t('shell.menu.importPlan'));
      expect(byId('exportPlan').label).toBe(t('shell.menu.exportPlan'));
      expect(byId('backupNow').label).toBe(t('shell.menu.backupNow'));
      expect(byId('restoreBackup').label).toBe(t('shell.menu.restoreBackup'));
      expect(byId('print').label).toBe(t('shell.menu.print'));
      expect(byId('printToPdf').label).toBe(t('shell.menu.printToPdf'));
      expect(byId('undo').label).toBe(t('shell.menu.undo'));
      expect(byId('redo').label).toBe(t('shell.menu.redo'));
      expect(byId('zoomIn').label).toBe(t('shell.menu.zoomIn'));
      expect(byId('about').label).toBe(t('shell.about.title', { app: t('app.title') }));
      expect(byId('zoomIn').role).toBe('zoomIn');
      expect(byId('zoomOut').role).toBe('zoomOut');
      expect(byId('resetZoom').role).toBe('resetZoom');
    }
    expect(build().byId('printToPdf').label).toBe('Afdrukken naar PDF…');
    expect(build().byId('about').label).toBe('Over Wijkteamplanner');
    expect(build({ language: 'en' }).byId('undo').label).toBe('Undo');
    expect(build({ language: 'en' }).byId('about').label).toBe('About Neighbourhood Team Planner');
  });

  it('has the same items, in the same order, in both languages', () => {
    const ids = (language: 'nl' | 'en') => build({ language }).items.map((i) => i.id ?? i.role ?? i.type);
    expect(ids('en')).toEqual(ids('nl'));
    for (const language of ['nl', 'en'] as const) {
      expect(build({ language }).items.filter((i) => i.type !== 'separator' && !i.label)).toEqual([]);
    }
  });

  it('uses the usual shortcuts, with no shortcut used twice', () => {
    const { items, byId } = build();
    expect(byId('newTeam').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('importPlan').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('print').accelerator).toBe('CmdOrCtrl+P');
    expect(byId('undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byId('redo').accelerator).toBe('Ctrl+Y');
    expect(build({ platform: 'darwin' }).byId('redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    const accelerators = items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('leaves Ctrl+Z to the page (text fields keep their own undo); the menu items still send the commands', () => {
    const { byId, click, calls } = build();
    expect(byId('undo').registerAccelerator).toBe(false);
    expect(byId('redo').registerAccelerator).toBe(false);
    expect(byId('newTeam').registerAccelerator).toBeUndefined();
    click('undo');
    expect(calls).toEqual(['command:undo']);
  });

  it('offers developer tools and reload only in development builds', () => {
    expect(build().items.some((i) => i.role === 'toggleDevTools' || i.role === 'reload')).toBe(false);
    expect(build({ development: true }).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('follows macOS conventions there: app menu first with about and quit', () => {
    const { template, byId } = build({ platform: 'darwin' });
    expect(template[0]!.label).toBe('Wijkteamplanner');
    expect(byId('quit').role).toBe('quit');
    expect(byId('quit').label).toBe('Wijkteamplanner afsluiten');
    expect(build({ platform: 'darwin', language: 'en' }).byId('quit').label).toBe('Quit Neighbourhood Team Planner');
    expect(template.map((m) => m.label)).not.toContain('Help');
  });
});
