import { createTransport } from './api/transport/createTransport.js';
import { safeBrowserStorage } from './app/KeyValueStorage.js';
import { prefetching } from './app/prefetchingTransport.js';
import { LAST_SCENARIO_KEY, startupCalls } from './app/startupCalls.js';
import './ui/app.css';

/**
 * The entry is kept small on purpose: it sends the startup calls first, then loads the
 * rest of the app, so the store reads the data while the browser fetches and evaluates
 * React and the screens (about 1 MB) instead of after (docs/performance.md, cold start).
 */
performance.mark('wtp:entry-evaluated');
// Asked for before the data: a host serving files and answers in one process then sends
// the code first, and computes the answers while the browser compiles it.
const app = import('./app/startApp.js');
const storage = safeBrowserStorage();
// The transport is chosen by the host (Electron preload or browser host); the stores never know which.
const early = prefetching(createTransport(), startupCalls(storage.getItem(LAST_SCENARIO_KEY)));

const { startApp } = await app;
performance.mark('wtp:app-evaluated');
startApp(early, storage);
