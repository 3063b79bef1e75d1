import type { LocalText } from '../domain/text.js';
import { message, type Message } from './message.js';

/**
 * "a, b en c" as one message, so a list reads naturally in both languages. One list rule
 * for every screen, export and report that names several things in a sentence. An item may
 * be a user's text in both languages (a function's name, `functionText`).
 */
export function listOf<Item extends string | Message | LocalText>(items: readonly Item[]): Message | Item {
  if (items.length === 1) return items[0]!;
  const last = items[items.length - 1]!;
  let head: Item | Message = items[0]!;
  for (const next of items.slice(1, -1)) head = message('list.next', { first: head, next });
  return message('list.last', { first: head, last });
}
