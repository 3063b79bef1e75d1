import path from 'node:path';

/** The one file that holds all of the planner's data, inside the data directory. */
const DATABASE_FILE = 'planner.sqlite';

/**
 * `--data-dir DIR` or `--data-dir=DIR` from a command line; the fallback (the app's
 * userData) otherwise. The desktop app, the browser host and every CLI use this, so one
 * flag points all of them at the same data. The last occurrence wins, like most CLIs.
 */
export function dataDirFromArgs(argv: readonly string[], fallback: string): string {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      if (next !== undefined && next !== '' && !next.startsWith('--')) {
        found = next;
        i += 1;
      }
    } else if (arg.startsWith('--data-dir=')) {
      const value = arg.slice('--data-dir='.length);
      if (value !== '') found = value;
    }
  }
  return path.resolve(found ?? fallback);
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, DATABASE_FILE);
}
