import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { KeyValueStorage } from './KeyValueStorage.js';
import { App } from './App.js';
import { AppLocale } from './AppLocale.js';
import type { PrefetchingTransport } from './prefetchingTransport.js';
import { RootStore } from './RootStore.js';
import { StoreProvider } from './StoreContext.js';
import { whenBoardCanShow } from './whenBoardCanShow.js';
import { createRendererI18n, followLanguage } from '../i18n/rendererI18n.js';

/**
 * The app proper: stores, i18next and React, mounted on #root. Loaded by main.tsx after
 * it has sent the startup calls, so this (nearly all of the code) is fetched and
 * evaluated while the store answers them.
 */
export function startApp(early: PrefetchingTransport, storage: KeyValueStorage): void {
  const store = new RootStore(early.transport, storage);
  void store.start().finally(() => early.forget());

  // One i18next instance for the whole renderer; its language follows the UI store's for the app's lifetime.
  const i18n = createRendererI18n(store.ui.lang);
  followLanguage(i18n, () => store.ui.lang);

  // The first frame is the board, not a loading line it replaces a moment later.
  whenBoardCanShow(
    () => store.ready,
    () =>
      createRoot(document.getElementById('root')!).render(
        <StrictMode>
          <I18nextProvider i18n={i18n}>
            <StoreProvider store={store}>
              <AppLocale ui={store.ui}>
                <App />
              </AppLocale>
            </StoreProvider>
          </I18nextProvider>
        </StrictMode>,
      ),
  );
}
