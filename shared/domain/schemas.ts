import { z } from 'zod';
import { MAX_FUNCTION_HOURS, MAX_PERSON_HOURS } from './hourLimits.js';
import { MAX_LEVEL, MIN_LEVEL } from './levels.js';
import { hasLetterOrDigit } from './nameRule.js';
import { COMPETENCY_KEY_PATTERN } from '../catalogue/competencies.js';
import { MAX_DISCIPLINE_LENGTH } from '../catalogue/disciplines.js';
import {
  ACCOUNTABILITIES,
  AGE_GROUPS,
  BREADTH_SCOPES,
  DEPTH_MODES,
  EXPERTISE_SCOPES,
  FRONT_FIELD_KINDS,
  INTEGRATION_MODES,
  ORGANISATION_TYPES,
  POSITIONINGS,
  QUESTION_ARRIVAL,
  QUESTION_REACH,
  TEAM_MODELS,
} from '../catalogue/teamDesign.js';
import { LIFE_DOMAINS } from '../catalogue/lifeDomains.js';
import { TEAM_ROLE_KEY_PATTERN } from '../catalogue/teamRoles.js';

/**
 * Zod schemas of the domain entities. Error messages are keys of VALIDATION_MESSAGES
 * (see ./messages.ts) so a single formatter can speak Dutch or English. Referential
 * checks (unknown competency, dangling ids) live with the aggregate that can see both
 * sides: the plan schema and the service.
 */

export const idSchema = z.string({ error: 'id' }).regex(/^[^\s]{1,64}$/, { error: 'id' });
/** A name: trimmed, 1 to 200 characters, at least one letter or digit (shared/domain/nameRule.ts). */
export const nameSchema = z
  .string({ error: 'name' })
  .trim()
  .min(1, { error: 'name', abort: true })
  .max(200, { error: 'name' })
  .refine(hasLetterOrDigit, { error: 'nameLetter' });
const notesSchema = z.string({ error: 'text' }).max(2000, { error: 'text' });
/** A short free text (a contact, a response time): empty allowed. */
const shortTextSchema = z.string({ error: 'text' }).trim().max(200, { error: 'text' });
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
  .max(MAX_FUNCTION_HOURS, { error: 'hoursTooMany' });
/**
 * The hours a person gives to other teams together (a team plan file's `hoursInOtherTeams`):
 * a sum of assignments in several teams, so bounded as a function's hours, not a contract's.
 */
export const hoursInOtherTeamsSchema = requiredHoursSchema;
const contractHoursSchema = z
  .number({ error: 'hours' })
  .finite({ error: 'hours' })
  .min(0, { error: 'hours' })
  .max(MAX_PERSON_HOURS, { error: 'hoursTooMany' });
export const assignmentHoursSchema = z
  .number({ error: 'assignmentHours' })
  .finite({ error: 'assignmentHours' })
  .gt(0, { error: 'assignmentHours' })
  .max(MAX_PERSON_HOURS, { error: 'assignmentHours' });

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
  /** Which questions reach the team and how they arrive: the axis that separates A1 from A2. */
  questions: z
    .strictObject({
      reach: z.enum(QUESTION_REACH),
      arrival: z.enum(QUESTION_ARRIVAL),
      notes: notesSchema.default(''),
    })
    .default({ reach: 'all', arrival: 'direct', notes: '' }),
  depth: z.strictObject({ mode: z.enum(DEPTH_MODES), notes: notesSchema.default('') }),
  integration: z.strictObject({ mode: z.enum(INTEGRATION_MODES), notes: notesSchema.default('') }),
});

/** Whom the team consults for knowledge it does not hold itself: where "only in the schil" points to. */
export const consultationSchema = z.strictObject({
  organisation: shortTextSchema,
  contact: shortTextSchema.default(''),
  arrangement: notesSchema.default(''),
  responseTime: shortTextSchema.default(''),
});

/** A consultation arrangement for one expertise the team lacks (the A1 model's known risk). */
const expertiseConsultationSchema = consultationSchema.extend({ expertise: expertiseKeySchema });

/** A partner in the voorliggend veld: it refers cases to the team (the schil is where the team refers to). */
const frontFieldPartnerSchema = z.strictObject({
  name: nameSchema,
  kind: z.enum(FRONT_FIELD_KINDS),
  /** How cases reach the team from this partner (who reports, where, how fast). */
  referralRoute: notesSchema.default(''),
});

/**
 * The team's own leidinggevende: a professional of the pool or just a name. Span is what
 * they lead in total (often more than this team); null means "this team's members". The
 * span limit is the user's own threshold for the check, null for none.
 */
/** A number of people, optional (null: not given). */
function optionalPeopleCount(min: number) {
  return z
    .number({ error: 'count' })
    .int({ error: 'count' })
    .min(min, { error: 'count' })
    .max(1000, { error: 'count' })
    .nullable()
    .default(null);
}

const leaderSchema = z.strictObject({
  professionalId: idSchema.nullable().default(null),
  name: z.string({ error: 'name' }).trim().max(200, { error: 'name' }).default(''),
  accountableTo: z.enum(ACCOUNTABILITIES).nullable().default(null),
  spanPeople: optionalPeopleCount(0),
  spanFte: z
    .number({ error: 'hours' })
    .finite({ error: 'hours' })
    .min(0, { error: 'hours' })
    .max(1000, { error: 'hours' })
    .nullable()
    .default(null),
  spanLimitPeople: optionalPeopleCount(1),
});

const lifeDomainSchema = z.enum(LIFE_DOMAINS);

export const teamSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  area: z.string({ error: 'name' }).trim().max(200, { error: 'name' }).default(''),
  organisationType: z.enum(ORGANISATION_TYPES),
  model: z.enum(TEAM_MODELS),
  positioning: z.enum(POSITIONINGS),
  ageGroups: z.array(z.enum(AGE_GROUPS)).max(AGE_GROUPS.length),
  design: teamDesignSchema,
  /** Target groups the team is focused on, in the user's words (empty: no focus). */
  targetGroups: z.array(nameSchema).max(20).default([]),
  /** Terrains (life domains) on which the team is mandated to decide directly. */
  mandate: z.array(lifeDomainSchema).max(LIFE_DOMAINS.length).default([]),
  leader: leaderSchema.nullable().default(null),
  frontField: z.array(frontFieldPartnerSchema).max(40).default([]),
  consultations: z.array(expertiseConsultationSchema).max(40).default([]),
  /** The user's own pros and cons of the chosen model, shown as theirs (the sources give none for some models). */
  ownModelNotes: z
    .strictObject({ pros: z.array(notesSchema).max(20), cons: z.array(notesSchema).max(20) })
    .default({ pros: [], cons: [] }),
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

/** Vakkennis a function asks for, at a level and a number of people, exactly like a competency requirement. */
export const expertiseRequirementSchema = z.strictObject({
  expertise: expertiseKeySchema,
  level: levelSchema,
  minPeople: z
    .number({ error: 'minPeople' })
    .int({ error: 'minPeople' })
    .min(1, { error: 'minPeople' })
    .max(20, { error: 'minPeople' }),
  scope: z.enum(EXPERTISE_SCOPES).default('function'),
});

export const teamFunctionSchema = z.strictObject({
  id: idSchema,
  /** The catalogue template this function came from, if any; null for a function made from scratch. */
  templateKey: z.string().max(64).nullable().default(null),
  name: nameSchema,
  placement: z.enum(['team', 'shell']),
  hoursRequired: requiredHoursSchema,
  requirements: z.array(requirementSchema).max(40),
  expertise: z.array(expertiseRequirementSchema).max(20).default([]),
  /** The life domains this function serves. */
  lifeDomains: z.array(lifeDomainSchema).max(LIFE_DOMAINS.length).default([]),
  /** For a function in the schil: whom the team consults or refers to. */
  consultation: consultationSchema.nullable().default(null),
  /** For an in-team function: how heavier problems move on to the schil (whom, when, how). */
  escalation: notesSchema.default(''),
});

const bindingSchema = z.enum(['hierarchical', 'functional']);

/** Expertise a person brings, with its level (1-4; absent means none) and when it was last assessed. */
export const heldExpertiseSchema = z.strictObject({
  key: expertiseKeySchema,
  level: z
    .number({ error: 'rating' })
    .int({ error: 'rating' })
    .min(1, { error: 'rating' })
    .max(MAX_LEVEL, { error: 'rating' }),
  assessedOn: isoDateSchema.nullable().default(null),
});

const teamRoleKeySchema = z.string({ error: 'unknownTeamRole' }).regex(TEAM_ROLE_KEY_PATTERN, {
  error: 'unknownTeamRole',
});

export const teamRoleSchema = z.strictObject({
  key: teamRoleKeySchema,
  name: z.strictObject({ nl: nameSchema, en: nameSchema }),
});

export const professionalSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  // A catalogued discipline's key or the name of a discipline of the municipality's own
  // (shared/catalogue/ownDisciplines.ts), so any name that is not blank.
  discipline: z
    .string({ error: 'discipline' })
    .trim()
    .min(1, { error: 'discipline' })
    .max(MAX_DISCIPLINE_LENGTH, { error: 'discipline' }),
  organisation: z.string({ error: 'name' }).trim().max(200, { error: 'name' }).default(''),
  binding: bindingSchema,
  contractHours: contractHoursSchema,
  ratings: z.record(competencyRefSchema, ratingSchema).default({}),
  expertise: z.array(heldExpertiseSchema).max(20).default([]),
  assessedOn: isoDateSchema.nullable().default(null),
  /** How strongly each team role comes naturally, on the 0-4 scale; keys are the plan's team roles. */
  teamRoles: z.record(teamRoleKeySchema, ratingSchema).default({}),
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
export type ExpertiseRequirement = z.infer<typeof expertiseRequirementSchema>;
export type HeldExpertise = z.infer<typeof heldExpertiseSchema>;
export type Consultation = z.infer<typeof consultationSchema>;
export type TeamRole = z.infer<typeof teamRoleSchema>;
export type TeamFunction = z.infer<typeof teamFunctionSchema>;
export type Professional = z.infer<typeof professionalSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
