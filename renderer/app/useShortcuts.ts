import { useEffect } from 'react';
import { getDesktopBridge } from '../api/transport/desktopBridge.js';
import { runMenuCommand } from './desktopMenu.js';
import type { RootStore } from './RootStore.js';

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}

/**
 * Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo (Cmd on macOS), the desktop app's menu
 * commands when the preload offers them, and the menu's language following the UI's.
 * In a text field the browser's own text undo wins.
 */
export function useShortcuts(root: RootStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextInput(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void root.undo.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void root.undo.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    const bridge = getDesktopBridge(window as unknown as { planner?: unknown });
    const unsubscribe = bridge?.onMenuCommand((command) => runMenuCommand(root, bridge, command));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [root]);

  const lang = root.ui.lang;
  useEffect(() => {
    void getDesktopBridge(window as unknown as { planner?: unknown })?.setUiLanguage(lang);
  }, [lang]);
}
