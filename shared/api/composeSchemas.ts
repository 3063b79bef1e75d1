import { z } from 'zod';
import { assignmentHoursSchema, idSchema, nameSchema } from '../domain/schemas.js';
import { messageSchema } from '../i18n/messageSchema.js';

/**
 * "Stel samen" in the app (docs/compose.md, "In the app"): the solver runs in the store
 * process as a job; the renderer starts it, polls it and may cancel it, then creates a
 * variant scenario from the composition it received.
 */

export const composeStartSchema = z.strictObject({
  scenarioId: idSchema,
  objective: z.enum(['people', 'contractHours']).default('people'),
  /** Keep every current assignment (locked), or divide the whole pool afresh. */
  keepMembers: z.boolean().default(true),
  minHours: z.number().min(1).max(40).default(4),
  timeLimitSeconds: z.number().min(1).max(600).default(10),
  limits: z
    .strictObject({
      maxTeamSize: z.number().int().min(1).max(500).optional(),
      maxOrganisationShare: z.number().gt(0).max(1).optional(),
      requiredDiscipline: z.string().max(64).optional(),
    })
    .default({}),
});

/** Which part of the work a running job is in: the solver's tiers, then the check of each limit. */
export const COMPOSE_STAGES = [
  'preparing',
  'coverage',
  'unfilledHours',
  'objective',
  'assignments',
  'hoursPolish',
  'diagnosis',
] as const;
export type ComposeStage = (typeof COMPOSE_STAGES)[number];

const composedAssignmentSchema = z.strictObject({
  professionalId: idSchema,
  functionId: idSchema,
  hours: z.number(),
});

/** Coverage numbers of one composition, measured by the coverage engine (as the board shows them). */
const teamNumbersSchema = z.strictObject({
  teamCoverage: z.number(),
  requirementsCovered: z.number(),
  requirementsTotal: z.number(),
  people: z.number(),
  hoursAllocated: z.number(),
  hoursRequired: z.number(),
});

const composeOutcomeSchema = z.strictObject({
  status: z.enum(['optimal', 'feasible', 'timeLimit', 'infeasible']),
  objective: z.strictObject({ name: z.enum(['people', 'contractHours']), value: z.number() }),
  bound: z.number().nullable(),
  gap: z.number().nullable(),
  stoppedAt: z.string().nullable(),
  fromGreedy: z.boolean(),
  before: teamNumbersSchema,
  after: teamNumbersSchema,
  assignments: z.array(composedAssignmentSchema),
  /** Requirements nobody in the pool can cover, with the reason. */
  uncoverable: z.array(messageSchema),
  /**
   * Some of them are vakkennis asked of the whole team, which the coverage percentage does
   * not count (docs/coverage.md): the dialog says so, so 100% beside them is no contradiction.
   */
  uncoverableOutsideCoverage: z.boolean(),
  /** For `infeasible`: the limits that cannot be met (each alone, or only together). */
  infeasibleLimits: z.array(messageSchema),
  infeasibleTogether: z.boolean(),
  /** The user asked to wrap up ("Nu afronden"): an unproven answer was their choice, not the clock's. */
  wrappedUp: z.boolean(),
});
export type ComposeOutcome = z.output<typeof composeOutcomeSchema>;

export const composePollSchema = z.strictObject({
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  elapsedMs: z.number(),
  stage: z.enum(COMPOSE_STAGES).optional(),
  result: composeOutcomeSchema.optional(),
  error: messageSchema.optional(),
});
export type ComposePoll = z.output<typeof composePollSchema>;

export const composeApplySchema = z.strictObject({
  /** The scenario that was composed: the new variant copies its functions. */
  scenarioId: idSchema,
  name: nameSchema,
  assignments: z
    .array(z.strictObject({ professionalId: idSchema, functionId: idSchema, hours: assignmentHoursSchema }))
    .max(2000),
});
