import { API_METHODS, type ApiMethod } from '../../shared/api/contract.js';
import type { ApiTransport } from '../../shared/api/client.js';
import { MENU_COMMANDS, type MenuCommand, type PlannerDesktopBridge } from '../../shared/api/desktopBridge.js';
import { fail, type Result } from '../../shared/api/result.js';
import { SHELL_CHANNELS, apiChannel } from '../ipc/channels.js';
import { message } from '../../shared/i18n/message.js';

/**
 * Builds what the preload exposes as `window.planner`: one named function per API
 * contract method (`api['teams.list'](input)`), an `invoke(method, input)` that only
 * reaches those same functions, and the desktop bridge. Never ipcRenderer itself, and
 * never an IPC event object (it would hand the page a reference to `sender`).
 */

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type NamedApi = { readonly [M in ApiMethod]: (input: unknown) => Promise<Result<unknown>> };

type ExposedPlanner = PlannerDesktopBridge & { readonly api: NamedApi };

const unknownMethod = fail('validation', message('apiError.unknownMethod'));

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export function createPlannerBridge(ipc: IpcRendererLike): ExposedPlanner {
  const call = (channel: string, payload?: unknown) => ipc.invoke(channel, payload) as Promise<Result<never>>;
  const api = Object.freeze(
    Object.fromEntries(API_METHODS.map((method) => [method, (input: unknown) => call(apiChannel(method), input)])),
  ) as NamedApi;

  const invoke = ((method: string, input: unknown) =>
    Object.hasOwn(api, method) ? api[method as ApiMethod](input) : Promise.resolve(unknownMethod)) as ApiTransport;

  return Object.freeze({
    api,
    invoke,
    onMenuCommand(listener: (command: MenuCommand) => void) {
      const relay = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(SHELL_CHANNELS.menuCommand, relay);
      return () => {
        ipc.removeListener(SHELL_CHANNELS.menuCommand, relay);
      };
    },
    setUiLanguage: (language) => call(SHELL_CHANNELS.setUiLanguage, language),
    openFile: (kind) => call(SHELL_CHANNELS.openFile, kind),
    saveFile: (request) => call(SHELL_CHANNELS.saveFile, request),
    print: () => call(SHELL_CHANNELS.print),
    printToPdf: (request) => call(SHELL_CHANNELS.printToPdf, request),
  } satisfies ExposedPlanner);
}
