// Where the Electron binary of node_modules/electron is, or why it is not there. The
// electron package writes the binary's relative path to path.txt after downloading it
// in its postinstall; with ELECTRON_SKIP_BINARY_DOWNLOAD (or a blocked download) both
// are missing, and `npm run test:desktop` must say so instead of failing obscurely.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} root the project folder
 * @returns {{ ok: true, binary: string } | { ok: false, reason: 'notInstalled' | 'noBinary', expected?: string }}
 */
export function findElectronBinary(root) {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(path.join(pkgDir, 'package.json'))) return { ok: false, reason: 'notInstalled' };
  const pathFile = path.join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return { ok: false, reason: 'noBinary' };
  const binary = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { ok: true, binary } : { ok: false, reason: 'noBinary', expected: binary };
}

/** What to tell the developer when the binary is absent: what is wrong and the two ways to fix it. */
export function missingBinaryMessage(result) {
  const what =
    result.reason === 'notInstalled'
      ? 'The electron package is not installed (node_modules/electron is missing).'
      : `The Electron binary is not installed${result.expected ? ` (expected ${result.expected})` : ''}: it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD) or its download was blocked.`;
  return [
    `test:desktop needs the real Electron binary. ${what}`,
    'Install it with:  npm ci   (without ELECTRON_SKIP_BINARY_DOWNLOAD)',
    'Behind a proxy or firewall:  ELECTRON_MIRROR=https://<your mirror>/electron/ npm ci',
    'npm test does not need Electron and runs as before.',
  ].join('\n');
}
