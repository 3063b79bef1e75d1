import type { DevelopmentPlan } from '../api/developmentSchemas.js';
import type { Lang } from '../domain/text.js';
import { translator } from '../i18n/translator.js';
import { ADVICE_ONLY, effectsText, planProof, planRules, planSummary, stepWhat, worksIn } from './planTexts.js';

/** A table of words and numbers, as the XLSX writer and the report print it. */
interface PlanTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/**
 * The development plan as two tables in the user's language: one row per step (person,
 * what, from, to, where they work, what it closes), and the plan's summary, proof, rules
 * and the advice-only note. The XLSX export writes these.
 */
export function developmentTables(plan: DevelopmentPlan, lang: Lang): PlanTable[] {
  const { t, render } = translator(lang);
  const withTeam = plan.teams > 1;
  const steps: PlanTable = {
    title: t('development.sheet.steps'),
    columns: [
      t('development.column.person'),
      t('development.column.what'),
      t('development.column.from'),
      t('development.column.to'),
      t('development.column.worksIn'),
      t('development.column.closes'),
    ],
    rows: plan.steps.map((step) => [
      step.personName,
      render(stepWhat(step)),
      step.from,
      step.to,
      render(worksIn(step, withTeam)),
      render(effectsText(step, withTeam)),
    ]),
  };
  const about: PlanTable = {
    title: t('development.sheet.about'),
    columns: [t('development.column.about')],
    rows: [planSummary(plan), planProof(plan), planRules(plan), ADVICE_ONLY].map((m) => [render(m)]),
  };
  return [steps, about];
}
