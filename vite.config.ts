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
    // sends the startup calls, the ~1.07 MB app chunk (preloaded from index.html by
    // preloadAppChunk) and zod, loaded only to check a failed answer's text. Splitting the
    // app further made the cold start slower (docs/performance.md); the limit keeps the
    // next real jump of the app chunk visible.
    chunkSizeWarningLimit: 1100,
  },
});
