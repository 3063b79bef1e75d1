import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  REACT_ARIA_PRESSABLE_STYLE,
  REACT_ARIA_PRESSABLE_STYLE_HASH,
} from '../../../node/security/contentSecurityPolicy.js';
import { createSafeOpenExternal, isSafeExternalUrl } from '../../../electron/security/openExternal.js';
import { NETWORK_URL_PATTERNS, hardenSession, type GuardedSession } from '../../../electron/security/sessionGuards.js';

describe('safe openExternal', () => {
  it('allows only http and https without credentials', () => {
    expect(isSafeExternalUrl('https://www.vng.nl/')).toBe(true);
    expect(isSafeExternalUrl('http://example.org/a?b=c')).toBe(true);
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'app://planner/',
      'mailto:a@b.nl',
      'https://user:pw@example.org/',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
  it('hands safe URLs to the shell and refuses the rest', async () => {
    const opened: string[] = [];
    const logs: string[] = [];
    const open = createSafeOpenExternal(
      async (u) => void opened.push(u),
      (m) => logs.push(m),
    );
    expect(await open('https://www.vng.nl/')).toBe(true);
    expect(await open('file:///etc/passwd')).toBe(false);
    expect(opened).toEqual(['https://www.vng.nl/']);
    expect(logs).toHaveLength(1);
  });
});

describe('session guards', () => {
  function fakeSession() {
    const captured: {
      request?: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void;
      check?: () => boolean;
      device?: () => boolean;
      filter?: { urls: string[] };
      beforeRequest?: (details: { url: string }, cb: (r: { cancel?: boolean }) => void) => void;
    } = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (captured.request = h),
      setPermissionCheckHandler: (h: never) => (captured.check = h),
      setDevicePermissionHandler: (h: never) => (captured.device = h),
      webRequest: {
        onBeforeRequest: (filter: never, h: never) => ((captured.filter = filter), (captured.beforeRequest = h)),
      },
    } as unknown as GuardedSession;
    return { session, captured };
  }

  it('denies every permission request and check', () => {
    const { session, captured } = fakeSession();
    hardenSession(session, () => {});
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      let granted: boolean | undefined;
      captured.request!({}, permission, (g) => (granted = g));
      expect(granted, permission).toBe(false);
    }
    expect(captured.check!()).toBe(false);
    expect(captured.device!()).toBe(false);
  });

  it('cancels every network request (the app is offline)', () => {
    const { session, captured } = fakeSession();
    hardenSession(session, () => {});
    expect(captured.filter).toEqual({ urls: NETWORK_URL_PATTERNS });
    expect(NETWORK_URL_PATTERNS).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    let response: { cancel?: boolean } | undefined;
    captured.beforeRequest!({ url: 'https://tracker.example/pixel.gif' }, (r) => (response = r));
    expect(response).toEqual({ cancel: true });
  });
});

describe('content security policy', () => {
  it('allows nothing remote, inline or eval', () => {
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const source of sources)
        expect(["'self'", "'none'", 'data:', REACT_ARIA_PRESSABLE_STYLE_HASH]).toContain(source);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"]);
  });
});

describe('the one hashed inline style', () => {
  it('is the hash of the exact text react-aria inserts, in the installed version', () => {
    const hash = createHash('sha256').update(REACT_ARIA_PRESSABLE_STYLE).digest('base64');
    expect(REACT_ARIA_PRESSABLE_STYLE_HASH).toBe(`'sha256-${hash}'`);
    const source = readFileSync(
      path.join(
        path.dirname(createRequire(import.meta.url).resolve('react-aria/package.json')),
        'dist',
        'private',
        'interactions',
        'usePress.mjs',
      ),
      'utf8',
    );
    // The library builds the text from a template with the attribute name filled in.
    const escaped = REACT_ARIA_PRESSABLE_STYLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const template = new RegExp(escaped.replace('data-react-aria-pressable', '\\$\\{[^}]+\\}'));
    expect(source.replace(/\r\n/g, '\n')).toMatch(template);
    expect(source).toContain("PRESSABLE_ATTRIBUTE = 'data-react-aria-pressable'");
    expect(CSP_DIRECTIVES['style-src']).toEqual(["'self'", REACT_ARIA_PRESSABLE_STYLE_HASH]);
  });
});
