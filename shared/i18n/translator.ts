import i18next, { type InitOptions } from 'i18next';
import type { Lang } from '../domain/text.js';
import { CATALOGUES, type MessageKey } from './catalogue.js';
import { isLocalText, isMessage, type Message, type MessageParams } from './message.js';
import { fillPlain, plainTemplate, type PlainTemplate } from './plainTemplate.js';

/**
 * Renders catalogue keys in one language through i18next: its plural rules (a `count`
 * parameter picks `x_one` or `x_other`) and interpolation of `{name}` placeholders.
 * Numbers are written the way the language writes them (1,5 in Dutch, 1.5 in English);
 * a parameter that is itself a message is rendered first, in the same language, and of a
 * text the user wrote in both languages the language's own version is taken.
 *
 * The node side (report, exports, main process) uses `translator(lang)`; the renderer
 * has one i18next instance of its own (react-i18next) built from the same
 * `i18nextOptions` and wraps its `t` with the same `translatorOver`, so a text reads the
 * same wherever it is rendered.
 */
export interface Translator {
  readonly lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  render(text: Message): string;
  number(value: number): string;
}

/** The part of an i18next `t` we call: a key and the prepared interpolation options. */
export type I18nextT = (key: string, options?: Record<string, unknown>) => string;

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 locale the app writes a language in: for Intl, and for react-aria's I18nProvider. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** The init options of every i18next instance that renders the catalogue, starting in `lang`. */
export function i18nextOptions(lang: Lang): InitOptions {
  return {
    lng: lang,
    fallbackLng: false,
    supportedLngs: ['nl', 'en'],
    resources: {
      nl: { translation: CATALOGUES.nl },
      en: { translation: CATALOGUES.en },
    },
    // Keys are flat ('board.title'): dots and colons are part of the key.
    keySeparator: false,
    nsSeparator: false,
    // Everything is in memory: init and changeLanguage finish synchronously.
    initAsync: false,
    returnNull: false,
    // React, the terminal and the spreadsheet writers escape for themselves.
    interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  };
}

// The plural rule i18next applies for the language (it asks Intl with the bare language code).
const pluralRules = new Map<Lang, Intl.PluralRules>();

function pluralRulesOf(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang, { type: 'cardinal' });
    pluralRules.set(lang, rules);
  }
  return rules;
}

/**
 * Decimals a number is written with, and typed with (`shared/i18n/numberInput.ts`): hours
 * are entered to the quarter (6,25), so they are shown as entered and totals add up on
 * screen. Numbers the planner computes with more decimals are rounded where they are made
 * (whole percentages, fte to one decimal for the screens: `fteShown`).
 */
export const NUMBER_FRACTION_DIGITS = 2;

// One number format per language: creating an Intl.NumberFormat is far more expensive
// than a lookup (it dominated a profile of the board).
const numberFormats = new Map<Lang, Intl.NumberFormat>();
/**
 * The numbers already written, per language. The board writes the same few over and over
 * (levels, hours, counts: a few hundred calls at the first render, a few dozen distinct
 * values), and `format` itself was about 7 ms of a cold start's profile. Emptied when it
 * grows past `FORMATTED_KEPT`, so a session that meets many numbers keeps a small map.
 */
const formatted = new Map<Lang, Map<number, string>>();
const FORMATTED_KEPT = 2000;

function numberFormatOf(lang: Lang): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: NUMBER_FRACTION_DIGITS });
    numberFormats.set(lang, format);
  }
  return format;
}

export function formatNumber(lang: Lang, value: number): string {
  // -0 and 0 are one key of a Map, and Intl writes them differently ("-0" and "0").
  if (Object.is(value, -0)) return numberFormatOf(lang).format(value);
  let known = formatted.get(lang);
  if (!known) {
    known = new Map();
    formatted.set(lang, known);
  }
  let text = known.get(value);
  if (text === undefined) {
    text = numberFormatOf(lang).format(value);
    if (known.size >= FORMATTED_KEPT) known.clear();
    known.set(value, text);
  }
  return text;
}

/**
 * The interpolation options for i18next from a message's parameters, in one language:
 * numbers formatted, nested messages rendered (with `render`), a user's own text in its
 * language. A numeric `count` stays a number so i18next can pick the plural form; the
 * text shows it formatted.
 */
function prepareParams(lang: Lang, params: MessageParams, render: (text: Message) => string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] =
      typeof value === 'number'
        ? formatNumber(lang, value)
        : isMessage(value)
          ? render(value)
          : isLocalText(value)
            ? value[lang]
            : value;
  }
  if (typeof params.count === 'number') return { ...values, count: params.count, replace: values };
  return values;
}

/**
 * A Translator over an i18next `t` that is fixed to `lang`. With `texts`, the raw catalogue
 * that i18next instance holds for `lang`, plain texts are rendered without i18next, to the
 * same result (plainTemplate.ts); everything else still goes through `fixedT`.
 */
export function translatorOver(lang: Lang, fixedT: I18nextT, texts?: Readonly<Record<string, unknown>>): Translator {
  // Compiled on a key's first use: most keys are never shown in a session.
  const templates = new Map<string, PlainTemplate | null>();
  const templateOf = (key: string): PlainTemplate | null => {
    let template = templates.get(key);
    if (template === undefined) {
      template = texts && Object.hasOwn(texts, key) ? plainTemplate(texts[key]) : null;
      templates.set(key, template);
    }
    return template;
  };
  const plainText = (key: string, params: MessageParams | undefined, values: Record<string, unknown> | undefined) => {
    if (params === undefined || !('count' in params)) {
      const template = templateOf(key);
      return template ? fillPlain(template, values) : null;
    }
    // A plural as i18next does it: the form `key_one`/`key_other` by the language's plural rule
    // for a numeric count, filled from the prepared values (`replace`, the count formatted).
    if (typeof params.count !== 'number' || !texts || (params.count === 0 && Object.hasOwn(texts, `${key}_zero`))) {
      return null;
    }
    // A key without plural forms (a count that is just a value) is the text itself, as in i18next.
    const form = `${key}_${pluralRulesOf(lang).select(params.count)}`;
    const template = templateOf(Object.hasOwn(texts, form) ? form : key);
    if (!template) return null;
    const { count, ...others } = values!.replace as Record<string, unknown>;
    return fillPlain(template, template.names.includes('count') ? { ...others, count } : others);
  };
  const t = (key: MessageKey, params?: MessageParams): string => {
    const values = params === undefined ? undefined : prepareParams(lang, params, render);
    const plain = texts ? plainText(key, params, values) : null;
    if (plain !== null) return plain;
    return values === undefined ? fixedT(key) : fixedT(key, values);
  };
  const render = (text: Message): string => t(text.key, text.params);
  const number = (value: number): string => formatNumber(lang, value);
  return { lang, t, render, number };
}

// One translator per language: creating an i18next instance is far more expensive than a lookup.
const translators = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  let found = translators.get(lang);
  if (!found) {
    const instance = i18next.createInstance();
    void instance.init(i18nextOptions(lang));
    found = translatorOver(lang, instance.getFixedT(lang) as unknown as I18nextT, CATALOGUES[lang]);
    translators.set(lang, found);
  }
  return found;
}
