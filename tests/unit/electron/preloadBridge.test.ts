import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api/contract.js';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/api/desktopBridge.js';
import { SHELL_CHANNELS, apiChannel } from '../../../electron/ipc/channels.js';
import { createPlannerBridge, type IpcRendererLike } from '../../../electron/preload/createBridge.js';

function fakeIpcRenderer() {
  const invoked: Array<{ channel: string; args: unknown[] }> = [];
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invoked.push({ channel, args });
      return { ok: true, value: channel };
    },
    on: (channel, listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel, listener) => {
      listeners.get(channel)?.delete(listener);
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'secret-ipc-object' }, ...args);
  };
  return { ipc, invoked, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly one named function per contract method, and no ipcRenderer', () => {
    const bridge = createPlannerBridge(fakeIpcRenderer().ipc);
    expect(Object.keys(bridge.api).sort()).toEqual([...API_METHODS].sort());
    expect(Object.keys(bridge).sort()).toEqual([
      'api',
      'invoke',
      'onMenuCommand',
      'openFile',
      'print',
      'printToPdf',
      'saveFile',
      'setUiLanguage',
    ]);
    for (const value of Object.values(bridge)) expect(value).not.toHaveProperty('send');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.api)).toBe(true);
  });

  it('sends each method on its own channel', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const bridge = createPlannerBridge(ipc);
    await bridge.api['teams.list']({});
    await bridge.invoke('plan.get', { scenarioId: 'scn_1' });
    expect(invoked).toEqual([
      { channel: apiChannel('teams.list'), args: [{}] },
      { channel: apiChannel('plan.get'), args: [{ scenarioId: 'scn_1' }] },
    ]);
  });

  it('cannot be used to reach any other channel', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const bridge = createPlannerBridge(ipc);
    for (const name of ['shell:print', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = await (bridge.invoke as (m: string, i: unknown) => Promise<unknown>)(name, {});
      expect(result, name).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(invoked).toEqual([]);
  });

  it('relays only known menu commands, without the IPC event, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const bridge = createPlannerBridge(ipc);
    const received: unknown[][] = [];
    const off = bridge.onMenuCommand((...args) => received.push(args));
    for (const command of MENU_COMMANDS) emit(SHELL_CHANNELS.menuCommand, command);
    emit(SHELL_CHANNELS.menuCommand, 'rm -rf');
    emit(SHELL_CHANNELS.menuCommand, { command: 'newTeam' });
    expect(received).toEqual(MENU_COMMANDS.map((c: MenuCommand) => [c]));
    off();
    expect(listeners.get(SHELL_CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('sends the shell requests on the shell channels', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const bridge = createPlannerBridge(ipc);
    await bridge.setUiLanguage('en');
    await bridge.openFile('plan');
    await bridge.saveFile({ kind: 'plan', suggestedName: 'x.json', text: '{}' });
    await bridge.print();
    await bridge.printToPdf({ suggestedName: 'overzicht' });
    expect(invoked.map((i) => i.channel)).toEqual([
      SHELL_CHANNELS.setUiLanguage,
      SHELL_CHANNELS.openFile,
      SHELL_CHANNELS.saveFile,
      SHELL_CHANNELS.print,
      SHELL_CHANNELS.printToPdf,
    ]);
  });
});
