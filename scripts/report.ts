import { readFileSync } from 'node:fs';
import { localToday } from '../shared/domain/today.js';
import { buildJsonReport } from '../shared/engine/index.js';
import { issueLines } from '../shared/domain/formatIssues.js';
import { parsePlanJson } from '../shared/plan/parsePlan.js';
import type { MessageKey } from '../shared/i18n/catalogue.js';
import { translator } from '../shared/i18n/translator.js';
import { parseArgs, usage, type ParsedArgs } from './report/args.js';
import { formatTextReport } from './report/textReport.js';
import { developmentOutput } from './report/developmentReport.js';

/**
 * `npm run report -- <plan.json | -> [--json] [--lang nl|en] [--suggestions N] [--today YYYY-MM-DD] [--development K]`
 *
 * Prints the coverage report of a team plan file: readable text (Dutch by default, every
 * word from the message catalogue), or the stable JSON report with --json. With
 * --development K it prints the team's best K development steps instead (docs/development-plan.md). Exit codes:
 * 0 report printed; 2 the command or the file is wrong (the message names the exact
 * place); 1 an unexpected failure of the planner itself. Never shows a stack trace: the
 * user of this command is a team leader or HR.
 */
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 1;

/** What went wrong reading the file, by the system's error code. */
const READ_ERROR_KEY: Record<string, MessageKey> = {
  ENOENT: 'report.read.notFound',
  EISDIR: 'report.read.isFolder',
  EACCES: 'report.read.noPermission',
};

async function main(parsed: ParsedArgs): Promise<number> {
  if (!parsed.ok) {
    process.stderr.write(`report: ${parsed.message}\n\n${usage(parsed.lang)}\n`);
    return EXIT_BAD_INPUT;
  }
  if ('help' in parsed) {
    process.stdout.write(`${usage(parsed.lang)}\n`);
    return 0;
  }
  const { args } = parsed;
  const t = translator(args.lang).t;
  const shownName = args.file === '-' ? t('report.stdin') : args.file;

  let text: string;
  try {
    // "-" reads the plan from standard input, so other tools can pipe a plan in.
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`${shownName}: ${t((code && READ_ERROR_KEY[code]) || 'report.read.other')}\n`);
    return EXIT_BAD_INPUT;
  }

  const result = parsePlanJson(text);
  if (!result.ok) {
    for (const line of issueLines(result.issues, args.lang)) process.stderr.write(`${shownName}: ${line}\n`);
    return EXIT_BAD_INPUT;
  }

  if (args.development !== null) {
    process.stdout.write(await developmentOutput(result.plan, args.development, args.today ?? localToday(), args));
    return 0;
  }
  const report = buildJsonReport(result.plan, { suggestions: args.suggestions, today: args.today ?? localToday() });
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : formatTextReport(result.plan, report, args.lang),
  );
  return 0;
}

// `npm run report -- plan.json | head` closes the pipe early: that is the reader's choice,
// not a failure, and must not end in a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`report: ${error.message}\n`);
  process.exit(EXIT_INTERNAL);
});

// Parsing never throws, so even an internal error is told in the language asked for.
const parsed = parseArgs(process.argv.slice(2));
const lang = 'args' in parsed ? parsed.args.lang : parsed.lang;
try {
  process.exitCode = await main(parsed);
} catch (error) {
  // A bug in the planner, not in the user's file: say so plainly, without a stack trace.
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`report: ${translator(lang).t('report.internalError', { detail })}\n`);
  process.exitCode = EXIT_INTERNAL;
}
