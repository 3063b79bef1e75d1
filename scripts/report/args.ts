import type { Lang } from '../../shared/domain/text.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import type { MessageParams } from '../../shared/i18n/message.js';
import { translator } from '../../shared/i18n/translator.js';

/**
 * Command line of `npm run report -- <plan.json> [--json] [--lang nl|en]
 * [--suggestions N] [--today YYYY-MM-DD]`. Parsing never throws: a usage mistake is
 * an error message (in the language asked for, Dutch by default) and exit code 2.
 */
export interface ReportArgs {
  file: string;
  json: boolean;
  lang: Lang;
  suggestions: number;
  /** Date to judge assessment age by; defaults to today. */
  today: string | null;
}

export type ParsedArgs =
  { ok: true; args: ReportArgs } | { ok: true; help: true; lang: Lang } | { ok: false; lang: Lang; message: string };

/** The usage text in the language asked for. */
export function usage(lang: Lang): string {
  return translator(lang).t('report.usage');
}

function isLang(value: string): value is Lang {
  return value === 'nl' || value === 'en';
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  // The language decides how every other error is worded, so find it first.
  let lang: Lang = 'nl';
  argv.forEach((arg, i) => {
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined && isLang(value)) lang = value;
  });
  const fail = (key: MessageKey, params?: MessageParams): ParsedArgs => ({
    ok: false,
    lang,
    message: translator(lang).t(key, params),
  });

  const args: ReportArgs = { file: '', json: false, lang, suggestions: 3, today: null };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const takeValue = (): string | null => {
      if (eq !== -1) return arg.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i += 1;
      return next;
    };
    switch (name) {
      case '--help':
      case '-h':
        return { ok: true, help: true, lang };
      case '--json':
        args.json = true;
        break;
      case '--lang': {
        const value = takeValue();
        if (value === null || !isLang(value)) return fail('report.args.badLang');
        break;
      }
      case '--suggestions': {
        const value = takeValue();
        if (value === null) return fail('report.args.needsValue', { option: '--suggestions' });
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 20) return fail('report.args.badSuggestions');
        args.suggestions = n;
        break;
      }
      case '--today': {
        const value = takeValue();
        if (value === null || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) {
          return fail('report.args.badToday');
        }
        args.today = value;
        break;
      }
      default:
        return fail('report.args.unknownOption', { option: arg });
    }
  }
  if (files.length === 0) return fail('report.args.noFile');
  if (files.length > 1) return fail('report.args.twoFiles');
  args.file = files[0]!;
  return { ok: true, args };
}
