import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../domain/text.js';
import { CATALOGUES, type MessageKey } from './catalogue.js';
import { isLocalText, isMessage, type Message, type MessageParams } from './message.js';

/**
 * Renders catalogue keys in one language through i18next: its plural rules (a `count`
 * parameter picks `x_one` or `x_other`) and interpolation of `{name}` placeholders.
 * Numbers are written the way the language writes them (1,5 in Dutch, 1.5 in English);
 * a parameter that is itself a message is rendered first, in the same language, and of a
 * text the user wrote in both languages the language's own version is taken.
 */
export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  render(text: Message): string;
  number(value: number): string;
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

// One translator per language: creating an i18next instance or an Intl.NumberFormat is
// far more expensive than a lookup (the number format dominated a profile of the board).
const translators = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  let found = translators.get(lang);
  if (!found) {
    found = createTranslator(lang);
    translators.set(lang, found);
  }
  return found;
}

function createTranslator(lang: Lang): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: CATALOGUES[lang] } },
    // Keys are flat ('board.title'): dots and colons are part of the key.
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
    // React, the terminal and the spreadsheet writers escape for themselves.
    interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  });
  const fixedT: TFunction = instance.getFixedT(lang);
  const numbers = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  const number = (value: number): string => numbers.format(value);

  const t = (key: MessageKey, params?: MessageParams): string => {
    if (params === undefined) return fixedT(key);
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(params)) {
      values[name] =
        typeof value === 'number'
          ? number(value)
          : isMessage(value)
            ? render(value)
            : isLocalText(value)
              ? value[lang]
              : value;
    }
    // i18next picks the plural form from a numeric `count`; the text shows it formatted.
    if (typeof params.count === 'number') {
      return fixedT(key, { ...values, count: params.count, replace: values });
    }
    return fixedT(key, values);
  };
  const render = (text: Message): string => t(text.key, text.params);
  return { lang, t, render, number };
}
