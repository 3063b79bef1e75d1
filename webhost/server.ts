import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiHandlers } from '../shared/api/contract.js';
import { message } from '../shared/i18n/index.js';
import { serveApi } from './apiRoute.js';
import { readAssets, type AssetCache } from './assetCache.js';
import { DEFAULT_MAX_BODY_BYTES } from './readBody.js';
import { LOOPBACK_HOST, TOKEN_HEADER, checkApiCall, checkRequestSource, type RequestFacts } from './requestGuards.js';
import { sendError } from './responses.js';
import { serveStatic } from './staticRoute.js';

/**
 * The browser host's HTTP server: the built renderer and the API over loopback only.
 * Takes the handler map as a parameter (the real store in webhost/startWebHost.ts, fakes
 * in tests) so transport and storage are tested apart.
 */

interface WebHostServerOptions {
  handlers: ApiHandlers;
  /** The built renderer, normally out/renderer. */
  staticRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; normally 32 random bytes per launch. */
  token?: string;
  maxBodyBytes?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface RunningWebHostServer {
  /** The address to open, with the token in the fragment (never sent to the server in a request line or log). */
  url: string;
  port: number;
  token: string;
  address: AddressInfo;
  close(): Promise<void>;
}

function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requestFacts(request: IncomingMessage): RequestFacts {
  return {
    remoteAddress: request.socket.remoteAddress,
    host: header(request, 'host'),
    origin: header(request, 'origin'),
    secFetchSite: header(request, 'sec-fetch-site'),
    token: header(request, TOKEN_HEADER),
  };
}

interface RequestHandlerOptions {
  handlers: ApiHandlers;
  staticRoot: string;
  /** The renderer's code and styles in memory (assetCache.ts); read from disk when absent. */
  assets?: AssetCache;
  token: string;
  /** The port the server is bound to: the Host and Origin checks compare against it. */
  port: () => number;
  maxBodyBytes: number;
  log: (message: string, error?: unknown) => void;
}

export function createRequestHandler(options: RequestHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const facts = requestFacts(request);
      const pathname = (request.url ?? '/').split('?')[0] ?? '/';
      const apiMatch = /^\/api\/([^/]*)$/.exec(pathname);
      const refusal = apiMatch
        ? checkApiCall(facts, options.port(), options.token)
        : checkRequestSource(facts, options.port());
      if (refusal) {
        request.resume();
        sendError(response, refusal.status, refusal.code, refusal.text);
        return;
      }
      if (apiMatch) {
        await serveApi(request, response, decodeURIComponent(apiMatch[1] ?? ''), options);
      } else if (pathname.startsWith('/api/') || pathname === '/api') {
        sendError(response, 404, 'notFound', message('host.http.unknownMethod'));
      } else {
        await serveStatic(request, response, options.staticRoot, pathname, options.assets);
      }
    } catch (error) {
      options.log('Webhost: verzoek mislukt', error);
      if (!response.headersSent) {
        sendError(response, 500, 'internal', message('host.http.unexpected'));
      } else {
        response.destroy();
      }
    }
  };
}

/** Starts the server on 127.0.0.1 (never another interface) and resolves once it listens. */
export async function listenWebHostServer(options: WebHostServerOptions): Promise<RunningWebHostServer> {
  const token = options.token ?? newToken();
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  let boundPort = 0;
  const server: Server = createServer(
    createRequestHandler({
      handlers: options.handlers,
      staticRoot: options.staticRoot,
      assets: readAssets(options.staticRoot),
      token,
      port: () => boundPort,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      log,
    }),
  );
  // Slow or stalled clients must not pin the process; a 28 MB import still fits easily.
  server.requestTimeout = 120_000;
  server.headersTimeout = 20_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK_HOST, port: options.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  boundPort = address.port;
  return {
    url: `http://${LOOPBACK_HOST}:${boundPort}/#token=${token}`,
    port: boundPort,
    token,
    address,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
