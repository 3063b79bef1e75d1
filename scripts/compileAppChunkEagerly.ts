import type { Plugin } from 'vite';

/** V8's explicit compile hint: every function of the script is compiled while it is parsed. */
const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Vite plugin: puts V8's compile hint `//# allFunctionsCalledOnLoad` on the first line of the
 * chunk of `appModule` (the app, renderer/app/startApp.tsx) and shifts its source map by that
 * one line.
 *
 * Why: V8 compiles a function only when it is first called, on the page's main thread. At a
 * cold start nearly all of the app chunk runs at once (evaluating its modules, the board's
 * first render), so that compiling sat between the data's arrival and the board. With the hint
 * Chromium compiles the whole chunk on its background parser thread, while the main thread
 * still waits for the chunk (docs/performance.md, "Fifth round: cold start"). The screens not
 * shown at start are compiled too; that costs background time only. Electron's Chromium
 * reads the same hint; the V8 code cache of later starts is unaffected.
 */
export function compileAppChunkEagerly(appModule: string): Plugin {
  return {
    name: 'wtp-compile-app-chunk-eagerly',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.facadeModuleId?.endsWith(appModule)) continue;
        output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
        // The map's lines: one more, empty, at the top. The written .map is an asset of its own.
        if (output.map) output.map.mappings = `;${output.map.mappings}`;
        const mapFile = output.sourcemapFileName ? bundle[output.sourcemapFileName] : undefined;
        if (mapFile?.type === 'asset' && typeof mapFile.source === 'string') {
          const map = JSON.parse(mapFile.source) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          mapFile.source = JSON.stringify(map);
        }
      }
    },
  };
}
