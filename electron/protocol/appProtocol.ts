import { readFile as fsReadFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { SECURITY_HEADERS } from '../../node/security/contentSecurityPolicy.js';
import { contentTypeFor, resolveStaticFile } from '../../node/static/staticFiles.js';

/**
 * The renderer is served from `app://planner/` (protocol.handle) instead of file://:
 * file:// pages can read any local file and share one origin with every other file,
 * while this scheme serves only the built renderer, with the strict CSP as a header.
 *
 * WHATWG URL gives any non-special scheme the origin "null", so code that decides
 * whether a URL belongs to the app compares protocol and host, never `origin`.
 */

export const APP_SCHEME = 'app';
const APP_HOST = 'planner';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready`: a standard, secure scheme so the page is a secure context with a real host.
 * `codeCache` lets V8 keep the compiled renderer code in the session's code cache, so every start after the
 * first skips most of compiling the ~1 MB app chunk (Chromium does this for http(s) by default; a custom scheme
 * only gets it when it is standard and asks for it). The cache holds compiled code of our own files only.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}

type ReadFile = (path: string) => Promise<Buffer>;

// No body: the planner itself never asks for a missing file, so nobody reads one.
function notFound(): Response {
  return new Response(null, { status: 404, headers: { ...SECURITY_HEADERS } });
}

/** The protocol.handle handler: GET files of `rootDir` for app://planner/ only. */
export function createAppProtocolHandler(rootDir: string, readFile: ReadFile = fsReadFile) {
  return async (request: Request): Promise<Response> => {
    if (!isAppUrl(request.url)) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' } });
    }
    const file = resolveStaticFile(rootDir, new URL(request.url).pathname);
    if (file === null) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  };
}
