import '../../app/zodWithoutEval.js';
import { messageSchema } from '../../../shared/i18n/messageSchema.js';

/**
 * Whether an error answer's text is a well-formed Message. Its own module, loaded only
 * when an answer is a failure: zod (about 90 kB) then stays out of the small entry that
 * sends the startup calls (docs/performance.md, cold start).
 */
export function isMessageText(text: unknown): boolean {
  return messageSchema.safeParse(text).success;
}
