import { z } from 'zod';
import type { ApiTransport } from './client.js';
import type { Result } from './result.js';

/**
 * What the Electron preload exposes to the renderer as `window.planner`, besides the
 * API contract itself: application-menu commands, native file dialogs, print and the
 * UI language (so the menu speaks the same language as the planner). The browser host
 * has none of this; the renderer then uses its own file inputs and window.print().
 *
 * The request schemas live here so the preload's types and the main process's
 * validation come from one place; main parses every request from `unknown`.
 */

/** Menu items that the planner UI carries out; main sends them, the renderer listens. */
export const MENU_COMMANDS = [
  'newTeam',
  'importPlan',
  'exportPlan',
  'backupNow',
  'restoreBackup',
  'undo',
  'redo',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const uiLanguageSchema = z.enum(['nl', 'en']);
export type UiLanguage = z.infer<typeof uiLanguageSchema>;

/** Which file the user is asked to pick; main chooses the dialog title and filters. */
export const openFileKindSchema = z.enum(['plan', 'professionals']);
export type OpenFileKind = z.infer<typeof openFileKindSchema>;

export const saveFileRequestSchema = z.strictObject({
  kind: z.enum(['plan', 'personalData']),
  /** A file name without folder; main puts it in the user's documents folder by default. */
  suggestedName: z.string().min(1).max(200),
  /** UTF-8 text (JSON) to write; 50 MB is far beyond any team plan. */
  text: z.string().max(50_000_000),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const printToPdfRequestSchema = z.strictObject({ suggestedName: z.string().min(1).max(200) });
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export interface OpenedFile {
  fileName: string;
  /** The bytes, base64: the same form the professionals import takes over the API. */
  dataBase64: string;
}

export interface SavedFile {
  /** Only the file name, not the full path: the renderer has no business with folders. */
  fileName: string;
}

export interface PlannerDesktopBridge {
  /** Calls one method of the API contract over IPC. */
  readonly invoke: ApiTransport;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells main the UI language, so the application menu and dialogs follow it. */
  setUiLanguage(language: UiLanguage): Promise<Result<{ done: true }>>;
  /** A native open dialog; `null` when the user cancelled. */
  openFile(kind: OpenFileKind): Promise<Result<OpenedFile | null>>;
  /** A native save dialog, then writes the text; `null` when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<Result<SavedFile | null>>;
  /** The system print dialog for the current page (print CSS applies). */
  print(): Promise<Result<{ printed: boolean }>>;
  /** Renders the current page to an A4 PDF and saves it where the user chooses; `null` when cancelled. */
  printToPdf(request: PrintToPdfRequest): Promise<Result<SavedFile | null>>;
}
