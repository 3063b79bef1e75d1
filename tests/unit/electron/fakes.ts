import type { WindowOpenHandlerResponse } from 'electron';
import type { GuardedContents } from '../../../electron/security/navigationGuards.js';

/** A WebContents double that records guard listeners and lets tests fire them. */
export function fakeContents() {
  const listeners = new Map<string, Array<(...args: unknown[]) => void>>();
  let openHandler: ((details: { url: string }) => WindowOpenHandlerResponse) | null = null;
  const contents = {
    on(event: string, listener: (...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse) {
      openHandler = handler;
    },
    /** Fires a navigation event; true when some listener prevented it. */
    emitNavigation(event: string, url: string): boolean {
      let prevented = false;
      const e = { url, preventDefault: () => (prevented = true) };
      for (const l of listeners.get(event) ?? []) l(e, url);
      return prevented;
    },
    emitDetailsOnly(event: string, url: string): boolean {
      let prevented = false;
      const e = { url, preventDefault: () => (prevented = true) };
      for (const l of listeners.get(event) ?? []) l(e);
      return prevented;
    },
    emitAttachWebview(): boolean {
      let prevented = false;
      for (const l of listeners.get('will-attach-webview') ?? [])
        l({ preventDefault: () => (prevented = true) }, {}, {});
      return prevented;
    },
    openWindow(url: string): WindowOpenHandlerResponse | undefined {
      return openHandler?.({ url });
    },
    listenerCount(event: string) {
      return listeners.get(event)?.length ?? 0;
    },
  };
  return contents as typeof contents & GuardedContents;
}

/** An ipcMain double: records handlers per channel and refuses a second registration, like Electron. */
export function fakeIpcMain<E>() {
  const handlers = new Map<string, (event: E, ...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    call(channel: string, event: E, payload?: unknown) {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, payload);
    },
  };
}

export const mainFrameEvent = (url = 'app://planner/index.html') => ({ senderFrame: { url, parent: null } });
export const subFrameEvent = (url = 'app://planner/index.html') => ({ senderFrame: { url, parent: {} } });
