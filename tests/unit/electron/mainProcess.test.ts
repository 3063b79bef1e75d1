import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/contract.js';
import { SHELL_CHANNELS, apiChannel } from '../../../electron/ipc/channels.js';
import { CONTENT_SECURITY_POLICY } from '../../../node/security/contentSecurityPolicy.js';
import { createFakeElectron } from './fakeElectron.js';

// The real bundled main process (electron/main.ts and everything it wires, with the
// real SQLite store under Node's better-sqlite3), run against a fake `electron` module.
const root = path.resolve(import.meta.dirname, '..', '..', '..');
// Unique per run (under the repo, so better-sqlite3 resolves from node_modules): parallel runs never share it.
const bundleDir = path.join(root, 'out', `test-main-process-${process.pid}-${Date.now()}`);
const bundle = path.join(bundleDir, 'main.cjs');
let fake: ReturnType<typeof createFakeElectron>;
let work: string;
type ModuleLoad = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: ModuleLoad };
const originalLoad = moduleInternals._load;

beforeAll(async () => {
  // The same esbuild options as `npm run build`, into a folder of its own.
  // @ts-expect-error - a plain .mjs build script without type declarations
  const script = (await import('../../../scripts/build-electron.mjs')) as {
    electronBuildOptions: (outDir: string) => { main: object };
  };
  await build({ ...script.electronBuildOptions(bundleDir).main, logLevel: 'error' } as Parameters<typeof build>[0]);
  work = mkdtempSync(path.join(tmpdir(), 'main-process-'));
  const appPath = path.join(work, 'app');
  mkdirSync(path.join(appPath, 'out', 'renderer'), { recursive: true });
  writeFileSync(path.join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>Wijkteamplanner</title>');
  fake = createFakeElectron({ userData: path.join(work, 'userData'), documents: path.join(work, 'docs'), appPath });
  moduleInternals._load = (request, parent, isMain) =>
    request === 'electron' ? fake.electron : originalLoad(request, parent, isMain);
  createRequire(import.meta.url)(bundle);
  fake.ready();
  // start() is async and opens the real store (migrations, sample data): wait for the window.
  await waitFor(() => fake.windows.length > 0);
}, 60_000);

afterAll(() => {
  moduleInternals._load = originalLoad;
  rmSync(work, { recursive: true, force: true });
  rmSync(bundleDir, { recursive: true, force: true });
});

/** Polls until the condition holds; generous, because CI machines can be slow. */
async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const mainFrame = () => ({
  senderFrame: { url: 'app://planner/index.html', parent: null },
  sender: fake.windows[0]!.webContents,
});
const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('electron/main.ts wiring', () => {
  it('sandboxes every renderer and registers app:// as privileged before ready', () => {
    expect(fake.record.sandboxEnabled).toBe(true);
    expect(fake.record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(fake.record.errorBoxes).toEqual([]);
  });

  it('hardens the session: permissions denied, network blocked', () => {
    expect(fake.record.permissionHandlerSet).toBe(true);
    expect(fake.record.networkFilter?.urls).toContain('https://*/*');
  });

  it('registers each API method and shell channel exactly once', () => {
    const expected = [
      ...API_METHODS.map(apiChannel),
      ...Object.values(SHELL_CHANNELS).filter((c) => c !== SHELL_CHANNELS.menuCommand),
    ];
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(expected.sort());
  });

  it('opens one hardened window with the preload bundle and loads app://planner/', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect((window.options.webPreferences as { preload: string }).preload).toBe(path.join(bundleDir, 'preload.cjs'));
    expect(window.loadedUrl).toBe('app://planner/index.html');
    expect(window.webContents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('serves the renderer over app:// with the CSP', async () => {
    const response = await fake.record.protocolHandlers.get('app')!(new Request('app://planner/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers API calls from the app frame with the real store, and refuses other frames', async () => {
    const info = await fake.ipcHandlers.get(apiChannel('app.info'))!(mainFrame(), {});
    expect(info).toMatchObject({ ok: true, value: { version: '0.1.0-test', dataDir: path.join(work, 'userData') } });
    const teams = (await fake.ipcHandlers.get(apiChannel('teams.list'))!(mainFrame(), {})) as {
      ok: boolean;
      value: unknown[];
    };
    expect(teams.ok).toBe(true);
    expect(teams.value.length).toBeGreaterThan(0);
    const foreign = await fake.ipcHandlers.get(apiChannel('teams.list'))!(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      {},
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('shows a Dutch menu whose planner commands reach the renderer, and switches to English on request', async () => {
    const dutch = flatten(fake.menus.at(-1)!);
    expect(fake.menus.at(-1)!.map((m) => m.label)).toContain('&Bestand');
    (dutch.find((i) => i.id === 'newTeam')!.click as () => void)();
    expect(fake.windows[0]!.webContents.sent).toEqual([[SHELL_CHANNELS.menuCommand, 'newTeam']]);

    const answer = await fake.ipcHandlers.get(SHELL_CHANNELS.setUiLanguage)!(mainFrame(), 'en');
    expect(answer).toEqual({ ok: true, value: { done: true } });
    expect(fake.menus.at(-1)!.map((m) => m.label)).toContain('&File');
    const saved = JSON.parse(readFileSync(path.join(work, 'userData', 'shell-settings.json'), 'utf8')) as {
      uiLanguage: string;
    };
    expect(saved.uiLanguage).toBe('en');
  });

  it('remembers the window bounds when it closes', () => {
    fake.windows[0]!.emit('close');
    const saved = JSON.parse(readFileSync(path.join(work, 'userData', 'shell-settings.json'), 'utf8')) as {
      window: unknown;
    };
    expect(saved.window).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 750 }, maximized: false });
  });

  it('bundles every JavaScript dependency: it requires only node built-ins, electron and better-sqlite3', () => {
    const code = readFileSync(bundle, 'utf8');
    const required = new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!));
    const allowed = (name: string) =>
      name === 'electron' || name === 'better-sqlite3' || builtinModules.includes(name.replace(/^node:/, ''));
    expect([...required].filter((name) => !allowed(name))).toEqual([]);
    expect(required).toContain('better-sqlite3');
  });

  it('reads an Excel file with the exceljs bundled into main', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Professionals');
    sheet.addRow(['Naam', 'Discipline', 'Contracturen']);
    sheet.addRow(['Sara Bos', 'Opbouwwerker', 28]);
    const dataBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await fake.ipcHandlers.get(apiChannel('professionalsImport.preview'))!(mainFrame(), {
      fileName: 'p.xlsx',
      format: 'xlsx',
      dataBase64,
    });
    expect(preview).toMatchObject({ ok: true, value: { rows: [{ name: 'Sara Bos', contractHours: 28 }], errors: [] } });
  });

  it('waits for the store before quitting, then quits', async () => {
    let prevented = false;
    fake.emitApp('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await waitFor(() => fake.record.quitCalls > 0);
    expect(fake.record.quitCalls).toBe(1);
    const closed = await fake.ipcHandlers.get(apiChannel('teams.list'))!(mainFrame(), {});
    expect(closed).toMatchObject({ ok: false, error: { code: 'storage' } });
  });
});
