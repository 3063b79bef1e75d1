import { useStores } from '../app/StoreContext.js';
import { type MessageKey, type Params, translate } from './translate.js';

/** The translator for the current language; components are observers, so a language switch re-renders them. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const { ui } = useStores();
  const lang = ui.lang;
  return (key, params) => translate(lang, key, params);
}
