import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { E2E_STATIC_ROOT } from './staticRoot.js';

const root = path.resolve(import.meta.dirname, '../../..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer once before the suite when the build is missing or older than
 * the sources (scripts/test-all.mjs has usually just built it, so this is then a
 * no-op), then serves the tests from a private copy: a build started elsewhere empties
 * out/renderer, which must not blank the pages of a running suite.
 */
export default function globalSetup(): void {
  const built = path.join(root, 'out', 'renderer');
  const index = path.join(built, 'index.html');
  const sources = Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared')));
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('globalSetup: npm run build:renderer failed');
  }
  rmSync(E2E_STATIC_ROOT, { recursive: true, force: true });
  cpSync(built, E2E_STATIC_ROOT, { recursive: true });
}
