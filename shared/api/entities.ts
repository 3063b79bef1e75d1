import { z } from 'zod';
import { LIFE_DOMAINS } from '../catalogue/lifeDomains.js';
import {
  assignmentHoursSchema,
  customCompetencySchema,
  idSchema,
  levelSchema,
  localTextSchema,
  nameSchema,
  professionalSchema,
  requirementSchema,
  teamFunctionSchema,
  teamRoleSchema,
  teamSchema,
} from '../domain/schemas.js';
import { teamPlanSchema } from '../plan/planSchema.js';
import { messageSchema } from '../i18n/messageSchema.js';

/** Shapes that only exist at the API boundary (summaries, listings, import previews). */

export const scenarioSchema = z.strictObject({
  id: idSchema,
  teamId: idSchema,
  name: nameSchema,
  /** The main scenario is the team as it is (or will be); others are variants to compare. */
  isMain: z.boolean(),
  updatedAt: z.string(),
});

export const teamSummarySchema = teamSchema.extend({
  isSample: z.boolean(),
  scenarios: z.array(scenarioSchema),
  updatedAt: z.string(),
});

export const competencyDtoSchema = z.strictObject({
  key: z.string(),
  name: localTextSchema,
  description: localTextSchema,
  builtIn: z.boolean(),
});

export const functionTemplateDtoSchema = z.strictObject({
  key: z.string(),
  name: localTextSchema,
  description: localTextSchema,
  defaultPlacement: z.enum(['team', 'shell']),
  defaultHours: z.number(),
  requirements: z.array(requirementSchema),
  expertise: z.array(z.string()),
  lifeDomains: z.array(z.enum(LIFE_DOMAINS)).default([]),
  builtIn: z.boolean(),
});

export const catalogueSchema = z.strictObject({
  competencies: z.array(competencyDtoSchema),
  functionTemplates: z.array(functionTemplateDtoSchema),
  /** The organisation's own set of team roles, in its order (people are rated 0-4 on each). */
  teamRoles: z.array(teamRoleSchema),
});

export const planViewSchema = z.strictObject({
  teamId: idSchema,
  scenarioId: idSchema,
  scenarioName: nameSchema,
  /** The scenario as a team plan; `professionals` holds the whole pool, members and candidates. */
  plan: teamPlanSchema,
  /**
   * Hours per week each professional already gives to OTHER teams (their main scenarios:
   * variants are drafts), keyed by professional id; people with none are left out. A
   * person shared by two teams is not free for the hours the other team has.
   */
  hoursElsewhere: z.record(idSchema, z.number()),
});

/**
 * Everything `professionals.delete` took away, so `professionals.restore` can put it back
 * as it was: the person (same id), their places in every scenario of every team with
 * their hours, and the teams they led.
 */
export const professionalRemovalSchema = z.strictObject({
  professional: professionalSchema,
  isSample: z.boolean(),
  assignments: z.array(z.strictObject({ functionId: idSchema, hours: assignmentHoursSchema })).max(10_000),
  ledTeams: z.array(z.strictObject({ teamId: idSchema, leader: teamSchema.shape.leader })).max(10_000),
});

/** What a `beforeRemoval` backup was made for: the Reservekopieën list names it. */
export const removalSubjectSchema = z.strictObject({
  /**
   * `teamsReplaced`: an import replacing many teams at once, `name` is how many;
   * `teamReplaced`: an import replacing one team, `name` is the team's; `sample`: removing
   * the Voorbeeldwijk (`name` empty); `teamTakenFromShared`: the shared database's version
   * replacing one team (a conflict's "Gedeelde versie overnemen"), `name` is the team's. A
   * build before a kind reads such a note as no note.
   */
  kind: z.enum(['team', 'scenario', 'professional', 'teamsReplaced', 'teamReplaced', 'sample', 'teamTakenFromShared']),
  name: z.string().max(200),
});

export const backupInfoSchema = z.strictObject({
  id: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  reason: z.enum(['start', 'interval', 'manual', 'beforeMigration', 'beforeRestore', 'beforeRemoval']),
  /** Only on a `beforeRemoval` backup whose note could be read; null otherwise. */
  removal: removalSubjectSchema.nullable(),
  /** Whether it can be restored: not when `damaged` or `newer` (db/backup/backupCondition.ts). */
  condition: z.enum(['usable', 'damaged', 'newer']),
});

const importRowErrorSchema = z.strictObject({
  row: z.number().int(),
  /**
   * The column as the file's header names it; a column the file lacks (or a file without a
   * header) is named as the import template names it, a Message in the reader's language.
   */
  column: z.union([z.string(), messageSchema]),
  /** What is wrong with this cell; the row and column are the place. */
  text: messageSchema,
});

const professionalDraftSchema = professionalSchema.omit({ id: true });

export const professionalImportPreviewSchema = z.strictObject({
  rows: z.array(professionalDraftSchema),
  errors: z.array(importRowErrorSchema),
  /** What the preview says besides the count, e.g. that the names were put together from first and last names. */
  notes: z.array(messageSchema),
});

export const personalDataExportSchema = z.strictObject({
  exportedAt: z.string(),
  professional: professionalSchema,
  assignments: z.array(
    z.strictObject({
      teamName: z.string(),
      scenarioName: z.string(),
      functionName: z.string(),
      hours: z.number(),
    }),
  ),
});

export const appInfoSchema = z.strictObject({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  /** Set when opening needed attention, e.g. a damaged file was moved aside. */
  notice: z.strictObject({ code: z.string(), text: messageSchema, latestBackupId: z.string().nullable() }).nullable(),
});

export { customCompetencySchema, idSchema, levelSchema, teamFunctionSchema };

export type Scenario = z.infer<typeof scenarioSchema>;
export type TeamSummary = z.infer<typeof teamSummarySchema>;
export type CompetencyDto = z.infer<typeof competencyDtoSchema>;
export type FunctionTemplateDto = z.infer<typeof functionTemplateDtoSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type PlanView = z.infer<typeof planViewSchema>;
export type BackupInfo = z.infer<typeof backupInfoSchema>;
export type RemovalSubject = z.infer<typeof removalSubjectSchema>;
export type ProfessionalRemoval = z.infer<typeof professionalRemovalSchema>;
export type ImportRowError = z.infer<typeof importRowErrorSchema>;
export type ProfessionalDraft = z.infer<typeof professionalDraftSchema>;
export type ProfessionalImportPreview = z.infer<typeof professionalImportPreviewSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
