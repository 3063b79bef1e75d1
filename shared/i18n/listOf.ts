import { message, type Message } from './message.js';

/**
 * "a, b en c" as one message, so a list reads naturally in both languages. One list rule
 * for every screen, export and report that names several things in a sentence.
 */
export function listOf(items: readonly (string | Message)[]): Message | string {
  if (items.length === 1) return items[0]!;
  const last = items[items.length - 1]!;
  const head = items.slice(0, -1).reduce((first, next) => message('list.next', { first, next }));
  return message('list.last', { first: head, last });
}
