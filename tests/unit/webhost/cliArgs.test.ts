import { languageOf } from '../../../node/cli/commandLine.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/index.js';
import { CliArgsError, USAGE, defaultDataDir, parseWebHostArgs } from '../../../webhost/cliArgs.js';
import { browserCommand } from '../../../webhost/openBrowser.js';

describe('parseWebHostArgs', () => {
  it('defaults to a free port, opening the browser, the fallback data dir', () => {
    expect(parseWebHostArgs([], '/data')).toEqual({
      dataDir: path.resolve('/data'),
      port: 0,
      open: true,
      lang: 'nl',
      help: false,
    });
  });
  it('reads --data-dir, --port and --no-open in both spellings', () => {
    expect(parseWebHostArgs(['--data-dir', 'tmp/x', '--port', '8123', '--no-open'], '/d')).toEqual({
      dataDir: path.resolve('tmp/x'),
      port: 8123,
      open: false,
      lang: 'nl',
      help: false,
    });
    expect(parseWebHostArgs(['--data-dir=/a b', '--port=0'], '/d')).toMatchObject({
      dataDir: path.resolve('/a b'),
      port: 0,
    });
  });
  it('refuses bad ports, missing values, unknown options and any --host', () => {
    for (const argv of [
      ['--port', '70000'],
      ['--port', '-1'],
      ['--port', 'abc'],
      ['--port'],
      ['--data-dir'],
      ['--data-dir', '--no-open'],
      ['--verbose'],
      ['--host', '0.0.0.0'],
      ['--host=0.0.0.0'],
    ]) {
      expect(() => parseWebHostArgs(argv, '/d'), argv.join(' ')).toThrow(CliArgsError);
    }
    expect(() => parseWebHostArgs(['--host', '0.0.0.0'], '/d')).toThrow(/alleen op 127\.0\.0\.1/);
  });
  it('words each error with the catalogue, in Dutch and English', () => {
    const errorOf = (argv: string[]) => {
      try {
        parseWebHostArgs(argv, '/d');
      } catch (error) {
        if (error instanceof CliArgsError) return error;
      }
      throw new Error(`no CliArgsError for ${argv.join(' ')}`);
    };
    const port = errorOf(['--port', 'abc']);
    expect(translator('nl').render(port.text)).toBe(
      'Webhost: --port verwacht een getal van 0 tot en met 65535, niet ‘abc’.',
    );
    expect(translator('en').render(port.text)).toBe('Web host: --port expects a number from 0 to 65535, not ‘abc’.');
    const unknown = errorOf(['--verbose']);
    expect(unknown.withUsage).toBe(true);
    expect(translator('en').render(unknown.text)).toBe('Web host: unknown option ‘--verbose’.');
    expect(errorOf(['--lang', 'de']).text.key).toBe('host.cli.badLang');
    expect(errorOf(['--host=0.0.0.0']).withUsage).toBe(false);
    expect(translator('nl').render(USAGE)).toMatch(/^Gebruik: npm run web -- /);
    expect(translator('en').render(USAGE)).toMatch(/^Usage: npm run web -- /);
  });
  it('reads --lang in both spellings, and finds it before any error is worded', () => {
    expect(parseWebHostArgs(['--lang', 'en'], '/d').lang).toBe('en');
    expect(parseWebHostArgs(['--lang=nl'], '/d').lang).toBe('nl');
    expect(languageOf(['--port', 'abc', '--lang', 'en'])).toBe('en');
    expect(languageOf(['--lang=en'])).toBe('en');
    expect(languageOf(['--lang', 'de'])).toBe('nl');
    expect(languageOf([])).toBe('nl');
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
    for (const bad of [
      'https://evil.example/',
      'file:///etc/passwd',
      'http://127.0.0.1.evil.example:80/',
      'http://127.0.0.1:80/"&calc',
      'http://127.0.0.1:80/#token=a b',
    ]) {
      expect(() => browserCommand(bad, 'linux'), bad).toThrow();
    }
  });
});
