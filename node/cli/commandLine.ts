import { isLang, type Lang } from '../../shared/domain/text.js';

/**
 * The command lines of the planner's own commands (`npm run report`, `compose`, `web`)
 * read the same way: file arguments, flags, and options written `--name value` or
 * `--name=value`. Each command validates its options itself and words its errors from
 * the message catalogue.
 */

/**
 * The language asked for with `--lang`, found before anything else is parsed: it
 * decides how every other error is worded. Dutch when absent or not a language.
 */
export function languageOf(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return 'nl';
}

interface OptionArg {
  /** The option as typed before any `=`, e.g. `--time-limit`. */
  name: string;
  /** Its value; null when an option that needs one has none (or a flag has no `=`). */
  value: string | null;
  /** The argument exactly as typed, for an "unknown option" message. */
  raw: string;
}

interface CommandLine {
  /** Arguments that are not options: file names, `-` for standard input. */
  files: string[];
  options: OptionArg[];
}

/**
 * Splits argv into file arguments and options. An option in `takesValue` takes its
 * value after `=` or from the next argument, unless that is another option (`--x`).
 */
export function splitCommandLine(argv: readonly string[], takesValue: ReadonlySet<string>): CommandLine {
  const line: CommandLine = { files: [], options: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      line.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    let value: string | null = eq === -1 ? null : arg.slice(eq + 1);
    if (value === null && takesValue.has(name)) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i += 1;
      }
    }
    line.options.push({ name, value, raw: arg });
  }
  return line;
}
