import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type * as NodeFs from 'node:fs';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { BoardPage } from '../e2e/pages/BoardPage.js';
import { freePair } from '../e2e/support/planFacts.js';
import { freshFolders, launchPlanner, plannerArgs, ROOT } from './support/desktopApp.js';
import { a4PageCount } from './support/pdfPages.js';

/**
 * The desktop app itself: the real window, preload, IPC and better-sqlite3 built for
 * Electron (`npm run test:desktop`). The same renderer is covered in depth through the
 * browser host (tests/e2e); this suite proves what only the shell can break.
 */

interface ApiResult<T> {
  ok: boolean;
  value: T;
}

/** The open team's main plan, read the way the renderer reads it: through the preload bridge and IPC. */
async function mainPlanThroughBridge(window: Page): Promise<TeamPlan> {
  return window.evaluate(async () => {
    const bridge = (globalThis as unknown as { planner: { api: Record<string, (input: unknown) => Promise<unknown>> } })
      .planner;
    const teams = (await bridge.api['teams.list']!({})) as ApiResult<
      { scenarios: { id: string; isMain: boolean }[] }[]
    >;
    const scenario = teams.value[0]!.scenarios.find((s) => s.isMain)!;
    const view = (await bridge.api['plan.get']!({ scenarioId: scenario.id })) as ApiResult<{ plan: TeamPlan }>;
    return view.value.plan;
  });
}

test('first start opens the sample neighbourhood on the composition board', async () => {
  const { app, window } = await launchPlanner(freshFolders());
  try {
    await expect(window.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(window.locator('body')).toContainText('Voorbeeldwijk');
    expect(await window.title()).toContain('Wijkteamplanner');
  } finally {
    await app.close();
  }
});

test('the window is isolated: context isolation, sandbox, no Node, as the main process reports', async () => {
  const { app, window } = await launchPlanner(freshFolders());
  try {
    // The preferences the window was made with, where Electron still answers the (undocumented) question.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences?: () => Record<string, unknown> | null;
      };
      const p = contents.getLastWebPreferences?.() ?? null;
      return p && { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
    });
    if (prefs !== null) expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });

    // What those preferences mean, checked whatever Electron exposes: the renderer process is
    // sandboxed by the operating system, ...
    const sandboxed = await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      const pid = BrowserWindow.getAllWindows()[0]!.webContents.getOSProcessId();
      if (process.platform === 'linux') {
        // seccomp-bpf filter mode (2) is Chromium's Linux renderer sandbox.
        // Electron's Node has process.getBuiltinModule; the main bundle's require is not global.
        const fs = (process as unknown as { getBuiltinModule(id: string): typeof NodeFs }).getBuiltinModule('node:fs');
        return /^Seccomp:\s+2$/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      }
      return electronApp.getAppMetrics().find((m) => m.pid === pid)?.sandboxed ?? false;
    });
    expect(sandboxed).toBe(true);
    // ... the page has no Node, and the preload's bridge is a frozen copy it cannot change.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    expect(await window.evaluate(() => Object.isFrozen((globalThis as unknown as { planner: object }).planner))).toBe(
      true,
    );
  } finally {
    await app.close();
  }
});

test('a mouse drag in the real window is stored and still there after a restart', async () => {
  const folders = freshFolders();
  let first = await launchPlanner(folders);
  let plan: TeamPlan;
  let pair: ReturnType<typeof freePair>;
  try {
    plan = await mainPlanThroughBridge(first.window);
    pair = freePair(plan);
    const board = new BoardPage(first.window);
    await first.window.getByTestId('nav-board').click();
    await expect(board.lane(pair.fn.name)).toBeVisible();
    await board.dragWithMouse(board.handle(pair.person.name), board.lane(pair.fn.name));
    await board.confirmHours(6);
    await expect(board.member(pair.fn.name, pair.person.name)).toBeVisible();
  } finally {
    await first.app.close();
  }

  first = await launchPlanner(folders);
  try {
    const after = await mainPlanThroughBridge(first.window);
    expect(after.assignments).toContainEqual({ functionId: pair.fn.id, professionalId: pair.person.id, hours: 6 });
    await first.window.getByTestId('nav-board').click();
    await expect(new BoardPage(first.window).member(pair.fn.name, pair.person.name)).toBeVisible();
  } finally {
    await first.app.close();
  }
});

test('navigation away from the app and window.open are refused; web links go to the system browser', async () => {
  const { app, window } = await launchPlanner(freshFolders());
  try {
    // Record instead of opening a real browser on the test machine.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { __opened?: string[] }).__opened = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    const start = window.url();
    await window.evaluate(() => {
      globalThis.location.href = 'https://example.org/';
    });
    await window.waitForTimeout(1000);
    expect(window.url()).toBe(start);

    const popup = await window.evaluate(() => globalThis.open('https://example.org/elsewhere') === null);
    expect(popup).toBe(true);
    await window.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    const opened = await app.evaluate(() => (globalThis as { __opened?: string[] }).__opened ?? []);
    expect(opened).toContain('https://example.org/elsewhere');
  } finally {
    await app.close();
  }
});

test('Afdrukken naar PDF from the menu writes A4 pages with the team', async () => {
  const folders = freshFolders();
  const { app, window } = await launchPlanner(folders);
  const pdf = path.join(folders.dataDir, 'overzicht.pdf');
  try {
    await window.getByTestId('nav-print').click();
    await expect(window.locator('body')).toContainText('Voorbeeldwijk');
    await app.evaluate(({ dialog }, file) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: file })) as typeof dialog.showSaveDialog;
    }, pdf);
    await app.evaluate(({ Menu }) => Menu.getApplicationMenu()!.getMenuItemById('printToPdf')!.click());
    await expect.poll(() => existsSync(pdf), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => a4PageCount(pdf)).toBeGreaterThan(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Voorbeeldwijk');
  } finally {
    await app.close();
  }
});

test('a second launch hands over to the first, which comes to the front', async () => {
  const folders = freshFolders();
  const { app } = await launchPlanner(folders);
  try {
    await app.evaluate(({ app: electronApp }) => {
      (globalThis as { __secondInstances?: number }).__secondInstances = 0;
      electronApp.on('second-instance', () => {
        (globalThis as { __secondInstances?: number }).__secondInstances! += 1;
      });
    });
    const executable = process.env.WTP_DESKTOP_EXECUTABLE ?? (await import('electron')).default;
    const args = process.env.WTP_DESKTOP_EXECUTABLE ? plannerArgs(folders) : [ROOT, ...plannerArgs(folders)];
    const exitCode = await new Promise<number | null>((resolve) => {
      const second = spawn(String(executable), args, { stdio: 'ignore' });
      second.on('exit', resolve);
    });
    expect(exitCode).toBe(0);
    await expect
      .poll(() => app.evaluate(() => (globalThis as { __secondInstances?: number }).__secondInstances))
      .toBe(1);
    expect(app.windows()).toHaveLength(1);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isVisible())).toBe(true);
  } finally {
    await app.close();
  }
});

test('a damaged data file is moved aside, with the Dutch notice, and the planner starts afresh', async () => {
  const folders = freshFolders();
  writeFileSync(path.join(folders.dataDir, 'planner.sqlite'), 'dit is geen SQLite-bestand '.repeat(200));
  const { app, window } = await launchPlanner(folders);
  try {
    const notice = window.getByTestId('startup-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('beschadigd');
    await expect(notice).toContainText('apart gezet');
    // db/moveAside.ts keeps the damaged file beside the new one, never deletes it.
    expect(readdirSync(folders.dataDir).some((f) => /^planner-beschadigd-.*\.sqlite$/.test(f))).toBe(true);
    expect(existsSync(path.join(folders.dataDir, 'planner.sqlite'))).toBe(true);
  } finally {
    await app.close();
  }
});
