import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { preloadAppChunk } from './scripts/preloadAppChunk.js';

// Builds the renderer into out/renderer. Both the Electron shell (app:// protocol) and
// the browser host serve these same files. Relative base: no absolute origin is baked in.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), preloadAppChunk('/app/startApp.tsx')],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // Three scripts, read from the local disk, never over a network: the small entry that
    // sends the startup calls, the ~1.11 MB app chunk (preloaded from index.html by
    // preloadAppChunk) and zod, loaded only to check a failed answer's text. Splitting the
    // app further made the cold start slower (docs/performance.md). In the app chunk
    // (2026-11-30, from its source map): both message catalogues 231 kB, our renderer code
    // 211 kB, react-dom 203 kB, react-aria 226 kB, i18next 49 kB, mobx 44 kB. The limit
    // sits just above that, so every build is quiet and the next real jump shows.
    chunkSizeWarningLimit: 1200,
  },
});
