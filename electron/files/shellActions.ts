import path from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type {
  OpenFileKind,
  OpenedFile,
  PrintToPdfRequest,
  SaveFileRequest,
  SavedFile,
  UiLanguage,
} from '../../shared/api/desktopBridge.js';
import { fail, ok, type Result } from '../../shared/api/result.js';
import { message } from '../../shared/i18n/message.js';
import { openDialogTexts, saveDialogTexts, type SaveDialogKind } from './fileDialogs.js';
import { safeFileName } from './safeFileName.js';

/**
 * What the desktop shell does for the planner beyond the API: native open/save
 * dialogs, print and print to PDF. Shared by the menu and the preload bridge. Every
 * dependency is passed in (Electron's dialog, fs, the window's webContents), so these
 * flows are unit-tested with fakes. Failures come back as Dutch/English Results.
 */

/** The largest file the open dialog reads: well above any team plan or staff list. */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;

interface PrintableContents {
  print(
    options: { silent: false; printBackground: true },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  printToPDF(options: { pageSize: 'A4'; printBackground: true; preferCSSPageSize: true }): Promise<Buffer>;
}

export interface ShellActionDeps<W> {
  language: () => UiLanguage;
  /** Where save dialogs start, normally the user's documents folder. */
  defaultDir: () => string;
  showOpenDialog: (
    window: W,
    options: OpenDialogOptions,
  ) => Promise<Pick<OpenDialogReturnValue, 'canceled' | 'filePaths'>>;
  showSaveDialog: (
    window: W,
    options: SaveDialogOptions,
  ) => Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  fileSize: (filePath: string) => Promise<number>;
  readFile: (filePath: string) => Promise<Buffer>;
  writeFile: (filePath: string, data: string | Uint8Array) => Promise<void>;
  contentsOf: (window: W) => PrintableContents;
  log: (message: string, error?: unknown) => void;
}

export interface ShellActions<W> {
  openFile(window: W, kind: OpenFileKind): Promise<Result<OpenedFile | null>>;
  saveFile(window: W, request: SaveFileRequest): Promise<Result<SavedFile | null>>;
  print(window: W): Promise<Result<{ printed: boolean }>>;
  printToPdf(window: W, request: PrintToPdfRequest): Promise<Result<SavedFile | null>>;
}

const writeFailed = (fileName: string) => fail('storage', message('hostError.fileNotSaved', { file: fileName }));

export function createShellActions<W>(deps: ShellActionDeps<W>): ShellActions<W> {
  async function saveBytes(
    window: W,
    kind: SaveDialogKind,
    suggestedName: string,
    extension: string,
    produce: () => Promise<string | Uint8Array>,
  ): Promise<Result<SavedFile | null>> {
    const texts = saveDialogTexts(kind, deps.language());
    const choice = await deps.showSaveDialog(window, {
      title: texts.title,
      defaultPath: path.join(deps.defaultDir(), safeFileName(suggestedName, extension)),
      filters: texts.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return ok(null);
    const fileName = path.basename(choice.filePath);
    try {
      await deps.writeFile(choice.filePath, await produce());
    } catch (error) {
      deps.log(`Opslaan mislukt: ${fileName}`, error);
      return writeFailed(fileName);
    }
    return ok({ fileName });
  }

  return {
    async openFile(window, kind) {
      const texts = openDialogTexts(kind, deps.language());
      const choice = await deps.showOpenDialog(window, {
        title: texts.title,
        filters: texts.filters,
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return ok(null);
      const fileName = path.basename(filePath);
      try {
        if ((await deps.fileSize(filePath)) > MAX_OPEN_BYTES) {
          return fail('validation', message('hostError.fileTooLarge', { file: fileName }));
        }
        return ok({ fileName, dataBase64: (await deps.readFile(filePath)).toString('base64') });
      } catch (error) {
        deps.log(`Openen mislukt: ${fileName}`, error);
        return fail('storage', message('hostError.fileUnreadable', { file: fileName }));
      }
    },

    saveFile(window, request) {
      return saveBytes(window, request.kind, request.suggestedName, 'json', async () => request.text);
    },

    print(window) {
      return new Promise((resolve) => {
        deps.contentsOf(window).print({ silent: false, printBackground: true }, (success, failureReason) => {
          // Cancelling the print dialog is not an error.
          if (success || failureReason === 'cancelled' || failureReason === 'Print job canceled') {
            resolve(ok({ printed: success }));
            return;
          }
          deps.log(`Afdrukken mislukt: ${failureReason}`);
          resolve(fail('internal', message('hostError.printFailed')));
        });
      });
    },

    printToPdf(window, request) {
      return saveBytes(window, 'pdf', request.suggestedName, 'pdf', () =>
        deps.contentsOf(window).printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
      );
    },
  };
}
