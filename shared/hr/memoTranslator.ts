import { isMessage, type Message, type MessageParam, type MessageParams } from '../i18n/message.js';
import type { Translator } from '../i18n/translator.js';

/**
 * A translator that words each distinct message once. An export of a thousand teams
 * renders hundreds of thousands of messages through i18next, most of them again and
 * again (the same "deels gedekt in Jeugd (niveau 3 nodig, 1 van 2)" in many cells, the
 * same advice in many teams): profiles showed wording at 40% of the XLSX.
 *
 * A nested message is rendered first (remembered too) and handed on as its text: that is
 * exactly what the translator does with a nested message, so every text is the one the
 * plain translator gives. Numbers, a user's own text and `count` pass on untouched.
 * Keep one per export or per overview: it remembers every text it made.
 */
export function memoTranslator(tr: Translator): Translator {
  const known = new Map<string, string>();
  const t: Translator['t'] = (key, params) => {
    if (params === undefined) return remember(key, () => tr.t(key));
    const flat: Record<string, Exclude<MessageParam, Message>> = {};
    for (const [name, value] of Object.entries(params)) flat[name] = isMessage(value) ? render(value) : value;
    return remember(`${key}\u0000${JSON.stringify(flat)}`, () => tr.t(key, flat as MessageParams));
  };
  const render = (text: Message): string => t(text.key, text.params);
  const remember = (id: string, word: () => string): string => {
    let text = known.get(id);
    if (text === undefined) {
      text = word();
      known.set(id, text);
    }
    return text;
  };
  return { lang: tr.lang, t, render, number: (value) => tr.number(value) };
}
