import type { Lang, LocalText } from '../../shared/domain/text.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { translator } from '../../shared/i18n/translator.js';

export type { MessageKey };
export type Params = MessageParams;

/** A catalogue text in one language (shared/i18n, through i18next). */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return translator(lang).t(key, params);
}

/** The same message in both languages, for texts kept beyond one render (undo labels, toasts). */
export function bothLanguages(key: MessageKey, params?: Params): LocalText {
  return { nl: translate('nl', key, params), en: translate('en', key, params) };
}

export function formatNumber(lang: Lang, value: number): string {
  return translator(lang).number(value);
}

export function percent(value: number): number {
  return Math.round(value * 100);
}
