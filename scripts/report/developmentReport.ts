import type { DevelopmentPlan } from '../../shared/api/developmentSchemas.js';
import {
  ADVICE_ONLY,
  effectText,
  planProof,
  planRules,
  planSummary,
  stepWhat,
  stepsPerPerson,
  worksIn,
} from '../../shared/development/planTexts.js';
import type { Lang } from '../../shared/domain/text.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';
import { translator } from '../../shared/i18n/translator.js';
import { exactDevelopmentPlan } from '../../node/development/exactDevelopmentPlan.js';

/** Seconds the solver may take on the command line before greedy's plan (with its gap) is printed. */
const TIME_LIMIT_SECONDS = 10;

/** The plan in words: summary, proof and rules, then per person what to develop and what it closes. */
function formatDevelopmentText(plan: DevelopmentPlan, teamName: string, lang: Lang): string {
  const { t, render } = translator(lang);
  const lines = [`${t('development.cli.heading', { count: plan.k })} – ${teamName}`, ''];
  lines.push(render(planSummary(plan)), render(planProof(plan)), render(planRules(plan)), '');
  for (const person of stepsPerPerson(plan)) {
    lines.push(person.personName);
    for (const step of person.steps) {
      lines.push(`  ${render(stepWhat(step))} – ${render(worksIn(step, false))}`);
      for (const effect of step.effects) lines.push(`    ${render(effectText(effect, false))}`);
    }
  }
  if (plan.steps.length > 0) lines.push('');
  lines.push(render(ADVICE_ONLY), t('development.weights'));
  return `${lines.join('\n')}\n`;
}

/**
 * `npm run report -- plan.json --development K [--json]`: the same plan the app makes for
 * one team (the exact planner with HiGHS, greedy with its gap when time runs out), as
 * text or as JSON (`format: "wijkteam-development"`, version 1, then the plan's fields).
 */
export async function developmentOutput(
  plan: TeamPlan,
  k: number,
  today: string,
  options: { json: boolean; lang: Lang },
): Promise<string> {
  const rules = { maxStepsPerPerson: 1, assessedWithinMonths: null, excludedIds: [], onlyPersonId: null };
  const team = { teamId: plan.team.id, teamName: plan.team.name, plan };
  const result = await exactDevelopmentPlan([team], k, rules, today, { timeLimitSeconds: TIME_LIMIT_SECONDS });
  if (options.json) return `${JSON.stringify({ format: 'wijkteam-development', version: 1, ...result }, null, 2)}\n`;
  return formatDevelopmentText(result, plan.team.name, options.lang);
}
