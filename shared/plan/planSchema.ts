import { z } from 'zod';
import { BUILT_IN_COMPETENCY_KEYS } from '../catalogue/competencies.js';
import { EXPERTISE_KEYS } from '../catalogue/expertise.js';
import { DEFAULT_TEAM_ROLES } from '../catalogue/teamRoles.js';
import {
  assignmentSchema,
  customCompetencySchema,
  hoursInOtherTeamsSchema,
  idSchema,
  nameSchema,
  professionalSchema,
  teamFunctionSchema,
  teamRoleSchema,
  teamSchema,
} from '../domain/schemas.js';
import type { ValidationMessageKey } from '../domain/messages.js';

/**
 * The team plan file: one team (or one scenario of it) with its functions, the
 * professionals in its pool and their assignments. The same format is used by the
 * command-line report, by import/export in the app and for exchange between team
 * leaders and HR. See docs/team-plan-format.md. Bump PLAN_FORMAT_VERSION on any change
 * that an older reader would misunderstand; readers upgrade older versions before parsing
 * (./upgradePlan.ts: version 1 to 2).
 */
export const PLAN_FORMAT = 'wijkteam-plan';
export const PLAN_FORMAT_VERSION = 2;

const planShape = z.strictObject({
  format: z.literal(PLAN_FORMAT, { error: 'format' }),
  version: z.literal(PLAN_FORMAT_VERSION, { error: 'version' }),
  exportedAt: z.string().max(40).optional(),
  /** Name of the scenario this plan was exported from, when not the team's main variant. */
  scenario: nameSchema.optional(),
  competencies: z.array(customCompetencySchema).max(100).default([]),
  /** The team roles people are rated on: the organisation's own set, the built-in default when absent. */
  teamRoles: z
    .array(teamRoleSchema)
    .max(40)
    .default(() => DEFAULT_TEAM_ROLES.map((r) => ({ key: r.key, name: { ...r.name } }))),
  team: teamSchema,
  functions: z.array(teamFunctionSchema).max(200),
  professionals: z.array(professionalSchema).max(20000),
  assignments: z.array(assignmentSchema).max(100000),
  /**
   * Hours per week each professional gave to OTHER teams when the file was written, keyed
   * by professional id (people with none may be left out): the app's `hoursElsewhere`, so
   * a reader of this one team counts over-allocation and free hours as the app did. Left
   * out (files before it, or written by hand): not known, and counted as 0.
   */
  hoursInOtherTeams: z.record(idSchema, hoursInOtherTeamsSchema).optional(),
});

/** A reference problem; `value` is the offending id or key, named in the message. */
type Issue = { path: (string | number)[]; message: ValidationMessageKey; value: string };

/** Checks that need the whole plan: unknown keys, dangling ids and duplicates. */
function referentialIssues(plan: z.infer<typeof planShape>): Issue[] {
  const issues: Issue[] = [];
  const competencies = new Set(BUILT_IN_COMPETENCY_KEYS);
  plan.competencies.forEach((c, i) => {
    if (competencies.has(c.key))
      issues.push({ path: ['competencies', i, 'key'], message: 'duplicateCompetency', value: c.key });
    competencies.add(c.key);
  });
  const expertise = new Set(EXPERTISE_KEYS);
  const teamRoles = new Set<string>();
  plan.teamRoles.forEach((r, i) => {
    if (teamRoles.has(r.key))
      issues.push({ path: ['teamRoles', i, 'key'], message: 'duplicateTeamRole', value: r.key });
    teamRoles.add(r.key);
  });
  plan.team.consultations.forEach((c, i) => {
    if (!expertise.has(c.expertise))
      issues.push({ path: ['team', 'consultations', i, 'expertise'], message: 'unknownExpertise', value: c.expertise });
  });

  const functionIds = new Set<string>();
  plan.functions.forEach((f, i) => {
    if (functionIds.has(f.id)) issues.push({ path: ['functions', i, 'id'], message: 'duplicateId', value: f.id });
    functionIds.add(f.id);
    const seen = new Set<string>();
    f.requirements.forEach((r, j) => {
      if (!competencies.has(r.competency)) {
        issues.push({
          path: ['functions', i, 'requirements', j, 'competency'],
          message: 'unknownCompetency',
          value: r.competency,
        });
      } else if (seen.has(r.competency)) {
        issues.push({
          path: ['functions', i, 'requirements', j, 'competency'],
          message: 'duplicateRequirement',
          value: r.competency,
        });
      }
      seen.add(r.competency);
    });
    const seenExpertise = new Set<string>();
    f.expertise.forEach((e, j) => {
      if (!expertise.has(e.expertise))
        issues.push({
          path: ['functions', i, 'expertise', j, 'expertise'],
          message: 'unknownExpertise',
          value: e.expertise,
        });
      else if (seenExpertise.has(e.expertise))
        issues.push({
          path: ['functions', i, 'expertise', j, 'expertise'],
          message: 'duplicateExpertise',
          value: e.expertise,
        });
      seenExpertise.add(e.expertise);
    });
  });

  const professionalIds = new Set<string>();
  plan.professionals.forEach((p, i) => {
    if (professionalIds.has(p.id))
      issues.push({ path: ['professionals', i, 'id'], message: 'duplicateId', value: p.id });
    professionalIds.add(p.id);
    for (const key of Object.keys(p.ratings)) {
      if (!competencies.has(key))
        issues.push({ path: ['professionals', i, 'ratings', key], message: 'unknownCompetency', value: key });
    }
    const held = new Set<string>();
    p.expertise.forEach((e, j) => {
      if (!expertise.has(e.key))
        issues.push({ path: ['professionals', i, 'expertise', j, 'key'], message: 'unknownExpertise', value: e.key });
      else if (held.has(e.key))
        issues.push({ path: ['professionals', i, 'expertise', j, 'key'], message: 'duplicateExpertise', value: e.key });
      held.add(e.key);
    });
    for (const key of Object.keys(p.teamRoles)) {
      if (!teamRoles.has(key))
        issues.push({ path: ['professionals', i, 'teamRoles', key], message: 'unknownTeamRole', value: key });
    }
  });
  // The leader's professionalId is not checked against this plan's professionals: a plan
  // of members only (an HR overview, an export without the pool) may name a leader from
  // the pool who is in no function. The leader's name is always written beside it.

  const pairs = new Set<string>();
  plan.assignments.forEach((a, i) => {
    if (!professionalIds.has(a.professionalId)) {
      issues.push({
        path: ['assignments', i, 'professionalId'],
        message: 'unknownProfessional',
        value: a.professionalId,
      });
    }
    if (!functionIds.has(a.functionId)) {
      issues.push({ path: ['assignments', i, 'functionId'], message: 'unknownFunction', value: a.functionId });
    }
    const pair = `${a.professionalId}\u0000${a.functionId}`;
    if (pairs.has(pair))
      issues.push({ path: ['assignments', i], message: 'duplicateAssignment', value: a.professionalId });
    pairs.add(pair);
  });
  for (const id of Object.keys(plan.hoursInOtherTeams ?? {})) {
    if (!professionalIds.has(id))
      issues.push({ path: ['hoursInOtherTeams', id], message: 'unknownProfessional', value: id });
  }
  return issues;
}

export const teamPlanSchema = planShape.superRefine((plan, ctx) => {
  for (const issue of referentialIssues(plan)) {
    ctx.addIssue({
      code: 'custom',
      path: issue.path,
      message: issue.message,
      params: { value: issue.value },
      input: undefined,
    });
  }
});

export type TeamPlan = z.infer<typeof teamPlanSchema>;
/** What a caller may write: defaults (empty lists, null dates) may be left out. */
export type TeamPlanInput = z.input<typeof teamPlanSchema>;
