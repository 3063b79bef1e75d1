import type { LocalText } from '../domain/text.js';
import type { Message } from './message.js';
import { translator } from './translator.js';

/**
 * A message rendered in both languages, for the few places that keep text in both (the
 * JSON report's documented `{ nl, en }` and consumers not yet moved to Messages).
 */
export function toLocalText(text: Message): LocalText {
  return { nl: translator('nl').render(text), en: translator('en').render(text) };
}
