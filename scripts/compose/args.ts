import type { ComposeObjective } from '../../shared/compose/options.js';
import { COMPOSE_OBJECTIVES, DEFAULT_MIN_HOURS } from '../../shared/compose/options.js';
import { isLang, type Lang } from '../../shared/domain/text.js';
import { languageOf, splitCommandLine } from '../../node/cli/commandLine.js';
import { message, type Message } from '../../shared/i18n/message.js';

/**
 * Command line of `npm run compose -- <plan.json> [--json] [--objective people|contractHours]
 * [--keep-members] [--time-limit SECONDS] [--min-hours N] [--out FILE] [--lang nl|en]`.
 * Parsing never throws: a mistake is a message in the language asked for (Dutch by
 * default) and exit code 2.
 */
export interface ComposeArgs {
  file: string;
  json: boolean;
  objective: ComposeObjective;
  keepMembers: boolean;
  timeLimitSeconds: number;
  minHours: number;
  out: string | null;
  lang: Lang;
}

export const DEFAULT_TIME_LIMIT_SECONDS = 10;

const VALUE_OPTIONS = new Set(['--lang', '--objective', '--time-limit', '--min-hours', '--out']);

export type ParsedComposeArgs =
  { ok: true; args: ComposeArgs } | { ok: true; help: true; lang: Lang } | { ok: false; lang: Lang; message: Message };

function isObjective(value: string): value is ComposeObjective {
  return (COMPOSE_OBJECTIVES as readonly string[]).includes(value);
}

/** A positive decimal number up to `max`, written plainly (no exponents, no hex). */
function positive(value: string, max: number): number | null {
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const n = Number(value);
  return n > 0 && n <= max ? n : null;
}

export function parseComposeArgs(argv: readonly string[]): ParsedComposeArgs {
  const lang = languageOf(argv);
  const fail = (m: Message): ParsedComposeArgs => ({ ok: false, lang, message: m });

  const args: ComposeArgs = {
    file: '',
    json: false,
    objective: 'people',
    keepMembers: false,
    timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
    minHours: DEFAULT_MIN_HOURS,
    out: null,
    lang,
  };
  const { files, options } = splitCommandLine(argv, VALUE_OPTIONS);
  for (const { name, value, raw } of options) {
    const needsValue = (): ParsedComposeArgs => fail(message('compose.cli.needsValue', { option: name }));
    switch (name) {
      case '--help':
      case '-h':
        return { ok: true, help: true, lang };
      case '--json':
        args.json = true;
        break;
      case '--keep-members':
        args.keepMembers = true;
        break;
      case '--lang': {
        if (value === null || !isLang(value)) return fail(message('compose.cli.badLang'));
        break;
      }
      case '--objective': {
        if (value === null) return needsValue();
        if (!isObjective(value)) return fail(message('compose.cli.badObjective'));
        args.objective = value;
        break;
      }
      case '--time-limit': {
        if (value === null) return needsValue();
        const n = positive(value, 3600);
        if (n === null) return fail(message('compose.cli.badTimeLimit'));
        args.timeLimitSeconds = n;
        break;
      }
      case '--min-hours': {
        if (value === null) return needsValue();
        const n = positive(value, 60);
        if (n === null) return fail(message('compose.cli.badMinHours'));
        args.minHours = n;
        break;
      }
      case '--out': {
        if (value === null) return needsValue();
        args.out = value;
        break;
      }
      default:
        return fail(message('compose.cli.unknownOption', { option: raw }));
    }
  }
  if (files.length === 0) return fail(message('compose.cli.noFile'));
  if (files.length > 1) return fail(message('compose.cli.twoFiles'));
  args.file = files[0]!;
  return { ok: true, args };
}
