import type { Lang, LocalText } from '../../shared/domain/text.js';
import { en } from './en.js';
import { nl, type MessageKey } from './nl.js';

export type { MessageKey };
export type Params = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { nl, en };

/** Fills `{name}` placeholders; numbers are written the way the language writes them. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

// Creating an Intl.NumberFormat is expensive (it dominated a profile of the 500-person board): one per language.
const numberFormats: Record<Lang, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** The same message in both languages, for texts kept beyond one render (undo labels, toasts). */
export function bothLanguages(key: MessageKey, params?: Params): LocalText {
  return { nl: translate('nl', key, params), en: translate('en', key, params) };
}

export function formatNumber(lang: Lang, value: number): string {
  return numberFormats[lang].format(value);
}

export function percent(value: number): number {
  return Math.round(value * 100);
}
