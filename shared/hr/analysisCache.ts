import { analyseScenario, type ScenarioAnalysis } from './analyseScenario.js';
import { competencyColumns, type HrAnalyses } from './buildOverview.js';
import type { HrCompetencyColumn, HrInput, HrScenarioPlan } from './types.js';

/**
 * `analyseAll` that remembers each scenario's analysis and redoes only the scenarios
 * whose content changed. A scenario read again as the same object (the read after a
 * write hands every untouched scenario on as it was, see updateHrRead.ts; an input is
 * never changed once read) is known at once; any other is compared by its whole content
 * (plan with members, name, main/sample flags), not by a time stamp: stamps have
 * millisecond resolution and a test clock may stand still, a content key cannot be
 * fooled. The content key is worked out only when it is compared, so a first read (nothing
 * kept) writes no key at all: at 1,000 teams that was 90 ms of text and its garbage on
 * HR's cold path. An analysis does not depend
 * on the day (see analyseScenario), but a team's cells follow the matrix columns (every
 * team's vakkennis, the custom competencies), so new columns start afresh.
 *
 * The analyses can also be made ahead in slices (`prepare`, the store's idle warm-up);
 * `analyse` then only assembles what is kept.
 */
export class ScenarioAnalysisCache {
  private columnsKey = '';
  /** Each scenario's analysis by scenario id; `analysis.entry` is the scenario it was made of. */
  private entries = new Map<string, ScenarioAnalysis>();
  /**
   * Each input's columns and each scenario's content key, worked out once however many
   * slices look at them. An input is never changed once read (every read is a new object).
   */
  private readonly columnsOf = new WeakMap<HrInput, HrCompetencyColumn[]>();
  private readonly keys = new WeakMap<HrScenarioPlan, string>();
  /** How many scenarios the last `analyse` took from the cache (the tests check the reuse). */
  reused = 0;
  /** How many analyses this cache has made in all, however asked (the tests check nothing is made twice). */
  made = 0;

  analyse(input: HrInput): HrAnalyses {
    const competencies = this.columnsFor(input);
    this.reused = 0;
    const next = new Map<string, ScenarioAnalysis>();
    const analyses = input.scenarios.map((entry) => {
      const known = this.kept(entry);
      if (known) this.reused += 1;
      const analysis = known ?? this.make(entry, competencies);
      next.set(entry.scenarioId, analysis);
      return analysis;
    });
    // Scenarios that are gone are forgotten with the old map.
    this.entries = next;
    return { competencies, analyses };
  }

  /**
   * Analyses scenarios of `input` that are not kept yet, one at a time, until `enough()`
   * says the slice is used up (at least one per call, so slices always get on); true when
   * every scenario is kept (the next `analyse` of this input analyses nothing).
   */
  prepare(input: HrInput, enough: () => boolean): boolean {
    const competencies = this.columnsFor(input);
    let analysed = 0;
    for (const entry of input.scenarios) {
      if (this.kept(entry)) continue;
      if (analysed > 0 && enough()) return false;
      this.entries.set(entry.scenarioId, this.make(entry, competencies));
      analysed += 1;
    }
    return true;
  }

  /**
   * The analyses of just these scenarios (the matrix's first rows, the rows in view) for
   * these matrix columns (`columnsFor` the input they belong to, or the same columns read
   * on their own), made now where not kept and kept from then on, so whatever makes the
   * rest (`prepare`, `analyse`) does not make them again.
   */
  analyseSome(competencies: HrCompetencyColumn[], entries: readonly HrScenarioPlan[]): HrAnalyses {
    this.useColumns(competencies);
    const analyses = entries.map((entry) => {
      const known = this.kept(entry);
      if (known) return known;
      const analysis = this.make(entry, competencies);
      this.entries.set(entry.scenarioId, analysis);
      return analysis;
    });
    return { competencies, analyses };
  }

  private make(entry: HrScenarioPlan, competencies: HrCompetencyColumn[]): ScenarioAnalysis {
    this.made += 1;
    return analyseScenario(entry, competencies);
  }

  /** Whether this scenario's analysis is kept (made of the same content), so slices can skip it without making it. */
  isKept(entry: HrScenarioPlan): boolean {
    return this.kept(entry) !== undefined;
  }

  /** The kept analysis of this scenario if it was made of the same content; the same object needs no comparing. */
  private kept(entry: HrScenarioPlan): ScenarioAnalysis | undefined {
    const known = this.entries.get(entry.scenarioId);
    if (!known) return undefined;
    if (known.entry === entry || this.keyOf(known.entry) === this.keyOf(entry)) return known;
    return undefined;
  }

  /** The input's columns; other columns than the kept analyses were made for drop them all. */
  columnsFor(input: HrInput): HrCompetencyColumn[] {
    let competencies = this.columnsOf.get(input);
    if (!competencies) {
      competencies = competencyColumns(input);
      this.columnsOf.set(input, competencies);
    }
    return this.useColumns(competencies);
  }

  private useColumns(competencies: HrCompetencyColumn[]): HrCompetencyColumn[] {
    const columnsKey = JSON.stringify(competencies);
    if (columnsKey !== this.columnsKey) {
      this.columnsKey = columnsKey;
      this.entries.clear();
    }
    return competencies;
  }

  private keyOf(entry: HrScenarioPlan): string {
    let key = this.keys.get(entry);
    if (key === undefined) {
      key = JSON.stringify(entry);
      this.keys.set(entry, key);
    }
    return key;
  }
}
