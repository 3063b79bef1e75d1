import { functionNameIn } from '../../shared/catalogue/functionName.js';
import { composedPlan } from '../../shared/compose/composition.js';
import { limitMessage } from '../../shared/compose/limits.js';
import { provenTiersWords, stoppedTierWords } from '../../shared/compose/tierWords.js';
import type { ComposeResult } from '../../shared/compose/result.js';
import { uncoverableMessage } from '../../shared/compose/uncoverable.js';
import type { Lang } from '../../shared/domain/text.js';
import { computeCoverage } from '../../shared/engine/coverage.js';
import { coverageText, shownTeamCoverage, wholePercent } from '../../shared/engine/shownCoverage.js';
import type { MessageKey } from '../../shared/i18n/catalogue.js';
import { translator } from '../../shared/i18n/translator.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

const STATUS_KEY = {
  optimal: 'compose.status.optimal',
  feasible: 'compose.status.feasible',
  timeLimit: 'compose.status.timeLimit',
  infeasible: 'compose.status.infeasible',
} as const satisfies Record<ComposeResult['status'], MessageKey>;

const OBJECTIVE_KEY = {
  people: 'compose.objective.people',
  contractHours: 'compose.objective.contractHours',
} as const satisfies Record<string, MessageKey>;

/** The readable answer: the status in plain words, coverage, who does what, and what nobody can cover. */
export function formatComposeText(plan: TeamPlan, result: ComposeResult, minHours: number, lang: Lang): string {
  const { t, number, render } = translator(lang);
  const report = computeCoverage(composedPlan(plan, result.composition));
  const lines: string[] = [t('compose.title', { team: plan.team.name })];
  // An older file does not say what people give to other teams: the team may ask hours they do not have.
  if (plan.hoursInOtherTeams === undefined) lines.push(t('planFile.hoursInOtherTeamsUnknown'));
  lines.push('', t(STATUS_KEY[result.status]));
  if (result.stoppedAt !== null && result.status !== 'optimal') {
    const tier = stoppedTierWords(result.stoppedAt, result.objective.name) ?? result.stoppedAt;
    lines.push(
      result.gap === null
        ? t('compose.stoppedAtNoGap', { tier })
        : t('compose.stoppedAt', { tier, gap: `${number(result.gap * 100)}%` }),
    );
    const proven = provenTiersWords(result.stoppedAt, result.objective.name);
    if (proven !== null) lines.push(t('compose.provenBefore', { tiers: proven }));
  }
  if (result.status === 'infeasible') {
    if (result.infeasibleTogether) {
      lines.push(
        t('compose.infeasibleTogether', {
          limits: result.infeasibleLimits.map((ref) => render(limitMessage(ref))).join('; '),
        }),
      );
    } else {
      for (const ref of result.infeasibleLimits)
        lines.push(t('compose.infeasibleBecause', { limit: limitMessage(ref) }));
    }
  }
  if (result.fromGreedy) lines.push(t('compose.usedGreedy'));
  lines.push('', t('compose.goal', { objective: t(OBJECTIVE_KEY[result.objective.name]) }));
  const coverage = shownTeamCoverage(report);
  lines.push(
    coverage.kind === 'asked'
      ? t('compose.coverage', {
          percent: wholePercent(coverage.share),
          covered: report.requirementsCovered,
          total: report.requirementsTotal,
        })
      : // The same sentence as the coverage report's (scripts/report/textReport.ts).
        t('report.teamNothingAsked', { coverage: coverageText(coverage) }),
  );
  lines.push(t('compose.hours', { allocated: report.hoursAllocated, required: report.hoursRequired }));
  lines.push(t('compose.people', { count: result.score.people, contract: result.score.contractHours }));
  if (result.greedy) {
    const g = result.greedy.score;
    lines.push(t('compose.greedy', { covered: g.requirementsCovered, people: g.people, contract: g.contractHours }));
  }

  lines.push('', t('compose.members'));
  const functionName = new Map(plan.functions.map((f) => [f.id, functionNameIn(f, lang)]));
  const byPerson = new Map<string, string[]>();
  for (const a of result.composition) {
    const list = byPerson.get(a.professionalId) ?? [];
    list.push(t('compose.assignment', { function: functionName.get(a.functionId) ?? a.functionId, hours: a.hours }));
    byPerson.set(a.professionalId, list);
  }
  if (byPerson.size === 0) lines.push(`  ${t('compose.noMembers')}`);
  for (const person of plan.professionals) {
    const list = byPerson.get(person.id);
    if (!list) continue;
    const name =
      person.organisation === ''
        ? t('compose.memberNoOrganisation', { name: person.name })
        : t('compose.member', { name: person.name, organisation: person.organisation });
    lines.push(`  ${name}`, ...list.map((line) => `    ${line}`));
  }

  lines.push('', t('compose.uncoverableTitle'));
  if (result.uncoverable.length === 0) lines.push(`  ${t('compose.uncoverableNone')}`);
  for (const item of result.uncoverable) lines.push(`  ${render(uncoverableMessage(plan, item, minHours))}`);
  return `${lines.join('\n')}\n`;
}
