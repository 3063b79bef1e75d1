import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { createTransport } from './api/transport/createTransport.js';
import { safeBrowserStorage } from './stores/KeyValueStorage.js';
import { RootStore } from './stores/RootStore.js';
import { StoreProvider } from './stores/StoreContext.js';
import './styles/app.css';

// The transport is chosen by the host (Electron preload or browser host); the stores never know which.
const store = new RootStore(createTransport(), safeBrowserStorage());
void store.start();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
