#!/usr/bin/env node
// `npm run dist`: builds the app and packages it with electron-builder for this
// platform (Linux: AppImage + deb; Windows: NSIS; macOS: dmg), into release/. Extra
// arguments go to electron-builder (e.g. `npm run dist -- --linux deb`). Needs internet.
//
// electron-builder rebuilds node_modules/better-sqlite3 for Electron in place; this
// script always puts the Node build back afterwards, so `npm test` keeps working.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const builder = path.join(
  root,
  'node_modules',
  '.bin',
  process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
);
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

let status = run(npm, ['run', 'build']);
if (status === 0) {
  try {
    status = run(builder, [
      '--config',
      'build/electron-builder.config.cjs',
      '--publish',
      'never',
      ...process.argv.slice(2),
    ]);
  } finally {
    const restored = run(npm, ['rebuild', 'better-sqlite3']);
    if (restored !== 0)
      console.error(
        'Let op: better-sqlite3 kon niet voor Node worden teruggezet. Voer `npm rebuild better-sqlite3` uit voordat u `npm test` draait.',
      );
  }
}
process.exit(status);
