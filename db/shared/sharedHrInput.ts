import { disciplineFromText } from '../../shared/catalogue/ownDisciplines.js';
import type { HrInput } from '../../shared/hr/index.js';
import type { TeamPlan } from '../../shared/plan/planSchema.js';

/** What the host read from the shared database: every team the signed-in person may read, at its current version. */
export interface SharedPull {
  /** The server's clock at the read, so the screen can say how fresh the data is. */
  pulledAt: string;
  teams: { teamId: string; version: number; plan: TeamPlan | null }[];
}

/**
 * HR's overview fed from the shared database instead of this computer: the same HrInput
 * the local source gives (so the same HR computations run on it), plus the moment it
 * was read. Each published team counts as a main scenario of its own; its people come
 * from its own plan (a person in two teams is listed once, as the first plan has them),
 * and so do the custom competencies. A plan this planner cannot read (published by a
 * newer version) is left out rather than shown half.
 *
 * A person's discipline is read by the store's one rule (`disciplineFromText`, as
 * `storedDiscipline` writes it), against every discipline the published plans hold: a
 * planner from before that rule could publish "  Maatschappelijk Werker " beside
 * `socialWorker`, and HR would have counted them as two disciplines.
 */
export function sharedHrInput(pull: SharedPull): HrInput & { pulledAt: string } {
  const professionals = new Map<string, HrInput['professionals'][number]>();
  const competencies = new Map<string, HrInput['competencies'][number]>();
  const scenarios: HrInput['scenarios'] = [];
  const inUse = new Set<string>();
  for (const { plan } of pull.teams) for (const person of plan?.professionals ?? []) inUse.add(person.discipline);
  // Worked out once per spelling: the same people come back in every plan they work in.
  const stored = new Map<string, string>();
  const discipline = (text: string): string => {
    let known = stored.get(text);
    if (known === undefined) stored.set(text, (known = disciplineFromText(text, inUse) ?? text));
    return known;
  };
  for (const { teamId, plan: published } of pull.teams) {
    if (!published) continue;
    const plan = {
      ...published,
      professionals: published.professionals.map((p) => ({ ...p, discipline: discipline(p.discipline) })),
    };
    for (const person of plan.professionals) if (!professionals.has(person.id)) professionals.set(person.id, person);
    for (const c of plan.competencies) if (!competencies.has(c.key)) competencies.set(c.key, c);
    const { exportedAt: _exportedAt, ...rest } = plan;
    scenarios.push({
      teamId,
      scenarioId: teamId,
      scenarioName: plan.scenario ?? '',
      isMain: true,
      isSample: false,
      plan: rest,
    });
  }
  return {
    competencies: [...competencies.values()],
    professionals: [...professionals.values()],
    scenarios,
    pulledAt: pull.pulledAt,
  };
}
