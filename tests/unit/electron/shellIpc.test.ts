import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../shared/api/desktopBridge.js';
import { ok } from '../../../shared/api/result.js';
import { SHELL_CHANNELS } from '../../../electron/ipc/channels.js';
import { registerShellIpc } from '../../../electron/ipc/registerShellIpc.js';
import { createSenderCheck, type SenderEvent } from '../../../electron/ipc/senderCheck.js';
import { isAppUrl } from '../../../electron/protocol/appProtocol.js';
import type { ShellActions } from '../../../electron/files/shellActions.js';
import { fakeIpcMain, mainFrameEvent, subFrameEvent } from './fakes.js';

function setup(windowOf: () => string | null = () => 'main-window') {
  const ipcMain = fakeIpcMain<SenderEvent>();
  const calls: unknown[][] = [];
  const languages: UiLanguage[] = [];
  const actions: ShellActions<string> = {
    openFile: async (w, kind) => (calls.push(['openFile', w, kind]), ok(null)),
    saveFile: async (w, request) => (calls.push(['saveFile', w, request]), ok(null)),
    print: async (w) => (calls.push(['print', w]), ok({ printed: true })),
    printToPdf: async (w, request) => {
      calls.push(['printToPdf', w, request]);
      throw new Error('renderer crashed');
    },
  };
  const channels = registerShellIpc({
    ipcMain,
    isTrustedSender: createSenderCheck(isAppUrl),
    windowOf,
    actions,
    setUiLanguage: (l) => languages.push(l),
    log: () => {},
  });
  return { ipcMain, calls, languages, channels };
}

describe('shell IPC', () => {
  it('registers each shell channel once (menu commands go the other way)', () => {
    const { channels } = setup();
    const invokable = Object.values(SHELL_CHANNELS).filter((c) => c !== SHELL_CHANNELS.menuCommand);
    expect([...channels].sort()).toEqual([...invokable].sort());
  });

  it('validates every request before acting', async () => {
    const { ipcMain, calls, languages } = setup();
    expect(await ipcMain.call(SHELL_CHANNELS.setUiLanguage, mainFrameEvent(), 'de')).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await ipcMain.call(SHELL_CHANNELS.openFile, mainFrameEvent(), '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(
      await ipcMain.call(SHELL_CHANNELS.saveFile, mainFrameEvent(), {
        kind: 'plan',
        suggestedName: 'x',
        text: 'y',
        path: '/tmp/x',
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await ipcMain.call(SHELL_CHANNELS.print, mainFrameEvent(), { silent: true })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(calls).toEqual([]);
    expect(languages).toEqual([]);
  });

  it('carries out valid requests for the sending window', async () => {
    const { ipcMain, calls, languages } = setup();
    expect(await ipcMain.call(SHELL_CHANNELS.setUiLanguage, mainFrameEvent(), 'en')).toEqual({
      ok: true,
      value: { done: true },
    });
    await ipcMain.call(SHELL_CHANNELS.openFile, mainFrameEvent(), 'professionals');
    await ipcMain.call(SHELL_CHANNELS.saveFile, mainFrameEvent(), { kind: 'plan', suggestedName: 'x', text: '{}' });
    await ipcMain.call(SHELL_CHANNELS.print, mainFrameEvent());
    expect(languages).toEqual(['en']);
    expect(calls).toEqual([
      ['openFile', 'main-window', 'professionals'],
      ['saveFile', 'main-window', { kind: 'plan', suggestedName: 'x', text: '{}' }],
      ['print', 'main-window'],
    ]);
  });

  it('refuses untrusted frames and closed windows', async () => {
    const { ipcMain, calls } = setup();
    expect(await ipcMain.call(SHELL_CHANNELS.openFile, subFrameEvent(), 'plan')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await ipcMain.call(SHELL_CHANNELS.openFile, mainFrameEvent('https://evil.example/'), 'plan')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const closed = setup(() => null);
    expect(await closed.ipcMain.call(SHELL_CHANNELS.print, mainFrameEvent())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calls).toEqual([]);
  });

  it('answers an unexpected throw with a Dutch internal error', async () => {
    const { ipcMain } = setup();
    const result = await ipcMain.call(SHELL_CHANNELS.printToPdf, mainFrameEvent(), { suggestedName: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('renderer crashed');
  });
});
