import { type ApiErrorCode, fail, type Result } from '../../../shared/api/result.js';
import type { MessageKey } from '../../../shared/i18n/catalogue.js';
import { message } from '../../../shared/i18n/message.js';

/**
 * A failure the transport writes itself (the host cannot be reached), in the store's
 * error format: a Message the toast renders in the language chosen then.
 */
export function failWith(code: ApiErrorCode, key: MessageKey): Result<never> {
  return fail(code, message(key));
}
