import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliArgsError, defaultDataDir, parseWebHostArgs } from '../../../webhost/cliArgs.js';
import { browserCommand } from '../../../webhost/openBrowser.js';

describe('parseWebHostArgs', () => {
  it('defaults to a free port, opening the browser, the fallback data dir', () => {
    expect(parseWebHostArgs([], '/data')).toEqual({ dataDir: path.resolve('/data'), port: 0, open: true, help: false });
  });
  it('reads --data-dir, --port and --no-open in both spellings', () => {
    expect(parseWebHostArgs(['--data-dir', 'tmp/x', '--port', '8123', '--no-open'], '/d')).toEqual({
      dataDir: path.resolve('tmp/x'),
      port: 8123,
      open: false,
      help: false,
    });
    expect(parseWebHostArgs(['--data-dir=/a b', '--port=0'], '/d')).toMatchObject({ dataDir: path.resolve('/a b'), port: 0 });
  });
  it('refuses bad ports, missing values, unknown options and any --host', () => {
    for (const argv of [['--port', '70000'], ['--port', '-1'], ['--port', 'abc'], ['--port'], ['--data-dir'], ['--data-dir', '--no-open'], ['--verbose'], ['--host', '0.0.0.0'], ['--host=0.0.0.0']]) {
      expect(() => parseWebHostArgs(argv, '/d'), argv.join(' ')).toThrow(CliArgsError);
    }
    expect(() => parseWebHostArgs(['--host', '0.0.0.0'], '/d')).toThrow(/alleen op 127\.0\.0\.1/);
  });
});

describe('defaultDataDir', () => {
  it('matches where Electron keeps userData for the product name', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Wijkteamplanner');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/Wijkteamplanner');
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Wijkteamplanner');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Wijkteamplanner',
    );
  });
});

describe('browserCommand', () => {
  const url = 'http://127.0.0.1:4567/#token=abc';
  it('uses the platform opener with the URL as a single argument', () => {
    expect(browserCommand(url, 'linux')).toEqual({ command: 'xdg-open', args: [url] });
    expect(browserCommand(url, 'darwin')).toEqual({ command: 'open', args: [url] });
    expect(browserCommand(url, 'win32')).toEqual({ command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] });
  });
  it('refuses to open anything but the loopback planner address', () => {
    for (const bad of ['https://evil.example/', 'file:///etc/passwd', 'http://127.0.0.1.evil.example:80/', 'http://127.0.0.1:80/"&calc', 'http://127.0.0.1:80/#token=a b']) {
      expect(() => browserCommand(bad, 'linux'), bad).toThrow();
    }
  });
});
