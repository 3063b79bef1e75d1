import type { PlannerDesktopBridge } from '../../../shared/api/desktopBridge.js';

/**
 * The preload's `window.planner`, when the planner runs in the desktop app; null in the
 * browser host. The UI uses it for the application menu, native file dialogs and print,
 * and falls back to file inputs and window.print() when it is null.
 */
interface BridgeEnvironment {
  planner?: unknown;
}

export function getDesktopBridge(
  env: BridgeEnvironment = globalThis as BridgeEnvironment,
): PlannerDesktopBridge | null {
  const candidate = env.planner as Partial<PlannerDesktopBridge> | undefined;
  if (
    candidate &&
    typeof candidate === 'object' &&
    typeof candidate.invoke === 'function' &&
    typeof candidate.onMenuCommand === 'function'
  ) {
    return candidate as PlannerDesktopBridge;
  }
  return null;
}

/** Text of a file from the native open dialog (e.g. a team plan JSON), decoded as UTF-8. */
export function openedFileText(dataBase64: string): string {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8').decode(bytes);
}
