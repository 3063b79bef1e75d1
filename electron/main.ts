import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, safeStorage, screen, session, shell } from 'electron';
import { dataDirFromArgs, openPlannerStore, type PlannerStore } from '../db/index.js';
import type { MenuCommand, UiLanguage } from '../shared/api/desktopBridge.js';
import { aboutText, startupErrorText } from './app/messageBoxTexts.js';
import { openMainWindow } from './app/mainWindow.js';
import { loadShellSettings, saveShellSettings } from './app/shellSettings.js';
import { claimSingleInstance } from './app/singleInstance.js';
import { createShellActions } from './files/shellActions.js';
import { SHELL_CHANNELS } from './ipc/channels.js';
import { registerApi } from './ipc/registerApi.js';
import { registerShellIpc } from './ipc/registerShellIpc.js';
import { createSenderCheck } from './ipc/senderCheck.js';
import { buildMenuTemplate } from './menu/menuTemplate.js';
import { resolveNativeBinding } from './native/nativeBinding.js';
import {
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  createAppProtocolHandler,
  isAppUrl,
} from './protocol/appProtocol.js';
import { installNavigationGuards } from './security/navigationGuards.js';
import { createSafeOpenExternal } from './security/openExternal.js';
import { hardenSession } from './security/sessionGuards.js';
import { translator } from '../shared/i18n/translator.js';
import { hostSharedSync } from '../node/sharedDb/hostSharedSync.js';
import { keychainPassword } from '../node/sharedDb/keychainPassword.js';
import type { SharedSync } from '../node/sharedDb/sharedSync.js';
import type { Message } from '../shared/i18n/message.js';

// The Electron main process, kept thin: every piece lives in its own tested module
// under electron/; this file only wires them to the real Electron objects and the store.

const log = (message: string, error?: unknown) => console.error(`[wijkteamplanner] ${message}`, error ?? '');
const appRoot = app.getAppPath();
let mainWindow: BrowserWindow | null = null;
let store: PlannerStore | null = null;
// Sends the shared database's outbox while the app runs (docs/shared-database.md).
let sharedSync: SharedSync | null = null;

// Every renderer sandboxed, whatever a window's options say; app:// before `ready`.
app.enableSandbox();
// Windows groups the taskbar button and start-menu entry by this id (the installer uses the same).
if (process.platform === 'win32') app.setAppUserModelId('nl.wijkteamplanner.app');
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (claimSingleInstance(app, () => mainWindow)) {
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

function fatal(error: unknown): void {
  log('Starten mislukt', error);
  const { title, message } = startupErrorText(loadShellSettings(app.getPath('userData')).uiLanguage, error);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const settings = loadShellSettings(userData);
  const saveSettings = () => {
    try {
      saveShellSettings(userData, settings);
    } catch (error) {
      log('Instellingen van het venster konden niet worden bewaard', error);
    }
  };
  const safeOpenExternal = createSafeOpenExternal((url) => shell.openExternal(url), log);

  hardenSession(session.defaultSession, log);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(appRoot, 'out', 'renderer')));
  // Any web contents at all (also ones not made by our helper) stays in the app.
  app.on('web-contents-created', (_event, contents) =>
    installNavigationGuards(contents, { isAppUrl, openExternal: safeOpenExternal, log }),
  );

  try {
    const nativeBinding = resolveNativeBinding({
      isPackaged: app.isPackaged,
      appRoot,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
      readText: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null),
    });
    const storeDir = dataDirFromArgs(process.argv, userData);
    // The shared database's password lives in the operating system's keychain.
    sharedSync = hostSharedSync({
      dataDir: storeDir,
      log,
      vault: keychainPassword(safeStorage, path.join(storeDir, 'shared-db-password.bin')),
    });
    store = openPlannerStore({
      dataDir: storeDir,
      appVersion: app.getVersion(),
      log,
      sharedSync,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
  } catch (error) {
    fatal(error);
    return;
  }
  const dataDir = store.dataDir;
  sharedSync?.start(store.sharedOutbox);

  const isTrustedSender = createSenderCheck(isAppUrl);
  registerApi({ ipcMain, handlers: store.handlers, isTrustedSender, log });

  const actions = createShellActions<BrowserWindow>({
    language: () => settings.uiLanguage,
    defaultDir: () => app.getPath('documents'),
    showOpenDialog: (window, options) => dialog.showOpenDialog(window, options),
    showSaveDialog: (window, options) => dialog.showSaveDialog(window, options),
    fileSize: async (file) => (await stat(file)).size,
    readFile: (file) => readFile(file),
    writeFile: (file, data) => writeFile(file, data),
    contentsOf: (window) => window.webContents,
    log,
  });

  const withWindow = (run: (window: BrowserWindow) => Promise<unknown>) => () => {
    if (mainWindow && !mainWindow.isDestroyed())
      void run(mainWindow).catch((error: unknown) => log('Menu-opdracht mislukt', error));
  };
  const reportFailure = async (window: BrowserWindow, result: Promise<{ ok: boolean; error?: { text: Message } }>) => {
    const answer = await result;
    if (!answer.ok && answer.error) {
      await dialog.showMessageBox(window, {
        type: 'error',
        message: translator(settings.uiLanguage).render(answer.error.text),
      });
    }
  };

  const installMenu = () => {
    const template = buildMenuTemplate(
      { language: settings.uiLanguage, platform: process.platform, development: !app.isPackaged },
      {
        command: (command: MenuCommand) => mainWindow?.webContents.send(SHELL_CHANNELS.menuCommand, command),
        print: withWindow((w) => reportFailure(w, actions.print(w))),
        printToPdf: withWindow((w) =>
          reportFailure(w, actions.printToPdf(w, { suggestedName: 'wijkteamplanner-overzicht' })),
        ),
        about: withWindow((w) => {
          const text = aboutText(settings.uiLanguage, app.getVersion(), dataDir, process.versions.electron);
          return dialog.showMessageBox(w, {
            type: 'info',
            title: text.title,
            message: text.message,
            detail: text.detail,
          });
        }),
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  registerShellIpc<Electron.IpcMainInvokeEvent, BrowserWindow>({
    ipcMain,
    isTrustedSender,
    windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
    actions,
    setUiLanguage: (language: UiLanguage) => {
      if (settings.uiLanguage === language) return;
      settings.uiLanguage = language;
      saveSettings();
      installMenu();
    },
    log,
  });
  installMenu();

  const createWindow = () => {
    mainWindow = openMainWindow({
      createBrowserWindow: (options) => new BrowserWindow(options),
      isAppUrl,
      openExternal: safeOpenExternal,
      log,
      workAreas: () => [screen.getPrimaryDisplay().workArea, ...screen.getAllDisplays().map((d) => d.workArea)],
      savedState: settings.window,
      saveState: (state) => {
        settings.window = state;
        saveSettings();
      },
      preloadPath: path.join(__dirname, 'preload.cjs'),
      startUrl: APP_START_URL,
      devTools: !app.isPackaged,
      ...(process.platform === 'linux' ? { icon: path.join(appRoot, 'build', 'icons', 'png', '256x256.png') } : {}),
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };
  createWindow();

  // macOS keeps apps running without windows; clicking the dock icon reopens it.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Let pending backups finish before the store closes (at most a few seconds, so a
// stuck disk never keeps the app from quitting), then quit for real.
const QUIT_WAIT_MS = 10_000;
let quitting = false;
app.on('will-quit', (event) => {
  if (quitting || !store) return;
  event.preventDefault();
  quitting = true;
  const closing = store;
  store = null;
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log('Afsluiten: de laatste reservekopie duurde te lang; de database wordt nu gesloten.');
      resolve();
    }, QUIT_WAIT_MS);
  });
  // The drain writes each answer into the store: it stops first (a publish on its way is
  // sent again under its publish id at the next start if the wait gives up).
  const idle = (sharedSync?.stop() ?? Promise.resolve()).then(() => closing.whenIdle());
  void Promise.race([idle, gaveUp])
    .catch((error: unknown) => log('Reservekopie bij afsluiten mislukt', error))
    .finally(() => {
      clearTimeout(timer);
      closing.close();
      app.quit();
    });
});
