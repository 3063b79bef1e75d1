import type { ApiTransport } from '../../shared/api/client.js';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract.js';
import type { ApiErrorCode } from '../../shared/api/result.js';
import type { LocalText } from '../../shared/domain/text.js';
import { message, type Message } from '../../shared/i18n/message.js';
import { toLocalText } from '../../shared/i18n/toLocalText.js';

/**
 * A failed API call as the UI sees it: the store's own Message, passed through as it came
 * (it already says what to do next), so a toast can show it in the chosen language.
 */
export class ApiCallError extends Error {
  constructor(
    readonly method: ApiMethod,
    readonly code: ApiErrorCode,
    readonly text: Message,
  ) {
    super(`${method}: ${text.key}`);
    this.name = 'ApiCallError';
  }
}

/** When the transport itself breaks (host gone, IPC closed) there is no store message: we write one. */
const unreachable = (): Message => message('error.unreachable');

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
      throw new ApiCallError(method, 'internal', unreachable());
    }
    if (result.ok) return result.value;
    throw new ApiCallError(method, result.error.code, result.error.text);
  }
}

/** What to tell the user about a failed call. */
export function errorMessage(error: unknown): Message {
  if (error instanceof ApiCallError) return error.text;
  return message('error.unexpected');
}

/** The same in both languages, for the toasts and notices that still keep LocalText. */
export function errorText(error: unknown): LocalText {
  return toLocalText(errorMessage(error));
}
