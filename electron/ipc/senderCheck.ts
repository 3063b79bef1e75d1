import type { IpcMainInvokeEvent } from 'electron';

/**
 * Only the app's own top-level page may call the main process: the sender frame must
 * exist (it is null once the frame navigated away or was destroyed), must be the main
 * frame (no iframe, whatever it loaded), and its URL must be app://planner/. Protocol
 * and host are compared because the URL origin of a custom scheme is the string "null"
 * and would match any other custom-scheme or opaque page.
 */

type SenderFrame = Pick<NonNullable<IpcMainInvokeEvent['senderFrame']>, 'url'> & { parent: unknown };
export type SenderEvent = { senderFrame: SenderFrame | null };

export function createSenderCheck(isAppUrl: (url: string) => boolean) {
  return (event: SenderEvent): boolean => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  };
}
