import { analyseScenario, type ScenarioAnalysis } from './analyseScenario.js';
import { competencyColumns, type HrAnalyses } from './buildOverview.js';
import type { HrInput } from './types.js';

/**
 * `analyseAll` that remembers each scenario's analysis and redoes only the scenarios
 * whose content changed. A scenario is keyed by its whole content (plan with members,
 * name, main/sample flags), not by a time stamp: stamps have millisecond resolution and a
 * test clock may stand still, a content key cannot be fooled. The analyses also depend on
 * the day (assessment advice) and on the matrix columns (a team's cells follow every
 * team's vakkennis), so a new day or a new set of columns starts afresh.
 */
export class ScenarioAnalysisCache {
  private context = '';
  private entries = new Map<string, { key: string; analysis: ScenarioAnalysis }>();
  /** How many scenarios the last `analyse` took from the cache (the tests check the reuse). */
  reused = 0;

  analyse(input: HrInput, today: string): HrAnalyses {
    const competencies = competencyColumns(input);
    const context = `${today}\u0000${JSON.stringify(competencies)}`;
    if (context !== this.context) {
      this.context = context;
      this.entries.clear();
    }
    this.reused = 0;
    const next = new Map<string, { key: string; analysis: ScenarioAnalysis }>();
    const analyses = input.scenarios.map((entry) => {
      const key = JSON.stringify(entry);
      const known = this.entries.get(entry.scenarioId);
      const reuse = known?.key === key;
      if (reuse) this.reused += 1;
      const analysis = reuse ? known.analysis : analyseScenario(entry, competencies, today);
      next.set(entry.scenarioId, { key, analysis });
      return analysis;
    });
    // Scenarios that are gone are forgotten with the old map.
    this.entries = next;
    return { competencies, analyses };
  }
}
