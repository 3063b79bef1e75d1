import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandlers } from '../shared/api/contract.js';
import { dispatch, isApiMethod } from '../shared/api/dispatch.js';
import { readBody } from './readBody.js';
import { sendError, sendResult } from './responses.js';
import { message } from '../shared/i18n/message.js';

export interface ApiRouteOptions {
  handlers: ApiHandlers;
  maxBodyBytes: number;
  log: (message: string, error?: unknown) => void;
}

/**
 * `POST /api/<method>` with a JSON body: the same dispatcher as Electron IPC (zod
 * validation, Result shape). Typed failures are still HTTP 200: the status says the
 * transport worked, the Result says what the store answered.
 */
export async function serveApi(
  request: IncomingMessage,
  response: ServerResponse,
  methodName: string,
  options: ApiRouteOptions,
): Promise<void> {
  if (request.method !== 'POST') {
    sendError(response, 405, 'validation', message('webhostError.usePost'), {
      Allow: 'POST',
    });
    return;
  }
  if (!isApiMethod(methodName)) {
    request.resume();
    sendError(response, 404, 'notFound', message('webhostError.unknownMethodNamed', { method: methodName }));
    return;
  }
  const body = await readBody(request, options.maxBodyBytes);
  if (body.kind === 'aborted') {
    response.destroy();
    return;
  }
  if (body.kind === 'tooLarge') {
    sendError(response, 413, 'validation', message('webhostError.tooLarge'), { Connection: 'close' });
    return;
  }
  let payload: unknown;
  try {
    payload = body.text.trim() === '' ? {} : JSON.parse(body.text);
  } catch {
    sendError(response, 400, 'validation', message('webhostError.notJson'));
    return;
  }
  const result = await dispatch(options.handlers, methodName, payload, {
    onInternalError: (method, error) => options.log(`Webhost: onverwachte fout in ${method}`, error),
  });
  sendResult(response, 200, result);
}
