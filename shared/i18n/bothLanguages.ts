import type { Lang, LocalText } from '../domain/text.js';
import type { MessageKey } from './catalogue.js';
import { isMessage, type Message, type MessageParams } from './message.js';
import { translator } from './translator.js';

/**
 * A catalogue text in both languages, for data that travels as LocalText (built-in
 * competency and function names in the store and the API, team model pros and cons):
 * the words stay in the catalogue, the data keeps its shape.
 */
export function bothLanguagesOf(key: MessageKey, params?: MessageParams): LocalText {
  return { nl: translator('nl').t(key, params), en: translator('en').t(key, params) };
}

/** A text that is either a catalogue message or the user's (or data's) own text in both languages, in one language. */
export function textIn(lang: Lang, text: Message | LocalText): string {
  return isMessage(text) ? translator(lang).render(text) : text[lang];
}
