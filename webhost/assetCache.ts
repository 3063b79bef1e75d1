import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The built renderer's code and styles (`assets/*.js`, `assets/*.css`, about 1.2 MB),
 * read into memory when the host starts. Cold start: the page asks for its code and, at
 * once, for its data; one Node thread serves both, and a disk read that finishes while
 * the store computes an answer waits behind it. From memory the code goes out at once
 * and the browser compiles it while the store works. The names carry a content hash, so
 * a file never changes under its name; source maps stay on disk (only developer tools
 * ask for them). An unbuilt renderer gives an empty cache: `serveStatic` reports it.
 */
export type AssetCache = ReadonlyMap<string, Buffer>;

const CACHED = /\.(js|css)$/;

export function readAssets(staticRoot: string): AssetCache {
  const dir = path.join(path.resolve(staticRoot), 'assets');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return new Map();
  }
  return new Map(
    names.filter((name) => CACHED.test(name)).map((name) => [path.join(dir, name), readFileSync(path.join(dir, name))]),
  );
}
