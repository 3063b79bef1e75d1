import type { FileFilter } from 'electron';
import type { OpenFileKind, SaveFileRequest, UiLanguage } from '../../shared/api/desktopBridge.js';
import { translator, type MessageKey } from '../../shared/i18n/index.js';

/**
 * Titles and filters of the native file dialogs, from the message catalogue (section
 * `shell`) in the UI language. The renderer only says which kind of file it wants; it
 * never chooses paths or filters itself.
 */

export type SaveDialogKind = SaveFileRequest['kind'] | 'pdf';

interface FileDialogTexts {
  title: string;
  filters: FileFilter[];
}

interface DialogSpec {
  title: MessageKey;
  filter: MessageKey;
  extensions: string[];
}

const OPEN_DIALOGS: Record<OpenFileKind, DialogSpec> = {
  plan: { title: 'shell.dialog.openPlan', filter: 'shell.filter.plan', extensions: ['json'] },
  professionals: {
    title: 'shell.dialog.importProfessionals',
    filter: 'shell.filter.professionals',
    extensions: ['csv', 'xlsx'],
  },
};

const SAVE_DIALOGS: Record<SaveDialogKind, DialogSpec> = {
  plan: { title: 'shell.dialog.exportPlan', filter: 'shell.filter.plan', extensions: ['json'] },
  personalData: { title: 'shell.dialog.savePersonalData', filter: 'shell.filter.personalData', extensions: ['json'] },
  pdf: { title: 'shell.dialog.printToPdf', filter: 'shell.filter.pdf', extensions: ['pdf'] },
};

function texts(spec: DialogSpec, language: UiLanguage): FileDialogTexts {
  const { t } = translator(language);
  return { title: t(spec.title), filters: [{ name: t(spec.filter), extensions: spec.extensions }] };
}

export function openDialogTexts(kind: OpenFileKind, language: UiLanguage): FileDialogTexts {
  return texts(OPEN_DIALOGS[kind], language);
}

export function saveDialogTexts(kind: SaveDialogKind, language: UiLanguage): FileDialogTexts {
  return texts(SAVE_DIALOGS[kind], language);
}
