import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { createTransport } from './api/transport/createTransport.js';
import { safeBrowserStorage } from './app/KeyValueStorage.js';
import { RootStore } from './app/RootStore.js';
import { StoreProvider } from './app/StoreContext.js';
import './ui/app.css';

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
