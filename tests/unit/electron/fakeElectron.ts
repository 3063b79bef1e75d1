import type { MenuItemConstructorOptions } from 'electron';

/**
 * A stand-in for the `electron` module, enough to run the bundled main process under
 * Node and watch what it wires up. Records every call; tests drive events by hand.
 */
export function createFakeElectron(paths: { userData: string; documents: string; appPath: string }) {
  const appListeners = new Map<string, Array<(...args: unknown[]) => void>>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const windows: FakeWindow[] = [];
  const menus: MenuItemConstructorOptions[][] = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const record = {
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    sandboxEnabled: false,
    quitCalls: 0,
    exitCodes: [] as number[],
    errorBoxes: [] as Array<[string, string]>,
    permissionHandlerSet: false,
    networkFilter: null as null | { urls: string[] },
  };

  class FakeWebContents {
    sent: unknown[][] = [];
    listeners = new Map<string, Array<(...args: unknown[]) => void>>();
    openHandler: ((d: { url: string }) => unknown) | null = null;
    on(event: string, l: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), l]);
      return this;
    }
    setWindowOpenHandler(h: (d: { url: string }) => unknown) {
      this.openHandler = h;
    }
    send(channel: string, ...args: unknown[]) {
      this.sent.push([channel, ...args]);
    }
  }

  class FakeWindow {
    static fromWebContents(contents: unknown) {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    destroyed = false;
    listeners = new Map<string, Array<(...args: unknown[]) => void>>();
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(event: string, l: (...args: unknown[]) => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), l]);
      return this;
    }
    once(event: string, l: (...args: unknown[]) => void) {
      return this.on(event, l);
    }
    emit(event: string, ...args: unknown[]) {
      for (const l of this.listeners.get(event) ?? []) l(...args);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    maximize() {}
    show() {}
    isDestroyed() {
      return this.destroyed;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1100, height: 750 };
    }
  }

  const electron = {
    app: {
      isPackaged: true,
      enableSandbox: () => void (record.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      whenReady: () => ready,
      getAppPath: () => paths.appPath,
      getPath: (name: string) => (name === 'documents' ? paths.documents : paths.userData),
      getVersion: () => '0.1.0-test',
      on: (event: string, l: (...args: unknown[]) => void) =>
        void appListeners.set(event, [...(appListeners.get(event) ?? []), l]),
      quit: () => void (record.quitCalls += 1),
      exit: (code: number) => void record.exitCodes.push(code),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void record.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        void record.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void (record.permissionHandlerSet = true),
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
        webRequest: { onBeforeRequest: (filter: { urls: string[] }) => void (record.networkFilter = filter) },
      },
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, fn);
      },
    },
    BrowserWindow: FakeWindow,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => void menus.push(menu),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => void record.errorBoxes.push([title, message]),
      showMessageBox: async () => ({ response: 0 }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    shell: { openExternal: async () => {} },
  };

  const emitApp = (event: string, ...args: unknown[]) => {
    for (const l of appListeners.get(event) ?? []) l(...args);
  };
  return { electron, record, ipcHandlers, windows, menus, emitApp, ready: () => resolveReady() };
}
