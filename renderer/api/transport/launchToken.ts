/**
 * The browser host prints `http://127.0.0.1:PORT/#token=...`. The token sits in the
 * fragment so it is never sent in a request line, logged or put in a Referer. On first
 * load it moves to sessionStorage (survives reloads of this tab, gone when the tab
 * closes) and leaves the address bar, so it is not bookmarked or shared by accident.
 * Other fragment parameters are kept for the UI.
 */

export interface LaunchTokenEnvironment {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

export const TOKEN_STORAGE_KEY = 'wijkteamplanner.token';

export function takeLaunchToken(env: LaunchTokenEnvironment): string | null {
  const hash = env.location.hash.startsWith('#') ? env.location.hash.slice(1) : env.location.hash;
  const params = new URLSearchParams(hash);
  const fromHash = params.get('token');
  if (fromHash) {
    try {
      env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page view.
    }
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(null, '', `${env.location.pathname}${env.location.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  try {
    return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
