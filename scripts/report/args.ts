import { isLang, type Lang } from '../../shared/domain/text.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { translator } from '../../shared/i18n/translator.js';
import { languageOf, splitCommandLine } from '../../node/cli/commandLine.js';

const VALUE_OPTIONS = new Set(['--lang', '--suggestions', '--today', '--development']);

/**
 * Command line of `npm run report -- <plan.json> [--json] [--lang nl|en]
 * [--suggestions N] [--today YYYY-MM-DD] [--development K]`. Parsing never throws: a usage mistake is
 * an error message (in the language asked for, Dutch by default) and exit code 2.
 */
export interface ReportArgs {
  file: string;
  json: boolean;
  lang: Lang;
  suggestions: number;
  /** Date to judge assessment age by; defaults to today. */
  today: string | null;
  /** `--development K`: the best K development steps instead of the coverage report; null without. */
  development: number | null;
}

export type ParsedArgs =
  { ok: true; args: ReportArgs } | { ok: true; help: true; lang: Lang } | { ok: false; lang: Lang; message: string };

/** The usage text in the language asked for. */
export function usage(lang: Lang): string {
  return translator(lang).t('report.usage');
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = languageOf(argv);
  const fail = (key: MessageKey, params?: MessageParams): ParsedArgs => ({
    ok: false,
    lang,
    message: translator(lang).t(key, params),
  });

  const args: ReportArgs = { file: '', json: false, lang, suggestions: 3, today: null, development: null };
  const { files, options } = splitCommandLine(argv, VALUE_OPTIONS);
  for (const { name, value, raw } of options) {
    switch (name) {
      case '--help':
      case '-h':
        return { ok: true, help: true, lang };
      case '--json':
        args.json = true;
        break;
      case '--lang': {
        if (value === null || !isLang(value)) return fail('report.args.badLang');
        break;
      }
      case '--suggestions': {
        if (value === null) return fail('report.args.needsValue', { option: '--suggestions' });
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 20) return fail('report.args.badSuggestions');
        args.suggestions = n;
        break;
      }
      case '--today': {
        if (value === null || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) {
          return fail('report.args.badToday');
        }
        args.today = value;
        break;
      }
      case '--development': {
        if (value === null) return fail('report.args.needsValue', { option: '--development' });
        const k = Number(value);
        if (!/^\d+$/.test(value) || k < 1 || k > 20) return fail('development.cli.badK');
        args.development = k;
        break;
      }
      default:
        return fail('report.args.unknownOption', { option: raw });
    }
  }
  if (files.length === 0) return fail('report.args.noFile');
  if (files.length > 1) return fail('report.args.twoFiles');
  args.file = files[0]!;
  return { ok: true, args };
}
