import { readFileSync, writeFileSync } from 'node:fs';
import { composeTeam } from '../node/compose/composeTeam.js';
import { composedPlan } from '../shared/compose/composition.js';
import { currentAssignments } from '../shared/compose/instance.js';
import { composeOptions } from '../shared/compose/options.js';
import { hoursElsewhereInFile } from '../shared/engine/suggestions/availability.js';
import type { Lang } from '../shared/domain/text.js';
import type { MessageKey } from '../shared/i18n/catalogue.js';
import { translator } from '../shared/i18n/translator.js';
import { issueLines } from '../shared/domain/formatIssues.js';
import { parsePlanJson } from '../shared/plan/parsePlan.js';
import { parseComposeArgs } from './compose/args.js';
import { composeJson } from './compose/jsonOutput.js';
import { formatComposeText } from './compose/textOutput.js';

/**
 * `npm run compose -- <plan.json> [--json] [--objective people|contractHours] [--keep-members]
 * [--time-limit SECONDS] [--min-hours N] [--out FILE] [--lang nl|en]`
 *
 * "Stel het team samen" on a team plan file: chooses people and hours per function
 * (docs/compose.md). Exit codes: 0 a composition; 2 the command or the file is wrong
 * (the message names the place); 3 no composition possible (limits) or found in time;
 * 1 an unexpected failure of the planner itself. Never a stack trace.
 */
const EXIT_BAD_INPUT = 2;
const EXIT_INTERNAL = 1;
const EXIT_NO_COMPOSITION = 3;

const READ_ERROR_KEY = {
  ENOENT: 'compose.cli.readError.ENOENT',
  EISDIR: 'compose.cli.readError.EISDIR',
  EACCES: 'compose.cli.readError.EACCES',
  other: 'compose.cli.readError.other',
} as const satisfies Record<string, MessageKey>;

let lang: Lang = 'nl';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseComposeArgs(argv);
  lang = parsed.ok && 'args' in parsed ? parsed.args.lang : parsed.lang;
  const { t, render } = translator(lang);
  if (!parsed.ok) {
    process.stderr.write(`compose: ${render(parsed.message)}\n\n${t('compose.cli.usage')}\n`);
    return EXIT_BAD_INPUT;
  }
  if ('help' in parsed) {
    process.stdout.write(`${t('compose.cli.usage')}\n`);
    return 0;
  }
  const { args } = parsed;
  const shownName = args.file === '-' ? '(stdin)' : args.file;

  let text: string;
  try {
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const key =
      code && code in READ_ERROR_KEY ? READ_ERROR_KEY[code as keyof typeof READ_ERROR_KEY] : READ_ERROR_KEY.other;
    process.stderr.write(`${shownName}: ${t(key)}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = parsePlanJson(text);
  if (!result.ok) {
    for (const line of issueLines(result.issues, lang)) process.stderr.write(`${shownName}: ${line}\n`);
    return EXIT_BAD_INPUT;
  }
  const plan = result.plan;

  // Hours in other teams are what the file says (the app's export writes them); an older
  // file says none, and the output notes that its figures may be too optimistic.
  const options = composeOptions({
    hoursElsewhere: hoursElsewhereInFile(plan),
    objective: args.objective,
    minHours: args.minHours,
    locked: args.keepMembers ? currentAssignments(plan) : [],
  });
  const composed = await composeTeam(plan, options, { timeLimitSeconds: args.timeLimitSeconds });

  if (args.out !== null && composed.status !== 'infeasible') {
    const { exportedAt: _dropped, ...rest } = composedPlan(plan, composed.composition);
    try {
      writeFileSync(args.out, `${JSON.stringify({ ...rest, exportedAt: new Date().toISOString() }, null, 2)}\n`);
    } catch {
      process.stderr.write(`compose: ${t('compose.cli.writeError', { file: args.out })}\n`);
      return EXIT_BAD_INPUT;
    }
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify(composeJson(plan, composed, args.minHours, lang), null, 2)}\n`);
  } else {
    process.stdout.write(formatComposeText(plan, composed, args.minHours, lang));
    if (args.out !== null && composed.status !== 'infeasible')
      process.stdout.write(`\n${t('compose.written', { file: args.out })}\n`);
  }
  return composed.status === 'infeasible' || composed.status === 'timeLimit' ? EXIT_NO_COMPOSITION : 0;
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`compose: ${error.message}\n`);
  process.exit(EXIT_INTERNAL);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in the planner, not in the user's file: say so plainly, without a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`compose: ${translator(lang).t('compose.cli.internalError', { detail })}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
