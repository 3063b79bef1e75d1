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
    // One ~1 MB bundle read from the local disk, never over a network: splitting it would
    // add requests without saving a user anything. It grew from ~750 kB with the message
    // catalogue in two languages, the compose dialog and zod-checked API answers; the
    // limit keeps the next real jump visible.
    chunkSizeWarningLimit: 1100,
  },
});
