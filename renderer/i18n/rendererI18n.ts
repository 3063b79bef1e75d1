import { createInstance, type i18n } from 'i18next';
import { reaction } from 'mobx';
import type { Lang } from '../../shared/domain/text.js';
import { i18nextOptions } from '../../shared/i18n/translator.js';

/**
 * The renderer's one i18next instance, with both languages in memory, given to the
 * components through react-i18next's I18nextProvider. The options are the shared
 * translator's, so a text reads the same on screen as in the report and the exports.
 */
export function createRendererI18n(lang: Lang): i18n {
  const instance = createInstance();
  void instance.init({
    ...i18nextOptions(lang),
    // Both catalogues are bundled: nothing to wait for, so never suspend a render.
    react: { useSuspense: false, bindI18n: 'languageChanged' },
  });
  return instance;
}

/**
 * The one place where the renderer's language changes: it follows UiStore.lang. Every
 * component that translates through `useT`/`useTranslator` re-renders on the switch
 * (react-i18next listens to `languageChanged`). Returns the disposer.
 */
export function followLanguage(instance: i18n, currentLang: () => Lang): () => void {
  return reaction(currentLang, (lang) => void instance.changeLanguage(lang), { fireImmediately: true });
}
