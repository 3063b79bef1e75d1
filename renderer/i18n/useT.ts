import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/domain/text.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { type I18nextT, type Translator, translatorOver } from '../../shared/i18n/translator.js';

/**
 * The translator for the current language, from react-i18next: the component re-renders
 * when the language changes. Parameters are prepared exactly as the shared translator
 * does (numbers per language, nested messages, a user's own text in both languages).
 */
export function useTranslator(): Translator {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  return useMemo(() => translatorOver(lang, t as unknown as I18nextT), [lang, t]);
}

/** Just the `t` of `useTranslator()`: most components only look keys up. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  return useTranslator().t;
}
