import type { ApiTransport } from '../../shared/api/client.js';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.js';
import type { ApiErrorCode } from '../../shared/api/result.js';
import { type Message, message } from '../../shared/i18n/message.js';

/**
 * An error whose text the user may read: a Message, rendered when shown, in the
 * language of that moment.
 */
export class UserFacingError extends Error {
  constructor(readonly text: Message) {
    super(text.key);
    this.name = 'UserFacingError';
  }
}

/**
 * A failed API call as the UI sees it: the store's own message (it already says what to
 * do next), so a toast can show it in the chosen language.
 */
export class ApiCallError extends UserFacingError {
  constructor(
    readonly method: ApiMethod,
    readonly code: ApiErrorCode,
    text: Message,
  ) {
    super(text);
    this.name = 'ApiCallError';
    this.message = `${method}: ${code}`;
  }
}

/**
 * The renderer's typed client over whatever transport the host injected (Electron
 * preload or the browser host's HTTP). `{ok:false}` becomes a thrown ApiCallError so
 * stores can write straight-line code and roll back in one catch.
 */
export class ApiClient {
  constructor(private readonly transport: ApiTransport) {}

  async call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
    let result;
    try {
      result = await this.transport(method, input);
    } catch {
      // When the transport itself breaks (host gone, IPC closed) there is no store message: we write one.
      throw new ApiCallError(method, 'internal', message('error.unreachable'));
    }
    if (result.ok) return result.value;
    throw new ApiCallError(method, result.error.code, result.error.text);
  }
}

/** What to tell the user about any error caught in the UI. */
export function errorText(error: unknown): Message {
  if (error instanceof UserFacingError) return error.text;
  return message('error.unexpected');
}
