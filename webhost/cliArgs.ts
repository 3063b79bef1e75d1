import os from 'node:os';
import path from 'node:path';
import { isLang, type Lang } from '../shared/domain/text.js';
import { message, translator, type Message } from '../shared/i18n/index.js';

/**
 * Command line of `npm run web`: `--data-dir DIR`, `--port N` (0 = any free port),
 * `--no-open`, `--lang nl|en`, `--help`. There is deliberately no `--host`: the browser
 * host only ever listens on 127.0.0.1. Errors are catalogue messages (section `host`)
 * that say what to type instead, printed in the `--lang` language (Dutch by default).
 */

interface WebHostArgs {
  dataDir: string;
  port: number;
  open: boolean;
  lang: Lang;
  help: boolean;
}

/** The usage text, for `--help` and after an unknown option. */
export const USAGE = message('host.cli.usage');

export class CliArgsError extends Error {
  override name = 'CliArgsError';
  constructor(
    readonly text: Message,
    /** Whether the usage should follow the error (an option the host does not know). */
    readonly withUsage = false,
  ) {
    super(translator('nl').render(text));
  }
}

/**
 * Where the desktop app keeps its data (Electron's userData for the product name), so
 * the browser host and the desktop app open the same planner by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  const appName = 'Wijkteamplanner';
  if (platform === 'win32') return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', appName);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), appName);
}

function parsePort(value: string | undefined): number {
  const port = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || port > 65535) {
    throw new CliArgsError(message('host.cli.badPort', { value: value ?? '' }));
  }
  return port;
}

export function parseWebHostArgs(argv: readonly string[], fallbackDataDir: string = defaultDataDir()): WebHostArgs {
  const args: WebHostArgs = { dataDir: fallbackDataDir, port: 0, open: true, lang: 'nl', help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    switch (name) {
      case '--data-dir': {
        const dir = value();
        if (!dir || dir.startsWith('--')) throw new CliArgsError(message('host.cli.badDataDir'));
        args.dataDir = dir;
        break;
      }
      case '--port':
        args.port = parsePort(value());
        break;
      case '--lang': {
        const lang = value();
        if (lang === undefined || !isLang(lang))
          throw new CliArgsError(message('host.cli.badLang', { value: lang ?? '' }));
        args.lang = lang;
        break;
      }
      case '--no-open':
        args.open = false;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--host':
        throw new CliArgsError(message('host.cli.noHost'));
      default:
        throw new CliArgsError(message('host.cli.unknownOption', { option: arg }), true);
    }
  }
  args.dataDir = path.resolve(args.dataDir);
  return args;
}
