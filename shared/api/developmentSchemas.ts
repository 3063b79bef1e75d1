import { z } from 'zod';
import { idSchema, isoDateSchema } from '../domain/schemas.js';

/**
 * The development plan at the API boundary (`development.plan`, `development.export`):
 * what the user asks (scope, k, rules) and the plan the store process answers. The pure
 * planner (shared/development) returns exactly this shape, so the renderer, the export,
 * the print and `npm run report -- --development` read one structure.
 */

/** The rules a plan must respect; the defaults are one step per person in the planning year and no other limit. */
const developmentRulesSchema = z.strictObject({
  /** At most this many steps per person within the plan's horizon (a year). */
  maxStepsPerPerson: z.number().int().min(1).max(4).default(1),
  /** Only people assessed within this many months before `today`; null: everybody. */
  assessedWithinMonths: z.number().int().min(1).max(240).nullable().default(null),
  /** People the user leaves out (e.g. on leave, or leaving). */
  excludedIds: z.array(idSchema).max(10_000).default([]),
  /** Advice for one person (their page): only their steps are candidates. */
  onlyPersonId: idSchema.nullable().default(null),
});

const developmentScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scenario'), scenarioId: idSchema }),
  /** Every team's main scenario at once: one person's step counts in all their teams. */
  z.strictObject({ kind: z.literal('allTeams') }),
]);

export const developmentRequestSchema = z.strictObject({
  scope: developmentScopeSchema,
  k: z.number().int().min(1).max(20),
  rules: developmentRulesSchema.default({
    maxStepsPerPerson: 1,
    assessedWithinMonths: null,
    excludedIds: [],
    onlyPersonId: null,
  }),
  /** The user's date (the store does not guess the time zone), for the assessment rule. */
  today: isoDateSchema,
  /** Seconds the exact solver may take before the greedy plan is used. */
  timeLimitSeconds: z.number().min(0.1).max(120).default(10),
});

const localTextSchema = z.strictObject({ nl: z.string(), en: z.string() });
const openStateSchema = z.enum(['missing', 'partial', 'thin']);
const stateSchema = z.enum(['missing', 'partial', 'thin', 'covered']);

/** One requirement row a step helps: where it is, what it asks, and its state before and after the plan. */
const stepEffectSchema = z.strictObject({
  teamId: z.string(),
  teamName: z.string(),
  functionId: z.string(),
  functionName: localTextSchema,
  level: z.number().int(),
  minPeople: z.number().int(),
  before: openStateSchema,
  after: stateSchema,
  /** Qualified members before and after the whole plan. */
  qualifiedBefore: z.number().int(),
  qualifiedAfter: z.number().int(),
  /** Other people in the plan whose steps this row also needs (names). */
  together: z.array(z.string()),
});

const developmentStepSchema = z.strictObject({
  personId: z.string(),
  personName: z.string(),
  kind: z.enum(['competency', 'expertise']),
  key: z.string(),
  /** The competency's or vakkennis' name in both languages. */
  name: localTextSchema,
  from: z.number().int(),
  to: z.number().int(),
  /** Functions (names in both languages) the person works in, in the plan's teams (each name once; JSON version 1). */
  functions: z.array(localTextSchema),
  /**
   * The same per team, in the plan's order of teams: "Werkt in Noord (Casusregie) en Zuid
   * (Casusregie)" must name both teams, not one "Casusregie" run together.
   */
  workplaces: z.array(z.strictObject({ teamName: z.string(), functions: z.array(localTextSchema) })),
  effects: z.array(stepEffectSchema),
});

export const developmentPlanSchema = z.strictObject({
  k: z.number().int(),
  rules: developmentRulesSchema,
  /** `exact`: chosen by the integer program; `greedy`: one best step at a time. */
  method: z.enum(['exact', 'greedy']),
  /**
   * `optimal`: proven best; `greedyOptimal`: greedy reached a bound no plan can beat;
   * `timeLimit`: the solver stopped before proving (bound says how far off it can be);
   * `noSolver`: only greedy ran (the bound is the planner's own provable upper bound).
   */
  proof: z.enum(['optimal', 'greedyOptimal', 'timeLimit', 'noSolver']),
  /** Weighted closures: 3 per missing, 2 per partial requirement covered, 1 per thin one no longer thin. */
  score: z.number().int(),
  /** Extra qualified people on requirements that stay open or close (the tie-breaker). */
  progress: z.number().int(),
  closed: z.strictObject({ missing: z.number().int(), partial: z.number().int(), thin: z.number().int() }),
  /** No plan of k steps under these rules scores more than this (equals score when proven). */
  bound: z.number().int(),
  /** The greedy plan's score, for comparison. */
  greedyScore: z.number().int(),
  candidates: z.number().int(),
  teams: z.number().int(),
  steps: z.array(developmentStepSchema),
});

/** The plan the user sees, written as XLSX: the file holds exactly what the screen shows. */
export const developmentExportRequestSchema = z.strictObject({
  plan: developmentPlanSchema,
  /** The UI language: column names, sheet names and words in the file follow it. */
  lang: z.enum(['nl', 'en']).default('nl'),
});

export type DevelopmentRules = z.output<typeof developmentRulesSchema>;
export type DevelopmentPlan = z.output<typeof developmentPlanSchema>;
export type DevelopmentStep = z.output<typeof developmentStepSchema>;
export type StepEffect = z.output<typeof stepEffectSchema>;
