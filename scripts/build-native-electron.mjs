#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into its own folder, out/native/, and
// records where in out/native/electron-binding.json. Run by `npm start` before Electron
// starts. node_modules/better-sqlite3 keeps its Node build, so `npm test` (Node) and
// `npm start` (Electron) both work after one `npm install`, in either order.
//
// Uses @electron/rebuild, which first tries a prebuilt binary (prebuild-install, needs
// internet) and falls back to compiling (needs a C++ toolchain). A second run with the
// same Electron and better-sqlite3 versions does nothing.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

export const MANIFEST = path.join(root, 'out', 'native', 'electron-binding.json');

export function nativeTarget({ electronVersion, betterSqliteVersion, platform, arch }) {
  const dir = path.join(root, 'out', 'native', `electron-${electronVersion}-${platform}-${arch}`);
  return {
    dir,
    binding: path.join(dir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    manifest: { electron: electronVersion, betterSqlite3: betterSqliteVersion, platform, arch },
  };
}

function upToDate(target) {
  if (!existsSync(MANIFEST) || !existsSync(target.binding)) return false;
  const saved = readJson(MANIFEST);
  return Object.entries(target.manifest).every(([key, value]) => saved[key] === value);
}

async function main() {
  const electronVersion = readJson(path.join(root, 'node_modules', 'electron', 'package.json')).version;
  const sourceDir = path.join(root, 'node_modules', 'better-sqlite3');
  const betterSqliteVersion = readJson(path.join(sourceDir, 'package.json')).version;
  const target = nativeTarget({ electronVersion, betterSqliteVersion, platform: process.platform, arch: process.arch });
  if (upToDate(target)) {
    console.log(`better-sqlite3 voor Electron ${electronVersion} is al gebouwd.`);
    return;
  }
  console.log(
    `better-sqlite3 ${betterSqliteVersion} bouwen voor Electron ${electronVersion} (${process.platform}-${process.arch})...`,
  );
  rmSync(target.dir, { recursive: true, force: true });
  const moduleDir = path.join(target.dir, 'node_modules', 'better-sqlite3');
  mkdirSync(moduleDir, { recursive: true });
  // A private copy of the package without its Node build; @electron/rebuild builds it in place.
  cpSync(sourceDir, moduleDir, { recursive: true, filter: (src) => !src.startsWith(path.join(sourceDir, 'build')) });
  writeFileSync(
    path.join(target.dir, 'package.json'),
    JSON.stringify({
      name: 'wijkteamplanner-native',
      private: true,
      dependencies: { 'better-sqlite3': betterSqliteVersion },
    }),
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({
    buildPath: target.dir,
    electronVersion,
    arch: process.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  });
  if (!existsSync(target.binding)) throw new Error(`na het bouwen ontbreekt ${target.binding}`);
  writeFileSync(
    MANIFEST,
    `${JSON.stringify({ ...target.manifest, binding: path.relative(path.dirname(MANIFEST), target.binding) }, null, 2)}\n`,
  );
  console.log('Klaar.');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`better-sqlite3 kon niet voor Electron worden gebouwd: ${error?.message ?? error}`);
    console.error(
      'Dit heeft eenmalig internet nodig (voor een kant-en-klare versie, of voor de Electron-headers om zelf te compileren). Probeer het opnieuw met internet; npm test en npm run web werken ook zonder.',
    );
    process.exit(1);
  });
}
