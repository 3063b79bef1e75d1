import type { UiStore } from '../app/UiStore.js';

/**
 * Asks the focus for a function in Teamontwerp's list once it exists: just made (its name
 * typed, or a proposal added) or back by undoing its removal (focusRequest.ts). Only while
 * Teamontwerp is shown: an undo on the board must not leave a request behind that takes
 * the focus when the user comes back here later.
 */
export function focusFunction(ui: UiStore): (functionId: string) => void {
  return (functionId) => {
    if (ui.screen === 'design') ui.requestFocus({ kind: 'function', functionId });
  };
}
