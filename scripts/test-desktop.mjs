#!/usr/bin/env node
// `npm run test:desktop`: the real desktop app under Playwright's Electron support.
//  1. stops at once, with what to do, when the Electron binary is not installed;
//  2. builds the app and better-sqlite3 for Electron (as `npm start` does) and runs
//     tests/desktop against it (under Xvfb on Linux without a display);
//  3. packs the app with electron-builder `--dir` and runs the same suite against the
//     unpacked executable (WTP_DESKTOP_EXECUTABLE), unless `--dev-only` is given.
// The packed test build keeps Electron's inspect fuse on (WTP_DESKTOP_TEST_BUILD=1):
// Playwright drives the main process through it. Release builds (`npm run dist`) keep it off.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withDisplay } from './desktop/display.mjs';
import { findElectronBinary, missingBinaryMessage } from './desktop/electronBinary.mjs';
import { unpackedExecutable } from './desktop/unpackedApp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';
const npx = windows ? 'npx.cmd' : 'npx';
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: windows, env: { ...process.env, ...env } }).status ??
  1;

const electron = findElectronBinary(root);
if (!electron.ok) {
  console.error(missingBinaryMessage(electron));
  process.exit(2);
}

function suite(label, env) {
  console.log(`\n== test:desktop: ${label} ==`);
  const { command, args } = withDisplay(process.platform, process.env, npx, [
    'playwright',
    'test',
    '--config',
    'playwright.desktop.config.ts',
  ]);
  return run(command, args, env);
}

let status = run(npm, ['run', 'build']);
if (status === 0) status = run(process.execPath, ['scripts/build-native-electron.mjs']);
if (status === 0) status = suite('the app from this checkout', {});

if (status === 0 && !process.argv.includes('--dev-only')) {
  status = run(process.execPath, ['scripts/build-dist.mjs', '--dir'], { WTP_DESKTOP_TEST_BUILD: '1' });
  if (status === 0) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const executable = unpackedExecutable(
      path.join(root, 'release'),
      process.platform,
      pkg.productName,
      pkg.name.toLowerCase(),
    );
    if (!executable) {
      console.error('test:desktop: electron-builder --dir left no unpacked app in release/.');
      status = 1;
    } else {
      status = suite(`the unpacked app (${path.relative(root, executable)})`, { WTP_DESKTOP_EXECUTABLE: executable });
    }
  }
}
process.exit(status);
