import type { i18n } from 'i18next';
import { useContext, useSyncExternalStore } from 'react';
import { I18nContext } from 'react-i18next';
import type { Lang } from '../../shared/domain/text.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { type I18nextT, type Translator, translatorOver } from '../../shared/i18n/translator.js';

/**
 * One Translator per language and i18next instance, shared by every component. Reading the
 * instance from react-i18next's context (rather than its `useTranslation`, which copies
 * the whole instance into a wrapper for each component it mounts) took a tenth off the
 * board's first render at 500 people (docs/performance.md, cold start).
 */
interface Binding {
  translators: Map<Lang, Translator>;
  subscribe: (onChange: () => void) => () => void;
}
const bindings = new WeakMap<i18n, Binding>();

function bindingOf(instance: i18n): Binding {
  let binding = bindings.get(instance);
  if (!binding) {
    binding = {
      translators: new Map(),
      subscribe: (onChange) => {
        instance.on('languageChanged', onChange);
        return () => instance.off('languageChanged', onChange);
      },
    };
    bindings.set(instance, binding);
  }
  return binding;
}

/**
 * The translator for the current language: the component re-renders when the language
 * changes. Parameters are prepared exactly as the shared translator does (numbers per
 * language, nested messages, a user's own text in both languages).
 */
export function useTranslator(): Translator {
  const { i18n: instance } = useContext(I18nContext);
  const binding = bindingOf(instance);
  const current = () => instance.language;
  // The same snapshot on the server renderer (the store tests render components there).
  const language = useSyncExternalStore(binding.subscribe, current, current);
  const lang: Lang = language === 'en' ? 'en' : 'nl';
  let found = binding.translators.get(lang);
  if (!found) {
    // The raw texts this instance holds: plain ones are rendered without i18next's `t`.
    const texts = instance.getResourceBundle(lang, 'translation') as Record<string, unknown> | undefined;
    found = translatorOver(lang, instance.getFixedT(lang) as unknown as I18nextT, texts);
    binding.translators.set(lang, found);
  }
  return found;
}

/** Just the `t` of `useTranslator()`: most components only look keys up. */
export function useT(): (key: MessageKey, params?: MessageParams) => string {
  return useTranslator().t;
}
