#!/usr/bin/env node
// Bundles the Electron main process and the preload into out/electron/ (part of
// `npm run build`). Both are CommonJS (.cjs): sandboxed preloads must be, and a CJS
// main keeps native-module loading simple. Both are self-contained: the preload can
// require nothing but 'electron' (sandbox), and main bundles every JavaScript package
// it uses (zod, exceljs, papaparse), so the packaged app ships only better-sqlite3 in
// node_modules (a native addon cannot be bundled) instead of every dependency.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Electron 45 runs Chromium 140 and Node 22.
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/** esbuild options for both bundles; tests build with these too, into their own folder. */
export function electronBuildOptions(outDir = path.join(root, 'out', 'electron')) {
  return {
    main: {
      ...common,
      entryPoints: ['electron/main.ts'],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['electron', 'better-sqlite3'],
    },
    preload: {
      ...common,
      entryPoints: ['electron/preload.ts'],
      outfile: path.join(outDir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome140',
      external: ['electron'],
      // It carries the contract's method list (and so zod); minified it loads faster per window.
      minify: true,
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = electronBuildOptions();
  await Promise.all([build(options.main), build(options.preload)]);
}
