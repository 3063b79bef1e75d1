import { useEffect } from 'react';
import { getDesktopBridge } from './api/transport/desktopBridge.js';
import type { RootStore } from './stores/RootStore.js';

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA';
}

/**
 * Ctrl+Z undo, Ctrl+Shift+Z / Ctrl+Y redo (Cmd on macOS), and the same commands from
 * the desktop app's menu when the preload offers them. In a text field the browser's
 * own text undo wins.
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
    const unsubscribe = bridge?.onMenuCommand((command) => {
      if (command === 'undo') void root.undo.undo();
      else if (command === 'redo') void root.undo.redo();
      else if (command === 'newTeam') root.ui.show('design');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe?.();
    };
  }, [root]);
}
