import type { Lang } from '../../shared/domain/text.js';

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

export type ParsedArgs = { ok: true; args: ReportArgs } | { ok: true; help: true; lang: Lang } | { ok: false; lang: Lang; message: string };

const MESSAGES = {
  unknownOption: { nl: 'onbekende optie', en: 'unknown option' },
  needsValue: { nl: 'verwacht een waarde', en: 'expects a value' },
  badLang: { nl: '--lang moet nl of en zijn', en: '--lang must be nl or en' },
  badSuggestions: {
    nl: '--suggestions moet een heel getal van 0 tot en met 20 zijn',
    en: '--suggestions must be a whole number from 0 to 20',
  },
  badToday: { nl: '--today moet de vorm JJJJ-MM-DD hebben', en: '--today must look like YYYY-MM-DD' },
  noFile: { nl: 'geef het teamplanbestand op', en: 'name the team plan file' },
  twoFiles: { nl: 'geef precies één teamplanbestand op', en: 'name exactly one team plan file' },
};

export const USAGE = {
  nl: `Gebruik: npm run report -- <teamplan.json> [--json] [--lang nl|en] [--suggestions N] [--today JJJJ-MM-DD]

  <teamplan.json>  het teamplanbestand; - leest het plan van standaardinvoer
  --json           machineleesbaar rapport (JSON) in plaats van tekst
  --lang nl|en     taal van het rapport en de foutmeldingen (standaard nl)
  --suggestions N  kandidaten per gat en aantal beste aanvullingen (standaard 3)
  --today DATUM    peildatum voor de leeftijd van beoordelingen (standaard vandaag)

Afsluitcode: 0 rapport gemaakt, 2 fout in de invoer of de opdracht.`,
  en: `Usage: npm run report -- <team-plan.json> [--json] [--lang nl|en] [--suggestions N] [--today YYYY-MM-DD]

  <team-plan.json> the team plan file; - reads the plan from standard input
  --json           machine-readable report (JSON) instead of text
  --lang nl|en     language of the report and of error messages (default nl)
  --suggestions N  candidates per gap and number of best additions (default 3)
  --today DATE     reference date for the age of assessments (default today)

Exit code: 0 report made, 2 error in the input or the command.`,
};

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
  const fail = (message: string): ParsedArgs => ({ ok: false, lang, message });

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
        if (value === null || !isLang(value)) return fail(MESSAGES.badLang[lang]);
        break;
      }
      case '--suggestions': {
        const value = takeValue();
        if (value === null) return fail(`--suggestions ${MESSAGES.needsValue[lang]}`);
        const n = Number(value);
        if (!/^\d+$/.test(value) || n > 20) return fail(MESSAGES.badSuggestions[lang]);
        args.suggestions = n;
        break;
      }
      case '--today': {
        const value = takeValue();
        if (value === null || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) {
          return fail(MESSAGES.badToday[lang]);
        }
        args.today = value;
        break;
      }
      default:
        return fail(`${MESSAGES.unknownOption[lang]}: ${arg}`);
    }
  }
  if (files.length === 0) return fail(MESSAGES.noFile[lang]);
  if (files.length > 1) return fail(MESSAGES.twoFiles[lang]);
  args.file = files[0]!;
  return { ok: true, args };
}
