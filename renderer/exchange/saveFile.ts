import { getDesktopBridge } from '../api/transport/desktopBridge.js';

/**
 * Hands a file to the user. In the desktop app a team plan (JSON text) goes through the
 * shell's native save dialog; everything else (and everything in the browser host) is a
 * download of a Blob: the browser asks or saves to Downloads, Electron shows its own
 * save dialog for a download. Returns false when the user cancelled the native dialog.
 */
export async function saveTextAsPlan(fileName: string, text: string): Promise<boolean> {
  const bridge = getDesktopBridge(window as unknown as { planner?: unknown });
  if (bridge) {
    const result = await bridge.saveFile({ kind: 'plan', suggestedName: fileName.replace(/\.json$/, ''), text });
    if (!result.ok) throw new Error(result.error.message);
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
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: Chromium reads the blob asynchronously after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
