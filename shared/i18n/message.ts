import type { LocalText } from '../domain/text.js';
import type { MessageKey } from './catalogue.js';

/**
 * A text not yet in a language: a catalogue key and its parameters. Pure code (engine,
 * advice, validation, HR tables) returns these; each process renders them in the
 * user's language with its translator. A parameter may itself be a message (a
 * competency's name, a status word), rendered in the same language, or a text the
 * user wrote in both languages (an own competency's name).
 */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export type MessageParam = string | number | Message | LocalText;
export type MessageParams = Readonly<Record<string, MessageParam>>;

export function message(key: MessageKey, params?: MessageParams): Message {
  return params === undefined ? { key } : { key, params };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

export function isLocalText(value: unknown): value is LocalText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { nl?: unknown }).nl === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}
