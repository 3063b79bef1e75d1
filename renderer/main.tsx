import './app/zodWithoutEval.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.js';
import { createTransport } from './api/transport/createTransport.js';
import { safeBrowserStorage } from './app/KeyValueStorage.js';
import { RootStore } from './app/RootStore.js';
import { StoreProvider } from './app/StoreContext.js';
import { createRendererI18n, followLanguage } from './i18n/rendererI18n.js';
import './ui/app.css';

// The transport is chosen by the host (Electron preload or browser host); the stores never know which.
const store = new RootStore(createTransport(), safeBrowserStorage());
void store.start();

// One i18next instance for the whole renderer; its language follows the UI store's for the app's lifetime.
const i18n = createRendererI18n(store.ui.lang);
followLanguage(i18n, () => store.ui.lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
