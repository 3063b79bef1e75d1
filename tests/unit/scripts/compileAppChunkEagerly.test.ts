import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { compileAppChunkEagerly } from '../../../scripts/compileAppChunkEagerly.js';

/** A bundle as the plugin sees it at generateBundle: the app chunk, its map asset, and another chunk. */
function bundle() {
  const appMap = { version: 3, sources: ['startApp.tsx'], names: [], mappings: 'AAAA;AACA' };
  return {
    'assets/startApp-x.js': {
      type: 'chunk',
      facadeModuleId: '/repo/renderer/app/startApp.tsx',
      code: 'import{a}from"./b.js";\nexport const c=1;',
      map: { ...appMap },
      sourcemapFileName: 'assets/startApp-x.js.map',
    },
    'assets/startApp-x.js.map': { type: 'asset', source: JSON.stringify(appMap) },
    'assets/index-y.js': { type: 'chunk', facadeModuleId: '/repo/renderer/main.tsx', code: 'main();', map: null },
  };
}

function run(files: ReturnType<typeof bundle>): void {
  const plugin = compileAppChunkEagerly('/app/startApp.tsx');
  const hook = plugin.generateBundle as (options: unknown, bundle: Rollup.OutputBundle) => void;
  hook.call({}, {}, files as unknown as Rollup.OutputBundle);
}

describe('compileAppChunkEagerly', () => {
  it("puts V8's compile hint on the app chunk's first line and moves its source map down one line", () => {
    const files = bundle();
    run(files);
    const app = files['assets/startApp-x.js'];
    expect(app.code.split('\n')).toEqual([
      '//# allFunctionsCalledOnLoad',
      'import{a}from"./b.js";',
      'export const c=1;',
    ]);
    expect(app.map.mappings).toBe(';AAAA;AACA');
    expect((JSON.parse(files['assets/startApp-x.js.map'].source) as { mappings: string }).mappings).toBe(';AAAA;AACA');
  });

  it('leaves every other chunk as it is', () => {
    const files = bundle();
    run(files);
    expect(files['assets/index-y.js'].code).toBe('main();');
  });
});
