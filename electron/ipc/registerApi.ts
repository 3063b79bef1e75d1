import { API_METHODS, type ApiHandlers, type ApiMethod } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { fail, type Result } from '../../shared/api/result.js';
import { apiChannel } from './channels.js';
import type { SenderEvent } from './senderCheck.js';
import { message } from '../../shared/i18n/message.js';

/**
 * Registers every method of the API contract exactly once, each on its own channel.
 * Each call: sender frame checked, payload parsed from `unknown` with the contract's zod
 * schema (in the shared dispatcher, the same as the browser host), answer a Result.
 * Errors travel as data because Electron carries only an Error's message across IPC.
 */

export interface IpcMainLike<E extends SenderEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

interface RegisterApiOptions<E extends SenderEvent> {
  ipcMain: IpcMainLike<E>;
  handlers: ApiHandlers;
  isTrustedSender: (event: E) => boolean;
  log: (message: string, error?: unknown) => void;
}

export const FORBIDDEN_SENDER = fail('forbidden', message('hostError.forbiddenSender'));

export function registerApi<E extends SenderEvent>(options: RegisterApiOptions<E>): ApiMethod[] {
  const registered: ApiMethod[] = [];
  for (const method of API_METHODS) {
    options.ipcMain.handle(apiChannel(method), async (event, payload): Promise<Result<unknown>> => {
      if (!options.isTrustedSender(event)) {
        options.log(`IPC: ${method} geweigerd van ${event.senderFrame?.url ?? 'onbekend frame'}`);
        return FORBIDDEN_SENDER;
      }
      return dispatch(options.handlers, method, payload, {
        onInternalError: (name, error) => options.log(`IPC: onverwachte fout in ${name}`, error),
      });
    });
    registered.push(method);
  }
  return registered;
}
