import { z } from 'zod';
import { MAX_LEVEL, MIN_LEVEL } from './levels.js';
import { COMPETENCY_KEY_PATTERN } from '../catalogue/competencies.js';
import {
  AGE_GROUPS,
  BREADTH_SCOPES,
  DEPTH_MODES,
  INTEGRATION_MODES,
  ORGANISATION_TYPES,
  POSITIONINGS,
  TEAM_MODELS,
} from '../catalogue/teamDesign.js';

/**
 * Zod schemas of the domain entities. Error messages are keys of VALIDATION_MESSAGES
 * (see ./messages.ts) so a single formatter can speak Dutch or English. Referential
 * checks (unknown competency, dangling ids) live with the aggregate that can see both
 * sides: the plan schema and the service.
 */

export const idSchema = z.string({ error: 'id' }).regex(/^[^\s]{1,64}$/, { error: 'id' });
export const nameSchema = z.string({ error: 'name' }).trim().min(1, { error: 'name' }).max(200, { error: 'name' });
const notesSchema = z.string({ error: 'text' }).max(2000, { error: 'text' });
export const isoDateSchema = z
  .string({ error: 'date' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'date' });

export const levelSchema = z
  .number({ error: 'level' })
  .int({ error: 'level' })
  .min(MIN_LEVEL, { error: 'level' })
  .max(MAX_LEVEL, { error: 'level' });
const ratingSchema = z
  .number({ error: 'rating' })
  .int({ error: 'rating' })
  .min(MIN_LEVEL, { error: 'rating' })
  .max(MAX_LEVEL, { error: 'rating' });

/** Hours per week. A function may need more than one full-time person; a person works at most 60. */
const requiredHoursSchema = z
  .number({ error: 'hours' })
  .finite({ error: 'hours' })
  .min(0, { error: 'hours' })
  .max(1000, { error: 'hoursTooMany' });
const contractHoursSchema = z
  .number({ error: 'hours' })
  .finite({ error: 'hours' })
  .min(0, { error: 'hours' })
  .max(60, { error: 'hoursTooMany' });
export const assignmentHoursSchema = z
  .number({ error: 'assignmentHours' })
  .finite({ error: 'assignmentHours' })
  .gt(0, { error: 'assignmentHours' })
  .max(60, { error: 'assignmentHours' });

const competencyKeySchema = z.string({ error: 'competencyKey' }).regex(COMPETENCY_KEY_PATTERN, {
  error: 'competencyKey',
});
/** Built-in keys are camelCase (e.g. `selfdevelopment`); references accept both forms. */
export const competencyRefSchema = z.string({ error: 'unknownCompetency' }).regex(/^[a-zA-Z][a-zA-Z0-9-]{1,39}$/, {
  error: 'unknownCompetency',
});
const expertiseKeySchema = z
  .string({ error: 'unknownExpertise' })
  .regex(/^[a-zA-Z][a-zA-Z0-9-]{1,39}$/, { error: 'unknownExpertise' });

export const localTextSchema = z.strictObject({ nl: z.string().max(2000), en: z.string().max(2000) });

export const customCompetencySchema = z.strictObject({
  key: competencyKeySchema,
  name: z.strictObject({ nl: nameSchema, en: nameSchema }),
  description: localTextSchema.optional(),
});

const teamDesignSchema = z.strictObject({
  breadth: z.strictObject({
    scope: z.enum(BREADTH_SCOPES),
    collective: z.boolean(),
    notes: notesSchema.default(''),
  }),
  depth: z.strictObject({ mode: z.enum(DEPTH_MODES), notes: notesSchema.default('') }),
  integration: z.strictObject({ mode: z.enum(INTEGRATION_MODES), notes: notesSchema.default('') }),
});

export const teamSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  area: z.string({ error: 'name' }).trim().max(200, { error: 'name' }).default(''),
  organisationType: z.enum(ORGANISATION_TYPES),
  model: z.enum(TEAM_MODELS),
  positioning: z.enum(POSITIONINGS),
  ageGroups: z.array(z.enum(AGE_GROUPS)).max(AGE_GROUPS.length),
  design: teamDesignSchema,
});

export const requirementSchema = z.strictObject({
  competency: competencyRefSchema,
  level: levelSchema,
  minPeople: z
    .number({ error: 'minPeople' })
    .int({ error: 'minPeople' })
    .min(1, { error: 'minPeople' })
    .max(20, { error: 'minPeople' }),
});

export const teamFunctionSchema = z.strictObject({
  id: idSchema,
  /** The catalogue template this function came from, if any; null for a function made from scratch. */
  templateKey: z.string().max(64).nullable().default(null),
  name: nameSchema,
  placement: z.enum(['team', 'shell']),
  hoursRequired: requiredHoursSchema,
  requirements: z.array(requirementSchema).max(40),
  expertise: z.array(expertiseKeySchema).max(20).default([]),
});

const bindingSchema = z.enum(['hierarchical', 'functional']);

export const professionalSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  discipline: z.string({ error: 'unknownDiscipline' }).min(1, { error: 'unknownDiscipline' }).max(64),
  organisation: z.string({ error: 'name' }).trim().max(200, { error: 'name' }).default(''),
  binding: bindingSchema,
  contractHours: contractHoursSchema,
  ratings: z.record(competencyRefSchema, ratingSchema).default({}),
  expertise: z.array(expertiseKeySchema).max(20).default([]),
  assessedOn: isoDateSchema.nullable().default(null),
});

export const assignmentSchema = z.strictObject({
  professionalId: idSchema,
  functionId: idSchema,
  hours: assignmentHoursSchema,
});

export type CustomCompetency = z.infer<typeof customCompetencySchema>;
export type TeamDesign = z.infer<typeof teamDesignSchema>;
export type Team = z.infer<typeof teamSchema>;
export type Requirement = z.infer<typeof requirementSchema>;
export type TeamFunction = z.infer<typeof teamFunctionSchema>;
export type Professional = z.infer<typeof professionalSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
