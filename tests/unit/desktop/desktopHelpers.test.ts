import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BinaryLookup } from './electronBinaryModule.js';
import { electronBinaryModule } from './electronBinaryModule.js';

interface DisplayModule {
  needsVirtualDisplay(platform: string, env: Record<string, string | undefined>): boolean;
  withDisplay(
    platform: string,
    env: Record<string, string | undefined>,
    command: string,
    args: string[],
  ): { command: string; args: string[] };
}
interface UnpackedModule {
  unpackedExecutable(releaseDir: string, platform: string, productName: string, executableName: string): string | null;
}

// Plain .mjs scripts (they run before anything is built), so typed here at the import.
const { needsVirtualDisplay, withDisplay } = (await import(
  new URL('../../../scripts/desktop/display.mjs', import.meta.url).href
)) as DisplayModule;
const { unpackedExecutable } = (await import(
  new URL('../../../scripts/desktop/unpackedApp.mjs', import.meta.url).href
)) as UnpackedModule;
const { findElectronBinary, missingBinaryMessage } = await electronBinaryModule();
const absent = (reason: 'notInstalled' | 'noBinary'): BinaryLookup => ({ ok: false, reason });

/** The pieces `npm run test:desktop` stands on, tested where Electron cannot run. */

const temp = () => mkdtempSync(path.join(os.tmpdir(), 'wtp-desktop-helpers-'));

function touch(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '');
}

describe('finding the Electron binary', () => {
  it('says the package is missing, the binary is missing, or where it is', () => {
    const root = temp();
    expect(findElectronBinary(root)).toEqual({ ok: false, reason: 'notInstalled' });

    touch(path.join(root, 'node_modules', 'electron', 'package.json'));
    expect(findElectronBinary(root)).toEqual({ ok: false, reason: 'noBinary' });

    writeFileSync(path.join(root, 'node_modules', 'electron', 'path.txt'), 'electron\n');
    const expected = path.join(root, 'node_modules', 'electron', 'dist', 'electron');
    expect(findElectronBinary(root)).toEqual({ ok: false, reason: 'noBinary', expected });

    touch(expected);
    expect(findElectronBinary(root)).toEqual({ ok: true, binary: expected });
  });

  it('tells how to install it, also behind a proxy, and that npm test does not need it', () => {
    const text = missingBinaryMessage(absent('noBinary'));
    expect(text).toContain('npm ci');
    expect(text).toContain('ELECTRON_MIRROR=');
    expect(text).toContain('npm test does not need Electron');
    expect(missingBinaryMessage(absent('notInstalled'))).toContain('node_modules/electron is missing');
  });
});

describe('a display for Electron', () => {
  it('uses a virtual X server only on Linux without a display', () => {
    expect(needsVirtualDisplay('linux', {})).toBe(true);
    expect(needsVirtualDisplay('linux', { DISPLAY: ':0' })).toBe(false);
    expect(needsVirtualDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
    expect(needsVirtualDisplay('win32', {})).toBe(false);
    expect(needsVirtualDisplay('darwin', {})).toBe(false);
    expect(withDisplay('linux', {}, 'npx', ['playwright', 'test'])).toEqual({
      command: 'xvfb-run',
      args: ['-a', '--server-args=-screen 0 1600x1000x24', 'npx', 'playwright', 'test'],
    });
    expect(withDisplay('darwin', {}, 'npx', ['playwright'])).toEqual({ command: 'npx', args: ['playwright'] });
  });
});

describe('the unpacked app electron-builder --dir leaves', () => {
  it('is found per platform, and only when its executable exists', () => {
    const release = temp();
    expect(unpackedExecutable(path.join(release, 'absent'), 'linux', 'Wijkteamplanner', 'wijkteam-planner')).toBeNull();
    expect(unpackedExecutable(release, 'linux', 'Wijkteamplanner', 'wijkteam-planner')).toBeNull();

    const linux = path.join(release, 'linux-unpacked', 'wijkteam-planner');
    touch(linux);
    expect(unpackedExecutable(release, 'linux', 'Wijkteamplanner', 'wijkteam-planner')).toBe(linux);

    const win = path.join(release, 'win-unpacked', 'Wijkteamplanner.exe');
    touch(win);
    expect(unpackedExecutable(release, 'win32', 'Wijkteamplanner', 'wijkteam-planner')).toBe(win);

    const mac = path.join(release, 'mac-arm64', 'Wijkteamplanner.app', 'Contents', 'MacOS', 'Wijkteamplanner');
    touch(mac);
    expect(unpackedExecutable(release, 'darwin', 'Wijkteamplanner', 'wijkteam-planner')).toBe(mac);
  });
});
