import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor, resolveStaticFile } from '../node/static/staticFiles.js';
import { sendError, writeHead } from './responses.js';

/** Serves the built renderer (GET/HEAD only); everything else under / is a 404. */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  staticRoot: string,
  pathname: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, 'validation', 'Webhost: deze methode wordt niet ondersteund.', 'Web host: method not supported.', {
      Allow: 'GET, HEAD',
    });
    return;
  }
  const file = resolveStaticFile(staticRoot, pathname);
  if (file === null) {
    sendError(response, 404, 'notFound', 'Webhost: deze pagina bestaat niet.', 'Web host: this page does not exist.');
    return;
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR';
    if (missing && pathname !== '/') {
      sendError(response, 404, 'notFound', 'Webhost: deze pagina bestaat niet.', 'Web host: this page does not exist.');
    } else {
      sendError(
        response,
        500,
        'internal',
        'Webhost: de planner is niet gebouwd. Start met `npm run web`, dat de planner eerst bouwt.',
        'Web host: the planner has not been built. Start with `npm run web`, which builds it first.',
      );
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
