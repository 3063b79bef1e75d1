/**
 * Where the HiGHS worker file is. Run from source (tsx, the tests, the browser host) it
 * sits beside its client module. In the desktop app the main process is one CommonJS
 * bundle without `import.meta.url`, and the worker is bundled beside it as
 * `highsWorker.cjs` with its `highs.wasm` (scripts/build-electron.mjs). A worker thread
 * cannot start from inside the asar archive, so electron-builder unpacks both and the
 * path points into `app.asar.unpacked`.
 */
export function highsWorkerLocation(moduleUrl: string | undefined, bundleDir: string | undefined): URL | string {
  if (moduleUrl) return new URL('./highsWorker.mjs', moduleUrl);
  if (!bundleDir) throw new Error('highsWorkerLocation: neither a module URL nor a bundle folder');
  return `${bundleDir}/highsWorker.cjs`.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
