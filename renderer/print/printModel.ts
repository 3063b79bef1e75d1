import { shownFunctionCoverage, type ShownCoverage } from '../../shared/engine/shownCoverage.js';
import { functionNameIn } from '../../shared/catalogue/functionName.js';
import type { Professional } from '../../shared/domain/schemas.js';
import {
  adviseDesign,
  computeCoverage,
  overAllocatedIds,
  whoClosesGaps,
  type HoursElsewhere,
} from '../../shared/engine/index.js';
import { coverTeamExpertise } from '../../shared/engine/teamExpertise.js';
import { shownStatus } from '../../shared/engine/shownStatus.js';
import type { Advice, CoverageReport, RequirementKind, RequirementStatus } from '../../shared/engine/types.js';
import { fteShown } from '../../shared/hr/fte.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/**
 * What the printed team composition overview shows, computed from the plan with the
 * shared engine: the same numbers as the coverage panel, arranged for paper.
 */

interface PrintedMember {
  id: string;
  name: string;
  discipline: string;
  organisation: string;
  hours: number;
}

/**
 * Vakkennis a function asks for, with the vocabulary's status: scope `function` as the
 * engine's requirement row (among the function's members), scope `team` among all members.
 * `inShell` for a function placed in the shell, which asks nothing of the team.
 */
interface PrintedExpertise {
  key: string;
  level: number;
  minPeople: number;
  scope: 'function' | 'team';
  qualified: number;
  status: RequirementStatus | 'thin' | 'inShell';
}

export interface PrintedFunction {
  id: string;
  name: string;
  placement: 'team' | 'shell';
  hoursRequired: number;
  hoursAllocated: number;
  /** A share, or nothing asked (shared/engine/shownCoverage.ts). */
  coverage: ShownCoverage;
  members: PrintedMember[];
  expertise: PrintedExpertise[];
}

interface PrintedGap {
  functionName: string;
  kind: RequirementKind;
  /** The competency key, or the expertise key when `kind` is `expertise`. */
  competency: string;
  status: Exclude<RequirementStatus, 'covered'>;
  level: number;
  best: number;
  /** People who meet the level, and how many the requirement asks: a gap of people reads as one. */
  qualified: number;
  minPeople: number;
  /** People in the pool who meet the level, best first (those without room last), with their free hours. */
  candidates: { name: string; hoursAvailable: number; hasRoom: boolean }[];
}

interface PrintedPerson {
  id: string;
  name: string;
  discipline: string;
  organisation: string;
  binding: Professional['binding'];
  contractHours: number;
  hoursInTeam: number;
  /** Over-allocated by the engine's one rule: hours in this team and elsewhere against the contract. */
  overAllocated: boolean;
  assessedOn: string | null;
}

export interface PrintModel {
  plan: TeamPlan;
  report: CoverageReport;
  functions: PrintedFunction[];
  members: PrintedPerson[];
  gaps: PrintedGap[];
  advice: Advice[];
  totals: {
    hoursRequired: number;
    hoursAllocated: number;
    fteRequired: number;
    fteAllocated: number;
    members: number;
    contractFte: number;
  };
}

/** A function's name as the reader reads it (`CatalogueStore.functionName` in the UI's language). */
type FunctionNaming = (fn: TeamPlan['functions'][number]) => string;

/**
 * `hoursElsewhere`: hours people give to other teams, so suggested people are offered only
 * the time they have. `functionName`: the one rule of `shared/catalogue/functionName.ts`,
 * so the print names each function as the board does (Dutch by default).
 */
export function buildPrintModel(
  plan: TeamPlan,
  today: string,
  hoursElsewhere: HoursElsewhere = {},
  functionName: FunctionNaming = (fn) => functionNameIn(fn, 'nl'),
): PrintModel {
  const report = computeCoverage(plan);
  const people = new Map(plan.professionals.map((p) => [p.id, p]));
  const hoursOf = new Map<string, number>();
  for (const a of plan.assignments) hoursOf.set(`${a.functionId}\u0000${a.professionalId}`, a.hours);

  const teamMembers = report.memberIds.map((id) => people.get(id)!);
  const functions: PrintedFunction[] = report.functions.map((f, i) => ({
    expertise: plan.functions[i]!.expertise.map((need): PrintedExpertise => {
      const row =
        need.scope === 'function'
          ? f.requirements.find((r) => r.kind === 'expertise' && r.competency === need.expertise)!
          : coverTeamExpertise(need, teamMembers);
      const status = f.inShell ? 'inShell' : shownStatus(row);
      const { level, minPeople, scope } = need;
      return { key: need.expertise, level, minPeople, scope, qualified: row.qualified, status };
    }),
    id: f.id,
    name: functionName(plan.functions[i]!),
    placement: f.placement,
    hoursRequired: f.hoursRequired,
    hoursAllocated: f.hoursAllocated,
    coverage: shownFunctionCoverage(f),
    members: f.memberIds.map((id) => {
      const p = people.get(id)!;
      return {
        id,
        name: p.name,
        discipline: p.discipline,
        organisation: p.organisation,
        hours: hoursOf.get(`${f.id}\u0000${id}`) ?? 0,
      };
    }),
  }));

  const loads = new Map(report.professionals.map((l) => [l.id, l]));
  const over = new Set(overAllocatedIds(report, hoursElsewhere));
  const members: PrintedPerson[] = report.memberIds.map((id) => {
    const p = people.get(id)!;
    return {
      id,
      name: p.name,
      discipline: p.discipline,
      organisation: p.organisation,
      binding: p.binding,
      contractHours: p.contractHours,
      hoursInTeam: loads.get(id)?.hoursAllocated ?? 0,
      overAllocated: over.has(id),
      assessedOn: p.assessedOn,
    };
  });

  const fnById = new Map(report.functions.map((f) => [f.id, f]));
  const nameById = new Map(functions.map((f) => [f.id, f.name]));
  const gaps: PrintedGap[] = whoClosesGaps(plan, report, 3, hoursElsewhere).map((g) => {
    const requirement = fnById
      .get(g.functionId)!
      .requirements.find((r) => r.kind === g.kind && r.competency === g.competency)!;
    return {
      functionName: nameById.get(g.functionId)!,
      kind: g.kind,
      competency: g.competency,
      status: g.status === 'covered' ? 'partial' : g.status,
      level: requirement.level,
      best: requirement.best,
      qualified: requirement.qualified,
      minPeople: requirement.minPeople,
      candidates: g.candidates.map((c) => ({
        name: people.get(c.professionalId)?.name ?? c.professionalId,
        hoursAvailable: c.hoursAvailable,
        hasRoom: c.hasRoom,
      })),
    };
  });

  const contractHours = members.reduce((sum, m) => sum + m.contractHours, 0);
  return {
    plan,
    report,
    functions,
    members,
    gaps,
    advice: adviseDesign(plan, report, { today, hoursElsewhere }),
    totals: {
      hoursRequired: report.hoursRequired,
      hoursAllocated: report.hoursAllocated,
      fteRequired: fteShown(report.hoursRequired),
      fteAllocated: fteShown(report.hoursAllocated),
      members: members.length,
      contractFte: fteShown(contractHours),
    },
  };
}
