// Where electron-builder's `--dir` build puts the app's executable, per platform
// (directories.output is `release/` in build/electron-builder.config.cjs). The desktop
// suite runs a second time against it: the app as users get it, asar and fuses included.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} releaseDir the builder's output folder
 * @param {NodeJS.Platform} platform
 * @param {string} productName
 * @param {string} executableName linux executable name (electron-builder uses the package name, lower case)
 * @returns {string | null} the executable, or null when no unpacked app is there
 */
export function unpackedExecutable(releaseDir, platform, productName, executableName) {
  if (!existsSync(releaseDir)) return null;
  const dirs = readdirSync(releaseDir);
  let candidate = null;
  if (platform === 'linux') {
    const dir = dirs.find((d) => /^linux(-[a-z0-9]+)?-unpacked$/.test(d));
    if (dir) candidate = path.join(releaseDir, dir, executableName);
  } else if (platform === 'win32') {
    const dir = dirs.find((d) => /^win(-[a-z0-9]+)?-unpacked$/.test(d));
    if (dir) candidate = path.join(releaseDir, dir, `${productName}.exe`);
  } else if (platform === 'darwin') {
    const dir = dirs.find((d) => /^mac(-[a-z0-9]+)?$/.test(d));
    if (dir) candidate = path.join(releaseDir, dir, `${productName}.app`, 'Contents', 'MacOS', productName);
  }
  return candidate && existsSync(candidate) ? candidate : null;
}
