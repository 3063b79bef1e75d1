import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isSafeExternalUrl } from './openExternal.js';

/**
 * Keeps every window on the app's own pages: navigation away (links, redirects,
 * form posts, subframes) is prevented, new windows are denied, and <webview> cannot
 * be attached. An http(s) link the user clicks opens in their own browser instead,
 * which is what people expect of a desktop app.
 */

type Listener = (event: { preventDefault(): void }, url: string) => void;

/** The parts of WebContents the guards use; Electron's WebContents satisfies it. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: Listener): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse): void;
}

export interface GuardOptions {
  isAppUrl: (url: string) => boolean;
  openExternal: (url: string) => Promise<boolean>;
  log: (message: string) => void;
}

/**
 * Contents that already have the guards: main.ts guards every web contents on creation
 * and the window helper guards its own, and a second set of listeners would open a
 * clicked link in the browser twice.
 */
const guarded = new WeakSet<GuardedContents>();

export function installNavigationGuards(contents: GuardedContents, options: GuardOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const keepInApp: Listener = (event, url) => {
    // Electron 45 passes the URL both as an argument and on event.url; read either.
    const target = typeof url === 'string' ? url : ((event as { url?: string }).url ?? '');
    if (options.isAppUrl(target)) return;
    event.preventDefault();
    options.log(`Navigatie geblokkeerd: ${target.slice(0, 200)}`);
    if (isSafeExternalUrl(target)) void options.openExternal(target);
  };
  contents.on('will-navigate', keepInApp);
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', (event, url) => {
    const target = typeof url === 'string' ? url : ((event as { url?: string }).url ?? '');
    if (!options.isAppUrl(target)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void options.openExternal(url);
    return { action: 'deny' };
  });
}
