import os from 'node:os';
import path from 'node:path';

/**
 * Command line of `npm run web`: `--data-dir DIR`, `--port N` (0 = any free port),
 * `--no-open`, `--help`. There is deliberately no `--host`: the browser host only ever
 * listens on 127.0.0.1. Errors are Dutch and say what to type instead.
 */

export interface WebHostArgs {
  dataDir: string;
  port: number;
  open: boolean;
  help: boolean;
}

export const USAGE = [
  'Gebruik: npm run web -- [--data-dir MAP] [--port POORT] [--no-open]',
  '  --data-dir MAP   map met de gegevens van de planner (standaard dezelfde als de desktopapp)',
  '  --port POORT     poort op 127.0.0.1 (standaard 0: een vrije poort)',
  '  --no-open        open de browser niet zelf; het adres wordt alleen getoond',
].join('\n');

export class CliArgsError extends Error {
  override name = 'CliArgsError';
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
    throw new CliArgsError(`Webhost: --port verwacht een getal van 0 tot en met 65535, niet "${value ?? ''}".`);
  }
  return port;
}

export function parseWebHostArgs(argv: readonly string[], fallbackDataDir: string = defaultDataDir()): WebHostArgs {
  const args: WebHostArgs = { dataDir: fallbackDataDir, port: 0, open: true, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      return argv[i];
    };
    switch (name) {
      case '--data-dir': {
        const dir = value();
        if (!dir || dir.startsWith('--')) throw new CliArgsError('Webhost: --data-dir verwacht een map, bijvoorbeeld --data-dir ./gegevens.');
        args.dataDir = dir;
        break;
      }
      case '--port':
        args.port = parsePort(value());
        break;
      case '--no-open':
        args.open = false;
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--host':
        throw new CliArgsError('Webhost: het adres is niet instelbaar; de planner luistert alleen op 127.0.0.1 (deze computer).');
      default:
        throw new CliArgsError(`Webhost: onbekende optie "${arg}".\n${USAGE}`);
    }
  }
  args.dataDir = path.resolve(args.dataDir);
  return args;
}
