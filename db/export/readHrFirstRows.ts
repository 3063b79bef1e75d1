import { z } from 'zod';
import { expertiseRequirementSchema, type Team, type TeamFunction } from '../../shared/domain/schemas.js';
import { columnsOf } from '../../shared/hr/buildOverview.js';
import type { HrCompetencyColumn, HrOptions } from '../../shared/hr/index.js';
import { areasOf, shownInOrder, type HrScenarioFacts } from '../../shared/hr/shownRows.js';
import type { HrFirstRows } from '../../shared/hr/summary.js';
import type { StoreContext } from '../context.js';
import { preloadPool } from '../importExport/planExport.js';
import { listTeamSummaries } from '../repositories/teams.js';
import { memoParse } from './memoParse.js';
import { readHrPool } from './readHrPool.js';
import { listHrScenarios, readScenarioEntries } from './readHrScenarios.js';

/** The matrix's first rows read on their own, and the matrix's columns. */
export type HrFirstRowsRead = HrFirstRows & { competencies: HrCompetencyColumn[] };

/**
 * The matrix's first `count` rows of a first visit that finds nothing read yet, without
 * reading the whole store: which rows come first needs only the teams and their scenarios
 * (shownRows.ts), so only those scenarios are read, with only their members' part of the
 * pool (at 1,000 teams the whole read was 85% of the first rows' answer). The columns
 * need every in-team function's vakkennis, in the whole read's order: one narrow query.
 * Each entry is what the whole read gives for that scenario (the same plan, members in the
 * pool's order), so its analysis is kept for the whole summary (compared by content) and
 * the rows equal the whole summary's first rows (tested at every stage of the warm-up).
 */
export function readHrFirstRows(
  ctx: StoreContext,
  count: number,
  options: Pick<HrOptions, 'includeScenarios' | 'filter'>,
): HrFirstRowsRead {
  return ctx.read(() => {
    const teams = new Map<string, Team>();
    for (const { isSample: _sample, scenarios: _scenarios, updatedAt: _updated, ...team } of listTeamSummaries(ctx)) {
      teams.set(team.id, team);
    }
    // Every scenario, as the whole read lists them (its input holds the variants too).
    const listing = listHrScenarios(ctx);
    const facts = listing.map((s) => ({ listed: s, facts: { ...s, plan: { team: teams.get(s.teamId)! } } }));
    const shown = shownInOrder(facts, (f) => f.facts, options);
    const first = shown.slice(0, count).map((f) => f.listed);
    const members = ctx
      .stmt(
        `SELECT DISTINCT a.professional_id FROM assignments a JOIN functions f ON f.id = a.function_id
         WHERE f.scenario_id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify(first.map((s) => s.scenarioId))) as string[];
    const base = preloadPool(ctx, readHrPool(ctx, members));
    const custom = base.catalogue.filter((c) => !c.builtIn).map((c) => ({ key: c.key, name: c.name }));
    const asked = inTeamVakkennis(ctx);
    return {
      first: readScenarioEntries(ctx, base, first, teams, false),
      rowCount: shown.length,
      areas: areasOf(facts.map((f): HrScenarioFacts => f.facts)),
      competencies: columnsOf(
        custom,
        listing.map((s) => asked.get(s.scenarioId) ?? []),
      ),
    };
  });
}

/**
 * The vakkennis each scenario's in-team functions ask for, functions in their order (that
 * of the whole read), checked by the same schema as the whole read checks them.
 */
function inTeamVakkennis(ctx: StoreContext): Map<string, Pick<TeamFunction, 'placement' | 'expertise'>[]> {
  const expertise = memoParse(z.array(expertiseRequirementSchema));
  const rows = ctx
    .stmt(
      `SELECT scenario_id, expertise_json FROM functions WHERE placement = 'team'
       ORDER BY scenario_id, position, id`,
    )
    .raw()
    .all() as [scenarioId: string, expertiseJson: string][];
  const byScenario = new Map<string, Pick<TeamFunction, 'placement' | 'expertise'>[]>();
  for (const [scenarioId, json] of rows) {
    let list = byScenario.get(scenarioId);
    if (!list) {
      list = [];
      byScenario.set(scenarioId, list);
    }
    list.push({ placement: 'team', expertise: expertise(json) });
  }
  return byScenario;
}
