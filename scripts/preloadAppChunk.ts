import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Vite plugin: `<link rel="modulepreload">` in index.html for the chunk of `appModule` (a module
 * the entry imports dynamically: the app, renderer/app/startApp.tsx) and the chunks it needs,
 * and a style preload for its CSS. Other dynamic imports (the zod check of a failed answer)
 * stay lazy.
 *
 * Why: main.tsx sends the startup calls first and only then imports the app, so the browser
 * used to ask for the 1 MB app chunk only after the entry had been fetched and evaluated.
 * With the preload the chunk is fetched (and compiled off the main thread) while the entry
 * is still loading; the entry still runs first and still sends the calls before the app
 * evaluates. Vite itself preloads only the entry's static imports.
 */
export function preloadAppChunk(appModule: string): Plugin {
  let base = './';
  return {
    name: 'wtp-preload-app-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { chunk, bundle }) {
        if (!chunk || !bundle) return html;
        const already = new Set(chunk.imports);
        const tags: HtmlTagDescriptor[] = [];
        const preload = (attrs: Record<string, string | boolean>) =>
          tags.push({ tag: 'link', attrs, injectTo: 'head' });
        for (const file of chunk.dynamicImports) {
          const lazy = bundle[file];
          if (lazy?.type !== 'chunk' || !lazy.facadeModuleId?.endsWith(appModule)) continue;
          for (const needed of [file, ...lazy.imports.filter((dep) => !already.has(dep))]) {
            already.add(needed);
            preload({ rel: 'modulepreload', crossorigin: true, href: base + needed });
          }
          for (const css of lazy.viteMetadata?.importedCss ?? []) {
            preload({ rel: 'preload', as: 'style', crossorigin: true, href: base + css });
          }
        }
        return { html, tags };
      },
    },
  };
}
