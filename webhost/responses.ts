import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../node/security/contentSecurityPolicy.js';
import type { ApiErrorCode, Result } from '../shared/api/result.js';
import { fail } from '../shared/api/result.js';
import type { Message } from '../shared/i18n/message.js';

/** Every answer of the browser host carries the app's CSP and security headers. */
export function writeHead(response: ServerResponse, status: number, headers: Record<string, string | number>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
}

export function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  writeHead(response, status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/** A failed Result as the answer, its text from the catalogue (section `host`) in both languages. */
export function sendError(
  response: ServerResponse,
  status: number,
  code: ApiErrorCode,
  text: Message,
  extraHeaders: Record<string, string> = {},
): void {
  const body = JSON.stringify(fail(code, text));
  writeHead(response, status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(body);
}
