import type { Session } from 'electron';

/**
 * Session-wide rules: every permission request (camera, notifications, geolocation,
 * USB, ...) is denied and every permission check fails, because the planner needs none;
 * and every network request is cancelled, because the planner works offline and its
 * own pages come from app://, which is not matched by these URL patterns.
 */

export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*', 'file://*/*'];

export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  webRequest: Pick<Session['webRequest'], 'onBeforeRequest'>;
};

export function hardenSession(session: GuardedSession, log: (message: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`Toestemming geweigerd: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    log(`Netwerkverzoek geblokkeerd: ${details.url.slice(0, 200)}`);
    callback({ cancel: true });
  });
}
