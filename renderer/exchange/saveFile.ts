import { UserFacingError } from '../api/ApiClient.js';
import { getDesktopBridge } from '../api/transport/desktopBridge.js';

/**
 * The few DOM pieces a download needs, typed here so this module (reached from the
 * stores) also type-checks under the node tsconfig that renderer store tests use.
 */
interface AnchorLike {
  href: string;
  download: string;
  style: { display: string };
  click(): void;
  remove(): void;
}
interface DownloadGlobals {
  planner?: unknown;
  document: { createElement(tag: 'a'): AnchorLike; body: { append(node: AnchorLike): void } };
  URL: { createObjectURL(blob: Blob): string; revokeObjectURL(url: string): void };
}
const dom = globalThis as unknown as DownloadGlobals;

/**
 * Hands a file to the user. In the desktop app a team plan (JSON text) goes through the
 * shell's native save dialog; everything else (and everything in the browser host) is a
 * download of a Blob: the browser asks or saves to Downloads, Electron shows its own
 * save dialog for a download. Returns false when the user cancelled the native dialog.
 */
export async function saveTextAsPlan(fileName: string, text: string): Promise<boolean> {
  const bridge = getDesktopBridge(dom);
  if (bridge) {
    const result = await bridge.saveFile({ kind: 'plan', suggestedName: fileName.replace(/\.json$/, ''), text });
    if (!result.ok) throw new UserFacingError(result.error.text);
    return result.value !== null;
  }
  downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
  return true;
}

export function downloadBase64(fileName: string, mimeType: string, dataBase64: string): void {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = dom.URL.createObjectURL(blob);
  const link = dom.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  dom.document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => dom.URL.revokeObjectURL(url), 10_000);
}
