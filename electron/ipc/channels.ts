import type { ApiMethod } from '../../shared/api/contract.js';

/**
 * IPC channel names, derived - never re-declared: one channel per contract method
 * (`api:<method>`), plus the few shell channels of the desktop bridge. Pure, so the
 * preload bundle can import it.
 */

const API_CHANNEL_PREFIX = 'api:';

export function apiChannel(method: ApiMethod): string {
  return `${API_CHANNEL_PREFIX}${method}`;
}

export const SHELL_CHANNELS = {
  /** main -> renderer: an application-menu command. */
  menuCommand: 'shell:menu-command',
  setUiLanguage: 'shell:set-ui-language',
  openFile: 'shell:open-file',
  saveFile: 'shell:save-file',
  print: 'shell:print',
  printToPdf: 'shell:print-to-pdf',
} as const;
