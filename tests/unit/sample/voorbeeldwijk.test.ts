import { describe, expect, it } from 'vitest';
import { VOORBEELDWIJK_PLANS } from '../../../shared/sample/voorbeeldwijk.js';
import { parsePlan } from '../../../shared/plan/parsePlan.js';
import { DEFAULT_TEAM_ROLES } from '../../../shared/catalogue/teamRoles.js';

const byId = (id: string) => {
  const plan = VOORBEELDWIJK_PLANS.find((p) => p.team.id === id);
  if (!plan) throw new Error(`no sample team ${id}`);
  return plan;
};
const noord = byId('voorbeeld-team-a1');
const zuid = byId('voorbeeld-team-a2');

describe('the sample Voorbeeldwijk', () => {
  it('is made of valid plans that survive a round trip through the plan parser', () => {
    for (const plan of VOORBEELDWIJK_PLANS) {
      const parsed = parsePlan(JSON.parse(JSON.stringify(plan)));
      expect(parsed.ok, plan.team.name).toBe(true);
      if (parsed.ok) expect(parsed.plan).toEqual(plan);
    }
  });

  it('puts the A1 crisis function where its notes say: in the schil, with a consultation record', () => {
    expect(noord.team.design.depth.notes).toMatch(/crisisinterventie ligt bij de schil/);
    const crisis = noord.functions.filter((f) => f.templateKey === 'crisisIntervention');
    expect(crisis).toHaveLength(1);
    expect(crisis[0]!.placement).toBe('shell');
    expect(crisis[0]!.consultation?.organisation).toMatch(/Crisisdienst/);
    expect(noord.assignments.some((a) => a.functionId === crisis[0]!.id)).toBe(false);
  });

  it('makes the A2 team broad, for complex questions referred by voorliggend veld partners with routes', () => {
    const team = zuid.team;
    expect(team.model).toBe('A2');
    expect(team.design.breadth.scope).toBe('all');
    expect(team.ageGroups).toEqual(['youth', 'adults', 'elderly']);
    expect(team.design.questions).toMatchObject({ reach: 'complex', arrival: 'referred' });
    expect(team.frontField.length).toBeGreaterThanOrEqual(2);
    for (const partner of team.frontField) expect(partner.referralRoute.trim(), partner.name).not.toBe('');
    expect(zuid.functions.some((f) => f.templateKey === 'access')).toBe(false);
  });

  it('records mandate terrains only for teams whose design says they are mandated', () => {
    // De Waal e.a.: decision-making powers on several terrains belong to the integral, mandated team;
    // the A2 sample is geïntegreerd and its note says it has no mandate of its own.
    expect(zuid.team.design.integration.notes).toMatch(/geen eigen mandaat/);
    for (const plan of VOORBEELDWIJK_PLANS.filter((p) => p.team.design.integration.mode !== 'mandated')) {
      expect(plan.team.mandate, plan.team.name).toEqual([]);
    }
  });

  it('gives every integral team its own leidinggevende, and both sample leaders accountability and a span', () => {
    for (const plan of VOORBEELDWIJK_PLANS.filter((p) => p.team.organisationType === 'integraal')) {
      expect(plan.team.leader?.name, plan.team.name).toBeTruthy();
    }
    for (const plan of [noord, zuid]) {
      expect(plan.team.leader?.accountableTo, plan.team.name).not.toBeNull();
      expect(plan.team.leader?.spanLimitPeople, plan.team.name).not.toBeNull();
    }
    expect(zuid.team.leader?.professionalId).not.toBeNull();
  });

  it('shows each format-2 concept at least once', () => {
    const all = [noord, zuid];
    const functions = all.flatMap((p) => p.functions);
    const people = noord.professionals;
    expect(new Set(people.flatMap((p) => p.expertise.map((e) => e.level))).size).toBeGreaterThanOrEqual(3);
    expect(functions.some((f) => f.expertise.some((e) => e.scope === 'function' && e.level === 3))).toBe(true);
    expect(functions.some((f) => f.placement === 'shell' && f.consultation !== null)).toBe(true);
    expect(functions.some((f) => f.placement === 'team' && f.escalation.trim() !== '')).toBe(true);
    expect(functions.filter((f) => f.lifeDomains.length > 0).length).toBeGreaterThan(functions.length / 2);
    expect(zuid.functions.find((f) => f.templateKey === 'caseCoordination')?.lifeDomains).toHaveLength(10);
    expect(all.some((p) => p.team.targetGroups.length > 0)).toBe(true);
    expect(all.some((p) => p.team.mandate.length > 0)).toBe(true);
    expect(all.some((p) => p.team.consultations.length > 0)).toBe(true);
    expect(all.some((p) => p.team.ownModelNotes.pros.length + p.team.ownModelNotes.cons.length > 0)).toBe(true);
    const roleKeys = new Set(DEFAULT_TEAM_ROLES.map((r) => r.key));
    const rated = people.filter((p) => Object.keys(p.teamRoles).length > 0);
    expect(rated.length).toBeGreaterThanOrEqual(10);
    for (const p of rated) for (const key of Object.keys(p.teamRoles)) expect(roleKeys.has(key), key).toBe(true);
  });

  it('keeps Fatima El Amrani over-allocated across both teams', () => {
    const fatima = noord.professionals.find((p) => p.name === 'Fatima El Amrani')!;
    const hours = [noord, zuid]
      .flatMap((p) => p.assignments)
      .filter((a) => a.professionalId === fatima.id)
      .reduce((sum, a) => sum + a.hours, 0);
    expect(hours).toBeGreaterThan(fatima.contractHours);
  });
});
