import { z } from 'zod';
import {
  openFileKindSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  uiLanguageSchema,
  type UiLanguage,
} from '../../shared/api/desktopBridge.js';
import { validationFailure } from '../../shared/api/dispatch.js';
import { fail, ok, type Result } from '../../shared/api/result.js';
import type { ShellActions } from '../files/shellActions.js';
import { SHELL_CHANNELS } from './channels.js';
import { FORBIDDEN_SENDER, type IpcMainLike } from './registerApi.js';
import type { SenderEvent } from './senderCheck.js';
import { message } from '../../shared/i18n/message.js';

/**
 * The desktop bridge's own channels (language, file dialogs, print), held to the same
 * rules as the API: trusted sender frame, payload parsed with zod from `unknown`,
 * answer a Result, unexpected errors logged and answered in Dutch.
 */

interface ShellIpcOptions<E extends SenderEvent, W> {
  ipcMain: IpcMainLike<E>;
  isTrustedSender: (event: E) => boolean;
  /** The window that sent the event; null when it is gone. */
  windowOf: (event: E) => W | null;
  actions: ShellActions<W>;
  setUiLanguage: (language: UiLanguage) => void;
  log: (message: string, error?: unknown) => void;
}

const noWindow = fail('forbidden', message('hostError.windowClosed'));

export function registerShellIpc<E extends SenderEvent, W>(options: ShellIpcOptions<E, W>): string[] {
  const channels: string[] = [];

  function handle<S extends z.ZodType>(
    channel: string,
    schema: S,
    run: (input: z.output<S>, window: W) => Promise<Result<unknown>>,
  ) {
    options.ipcMain.handle(channel, async (event, payload): Promise<Result<unknown>> => {
      if (!options.isTrustedSender(event)) {
        options.log(`IPC: ${channel} geweigerd van ${event.senderFrame?.url ?? 'onbekend frame'}`);
        return FORBIDDEN_SENDER;
      }
      const parsed = schema.safeParse(payload);
      if (!parsed.success) return validationFailure(parsed.error);
      const window = options.windowOf(event);
      if (window === null) return noWindow;
      try {
        return await run(parsed.data, window);
      } catch (error) {
        options.log(`IPC: onverwachte fout in ${channel}`, error);
        return fail('internal', message('hostError.unexpected'));
      }
    });
    channels.push(channel);
  }

  handle(SHELL_CHANNELS.setUiLanguage, uiLanguageSchema, async (language) => {
    options.setUiLanguage(language);
    return ok({ done: true as const });
  });
  handle(SHELL_CHANNELS.openFile, openFileKindSchema, (kind, window) => options.actions.openFile(window, kind));
  handle(SHELL_CHANNELS.saveFile, saveFileRequestSchema, (request, window) =>
    options.actions.saveFile(window, request),
  );
  handle(SHELL_CHANNELS.print, z.undefined(), (_none, window) => options.actions.print(window));
  handle(SHELL_CHANNELS.printToPdf, printToPdfRequestSchema, (request, window) =>
    options.actions.printToPdf(window, request),
  );
  return channels;
}
