import path from 'node:path';

/**
 * Maps a request path onto a file of the built renderer (out/renderer), for both the
 * Electron `app://` protocol and the browser host. Only files inside the root can be
 * reached: encoded dots, backslashes, NUL bytes and `..` segments are refused rather
 * than normalised away, because a request that needs them is not one the app makes.
 * Pure apart from `node:path`, so it is unit-tested without a file system.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The absolute file for a URL pathname, or null when the path is not a plain relative
 * path inside `rootDir`. `/` maps to index.html. There is no fallback for other paths:
 * the renderer is built with relative asset paths, so it is only ever loaded from the
 * root, and a missing file is a 404 rather than a page.
 */
export function resolveStaticFile(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.join('/');
  if (relative === '') return path.join(path.resolve(rootDir), 'index.html');
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  // Belt and braces: whatever the checks above missed, never leave the root.
  if (!full.startsWith(root + path.sep)) return null;
  return full;
}
