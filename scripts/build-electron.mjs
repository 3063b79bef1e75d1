#!/usr/bin/env node
// Bundles the Electron main process and the preload into out/electron/ (part of
// `npm run build`). Both are CommonJS (.cjs): sandboxed preloads must be, and a CJS
// main keeps native-module loading simple. Both are self-contained: the preload can
// require nothing but 'electron' (sandbox), and main bundles every JavaScript package
// it uses (zod, exceljs, papaparse), so the packaged app ships only better-sqlite3 in
// node_modules (a native addon cannot be bundled) instead of every dependency.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
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
      // A CommonJS bundle has no import.meta: code that asks for it falls back to __dirname.
      define: { 'import.meta.url': 'undefined' },
      // node-postgres's optional native binding, never used (node/sharedDb/pgNativeAbsent.cjs).
      alias: { 'pg-native': './node/sharedDb/pgNativeAbsent.cjs' },
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
    // The composer's HiGHS worker thread (node/compose), started by main from this file.
    highsWorker: {
      ...common,
      entryPoints: ['node/compose/highsWorker.mjs'],
      outfile: path.join(outDir, 'highsWorker.cjs'),
      platform: 'node',
      target: 'node22',
      // HiGHS's CommonJS build: its ES module build finds itself through import.meta.url,
      // which a CommonJS bundle does not have.
      alias: { highs: './node_modules/highs/build/highs.js' },
    },
  };
}

/** HiGHS's WebAssembly beside the bundled worker, which loads it from its own folder. */
export function copyHighsWasm(outDir = path.join(root, 'out', 'electron')) {
  mkdirSync(outDir, { recursive: true });
  copyFileSync(path.join(root, 'node_modules', 'highs', 'build', 'highs.wasm'), path.join(outDir, 'highs.wasm'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = electronBuildOptions();
  await Promise.all([build(options.main), build(options.preload), build(options.highsWorker)]);
  copyHighsWasm();
}
