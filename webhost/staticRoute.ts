import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor, resolveStaticFile } from '../node/static/staticFiles.js';
import { message } from '../shared/i18n/index.js';
import type { AssetCache } from './assetCache.js';
import { sendError, writeHead } from './responses.js';

/** Serves the built renderer (GET/HEAD only); everything else under / is a 404. */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  staticRoot: string,
  pathname: string,
  assets: AssetCache = new Map(),
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'validation', message('host.http.methodNotAllowed'), { Allow: 'GET, HEAD' });
    return;
  }
  const file = resolveStaticFile(staticRoot, pathname);
  if (file === null) {
    sendError(response, 404, 'notFound', message('host.http.pageNotFound'));
    return;
  }
  let body: Buffer;
  try {
    body = assets.get(file) ?? (await readFile(file));
  } catch (error) {
    const missing =
      (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR';
    if (missing && pathname !== '/') {
      sendError(response, 404, 'notFound', message('host.http.pageNotFound'));
    } else {
      sendError(response, 500, 'internal', message('host.http.notBuilt'));
    }
    return;
  }
  writeHead(response, 200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': body.length,
    // Hashed asset names change with every build; the page itself is always revalidated.
    'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
