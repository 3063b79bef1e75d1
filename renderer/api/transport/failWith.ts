import { type ApiErrorCode, fail, type Result } from '../../../shared/api/result.js';
import type { MessageKey } from '../../../shared/i18n/catalogue.js';
import { translator } from '../../../shared/i18n/translator.js';

/**
 * A failure the transport writes itself (the host cannot be reached), in the store's
 * error format, which carries both languages: the toast shows the one chosen then.
 */
export function failWith(code: ApiErrorCode, key: MessageKey): Result<never> {
  return fail(code, translator('nl').t(key), translator('en').t(key));
}
