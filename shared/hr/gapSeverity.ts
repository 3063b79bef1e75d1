import { askedInShell } from '../engine/askedInShell.js';
import { expertiseLevelOf } from '../engine/expertiseLevel.js';
import { shownStatus } from '../engine/shownStatus.js';
import { coverTeamExpertise } from '../engine/teamExpertise.js';
import type { CoverageReport, RequirementKind } from '../engine/types.js';
import type { TeamPlan } from '../plan/planSchema.js';
import { cellExplainer } from './cellExplanation.js';
import type { GapSeverity, HrCell, HrCellExplanation } from './types.js';

const RANK: Record<GapSeverity, number> = { missing: 0, partial: 1, thin: 2, covered: 3, inShell: 4, notRequired: 5 };

function worseOf(a: GapSeverity, b: GapSeverity): GapSeverity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** A column of the matrix: a competency or a vakkennis, by key. */
export interface CellColumn {
  kind: RequirementKind;
  key: string;
}

const cellId = (kind: RequirementKind, key: string) => `${kind}\u0000${key}`;

/**
 * One row of the HR matrix: per competency (and per vakkennis) the worst status of any
 * in-team requirement on it (shell functions ask nothing of the team, as in the engine).
 * A requirement that is covered but rests on one person is `thin`: HR wants to see where
 * one departure opens a gap. Vakkennis asked of a function's members is a requirement row
 * of the engine; vakkennis asked of the whole team is judged on all members together:
 * missing without a holder at the level, partial with fewer than asked, thin with one.
 */
export function competencyCells(plan: TeamPlan, report: CoverageReport, columns: readonly CellColumn[]): HrCell[] {
  const cells = new Map<string, HrCell>();
  const explain = cellExplainer(plan, report);
  for (const { kind, key } of columns) {
    const cell: HrCell = {
      kind,
      competency: key,
      severity: 'notRequired',
      requiredLevel: null,
      best: 0,
      openRequirements: 0,
      explanation: { requirements: [] },
    };
    explainWhenRead(cell, () => explain(kind, key));
    cells.set(cellId(kind, key), cell);
  }
  for (const entry of report.profile) {
    const cell = cells.get(cellId('competency', entry.competency));
    if (cell) cell.best = entry.best;
  }
  const memberIds = new Set(report.memberIds);
  const members = plan.professionals.filter((p) => memberIds.has(p.id));
  for (const cell of cells.values()) {
    if (cell.kind !== 'expertise') continue;
    for (const p of members) cell.best = Math.max(cell.best, expertiseLevelOf(p.expertise, cell.competency));
  }
  const record = (cell: HrCell | undefined, status: GapSeverity, level: number): void => {
    if (!cell) return;
    cell.severity = cell.severity === 'notRequired' ? status : worseOf(cell.severity, status);
    cell.requiredLevel = Math.max(cell.requiredLevel ?? 0, level);
    if (status === 'missing' || status === 'partial') cell.openRequirements += 1;
  };
  for (const fn of report.functions) {
    if (fn.inShell) continue;
    for (const r of fn.requirements) {
      const status: GapSeverity = shownStatus(r);
      record(cells.get(cellId(r.kind, r.competency)), status, r.level);
    }
  }
  for (const fn of plan.functions) {
    if (fn.placement !== 'team') continue;
    for (const e of fn.expertise) {
      if (e.scope !== 'team') continue;
      const team = coverTeamExpertise(e, members);
      const status: GapSeverity = shownStatus(team);
      record(cells.get(cellId('expertise', e.expertise)), status, e.level);
    }
  }
  // A competency or vakkennis that only shell functions ask is asked, in the shell: "in de
  // schil", as the board, the print and the report say; "niet gevraagd" only when no
  // function of the team asks it at all.
  const inShell = (cell: HrCell | undefined): void => {
    if (cell && cell.severity === 'notRequired') cell.severity = 'inShell';
  };
  for (const kind of ['competency', 'expertise'] as const) {
    for (const key of askedInShell(report, kind)) inShell(cells.get(cellId(kind, key)));
  }
  for (const fn of plan.functions) {
    if (fn.placement !== 'shell') continue;
    for (const e of fn.expertise) inShell(cells.get(cellId('expertise', e.expertise)));
  }
  return columns.map(({ kind, key }) => cells.get(cellId(kind, key))!);
}

/**
 * A cell's explanation is worked out when first read, then kept. The screen's summary
 * reads only the status and the open count of every cell (a thousand teams: 26,000
 * explanations nobody would look at); `hr.cells`, the exports and any copy (spread,
 * JSON, structured clone) read it and get exactly what an eager explanation gave. The
 * property keeps its place among the cell's keys, so serialised cells are unchanged.
 */
function explainWhenRead(cell: HrCell, explain: () => HrCellExplanation): void {
  Object.defineProperty(cell, 'explanation', {
    enumerable: true,
    configurable: true,
    get(): HrCellExplanation {
      const value = explain();
      Object.defineProperty(cell, 'explanation', { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
    set(value: HrCellExplanation) {
      Object.defineProperty(cell, 'explanation', { value, enumerable: true, writable: true, configurable: true });
    },
  });
}
