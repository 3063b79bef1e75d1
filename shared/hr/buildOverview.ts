import { BUILT_IN_COMPETENCIES } from '../catalogue/competencies.js';
import { expertiseName } from '../engine/advice/rule.js';
import { message } from '../i18n/message.js';
import { analyseScenario, type ScenarioAnalysis } from './analyseScenario.js';
import { isFilterActive } from './filter.js';
import { areasOf, shownInOrder } from './shownRows.js';
import { assessmentIssues, loadsAcrossTeams, overAllocatedPeople } from './peopleLists.js';
import type { HrCompetencyColumn, HrInput, HrOptions, HrOverview, TeamRef } from './types.js';
import { toLocalText } from '../i18n/toLocalText.js';
import { translator, type Translator } from '../i18n/translator.js';
import type { Lang, LocalText } from '../domain/text.js';
import type { TeamFunction } from '../domain/schemas.js';
import { memoTranslator } from './memoTranslator.js';
import type { Advice } from '../engine/types.js';

/**
 * The matrix columns: the 12 competencies of the profile, then the catalogue's own, then
 * the vakkennis an in-team function of some shown or hidden team asks for (either scope),
 * in first-seen order; no vakkennis column when no team asks for any.
 */
export function competencyColumns(input: Pick<HrInput, 'competencies' | 'scenarios'>): HrCompetencyColumn[] {
  return columnsOf(
    input.competencies,
    input.scenarios.map(({ plan }) => plan.functions),
  );
}

/**
 * The same columns from the custom competencies and each scenario's functions (placement
 * and vakkennis asked, in the input's order), for a read that has the functions but not
 * the whole plans (the matrix's first rows, readHrFirstRows.ts).
 */
export function columnsOf(
  competencies: HrInput['competencies'],
  functionsPerScenario: Iterable<readonly Pick<TeamFunction, 'placement' | 'expertise'>[]>,
): HrCompetencyColumn[] {
  const expertise: string[] = [];
  for (const functions of functionsPerScenario) {
    for (const fn of functions) {
      if (fn.placement !== 'team') continue;
      for (const e of fn.expertise) if (!expertise.includes(e.expertise)) expertise.push(e.expertise);
    }
  }
  return [
    ...BUILT_IN_COMPETENCIES.map((c) => ({ kind: 'competency' as const, key: c.key, name: c.name })),
    ...competencies.map((c) => ({ kind: 'competency' as const, key: c.key, name: c.name })),
    ...expertise.map((key) => ({
      kind: 'expertise' as const,
      key,
      name: toLocalText(message('vk.requirementName', { name: expertiseName(key) })),
    })),
  ];
}

/**
 * An advice's words in both languages, made once per advice: the store keeps analyses
 * between calls, and wording thousands of advices again on every filter would cost more
 * than the rest of the overview together.
 */
const adviceTexts = new WeakMap<Advice, LocalText>();
function adviceText(advice: Advice, wording: Record<Lang, Translator>): LocalText {
  let text = adviceTexts.get(advice);
  if (!text) {
    text = { nl: wording.nl.render(advice.message), en: wording.en.render(advice.message) };
    adviceTexts.set(advice, text);
  }
  return text;
}

/**
 * One overview's wording in both languages; many teams share the same advice (the same
 * rule on the same competency), worded once (see memoTranslator).
 */
function adviceWording(): Record<Lang, Translator> {
  return { nl: memoTranslator(translator('nl')), en: memoTranslator(translator('en')) };
}

/**
 * The HR overview: one row per team (per scenario when asked), the four lists HR acts
 * on, all narrowed by the filter. Every team is analysed once, filtered or not: a
 * person's load counts every team they work in, also teams the filter hides.
 *
 * Which people a filter keeps: over-allocated people with an assignment in a shown
 * team; assessment issues of members of a shown team. Without a filter the assessment
 * list also holds people who are in no team yet (HR assesses the whole pool).
 */
export function buildHrOverview(input: HrInput, options: HrOptions): HrOverview {
  return overviewFromAnalyses(input, analyseAll(input), options);
}

/**
 * The expensive half (engine and advice per scenario), independent of filters, months and
 * the day (see analyseScenario): the store process keeps it.
 */
export interface HrAnalyses {
  competencies: HrCompetencyColumn[];
  analyses: ScenarioAnalysis[];
}

export function analyseAll(input: HrInput): HrAnalyses {
  const competencies = competencyColumns(input);
  return { competencies, analyses: input.scenarios.map((entry) => analyseScenario(entry, competencies)) };
}

/** The cheap half: filter, sort and the people lists, from analyses made for the same input and day. */
export function overviewFromAnalyses(
  input: HrInput,
  { competencies, analyses }: HrAnalyses,
  options: HrOptions,
  /**
   * Only the first this many advices are kept (the screen shows the first rows of a list):
   * wording an advice in both languages costs more than the rest of the overview, and a
   * region has tens of thousands. Each row's `openAdvice` still counts them all.
   */
  adviceUpTo = Number.POSITIVE_INFINITY,
): HrOverview {
  const shown = shownInOrder(analyses, (a) => a.entry, options);
  const shownTeams = new Set(shown.map((a) => a.entry.teamId));
  const filtering = isFilterActive(options.filter);

  const loads = loadsAcrossTeams(analyses);
  const overAllocated = overAllocatedPeople(input.professionals, loads).filter(
    (p) => !filtering || p.assignments.some((a) => shownTeams.has(a.teamId)),
  );

  const teamsOf = new Map<string, TeamRef[]>();
  for (const [id, load] of loads) {
    teamsOf.set(
      id,
      load.assignments.map(({ hours: _hours, ...ref }) => ref),
    );
  }
  const assessments = assessmentIssues(input.professionals, teamsOf, options.today, options.assessmentMonths).filter(
    (p) => (p.teams.length === 0 ? !filtering : p.teams.some((t) => shownTeams.has(t.teamId))),
  );

  const wording = adviceWording();
  const areas = areasOf(analyses.map((a) => a.entry));

  return {
    competencies,
    rows: shown.map((a) => a.row),
    overAllocated,
    assessments,
    singlePerson: shown.flatMap((a) => a.singlePerson),
    advice: shown
      .flatMap((a) => a.openAdvice.map((advice) => ({ ref: a.ref, advice })))
      .slice(0, adviceUpTo)
      .map(({ ref, advice }) => ({
        ...ref,
        rule: advice.rule,
        severity: advice.severity,
        message: adviceText(advice, wording),
      })),
    areas,
  };
}
