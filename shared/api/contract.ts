import { z } from 'zod';
import {
  assignmentHoursSchema,
  assignmentSchema,
  competencyRefSchema,
  customCompetencySchema,
  hoursInOtherTeamsSchema,
  idSchema,
  levelSchema,
  nameSchema,
  professionalSchema,
  requirementSchema,
  teamFunctionSchema,
  teamRoleSchema,
  teamSchema,
} from '../domain/schemas.js';
import { teamPlanSchema } from '../plan/planSchema.js';
import {
  hrCellsRequestSchema,
  hrExportFileSchema,
  hrExportJobSchema,
  hrExportPollSchema,
  hrExportRequestSchema,
  hrInputSchema,
  hrOverviewRequestSchema,
  hrSummaryRequestSchema,
} from '../hr/apiSchemas.js';
import type { HrRowCells, HrSummary } from '../hr/summary.js';
import {
  appInfoSchema,
  backupInfoSchema,
  catalogueSchema,
  competencyDtoSchema,
  functionTemplateDtoSchema,
  personalDataExportSchema,
  planViewSchema,
  professionalImportPreviewSchema,
  professionalRemovalSchema,
  removalSubjectSchema,
  scenarioSchema,
  teamSummarySchema,
} from './entities.js';
import {
  developmentExportRequestSchema,
  developmentPlanSchema,
  developmentRequestSchema,
} from './developmentSchemas.js';
import { composeApplySchema, composePollSchema, composeStartSchema } from './composeSchemas.js';
import {
  sharedConflictSchema,
  sharedHrOverviewSchema,
  sharedHrPullSchema,
  sharedPublishIdSchema,
  sharedPublishResultSchema,
  sharedResolveResultSchema,
  sharedResolveSchema,
  sharedSettingsCheckSchema,
  sharedSettingsInputSchema,
  sharedSettingsSchema,
  sharedStatusSchema,
} from './sharedSchemas.js';

/**
 * The one API contract between the planner UI and the local store. Every method has a
 * zod schema for its input (parsed from `unknown` in the trusted process: Electron main
 * or the browser host) and for its output. Electron IPC, the preload, the browser host
 * and the renderer's client are all typed from this map; nothing else declares method
 * or channel names. Every input is an object, so transports can always send JSON.
 */

const empty = z.strictObject({});
const byId = z.strictObject({ id: idSchema });
const done = z.strictObject({ done: z.literal(true) });

const teamFields = teamSchema.omit({ id: true });
const functionFields = teamFunctionSchema.omit({ id: true });
const professionalFields = professionalSchema.omit({ id: true });

type WithoutDefaults<S extends z.core.$ZodShape> = {
  [K in keyof S]: S[K] extends z.ZodDefault<infer Inner extends z.core.$ZodType> ? Inner : S[K];
};

/**
 * For `update` methods: a field that is left out must stay as stored, so the defaults of
 * the entity schema (empty lists, '' and null) must not be filled in by `.partial()` -
 * otherwise `{ id, name }` would wipe a professional's ratings.
 */
function withoutDefaults<S extends z.core.$ZodShape>(schema: z.ZodObject<S, z.core.$strict>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<WithoutDefaults<S>, z.core.$strict>;
}

/** A team role's names as the user types them: the English one may stay empty (the Dutch one is used then). */
const teamRoleNameInput = z.strictObject({
  nl: nameSchema,
  en: z.string({ error: 'name' }).max(200, { error: 'name' }),
});

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const apiContract = {
  'app.info': method(empty, appInfoSchema),

  'catalogue.get': method(empty, catalogueSchema),
  'catalogue.createCompetency': method(customCompetencySchema, competencyDtoSchema),
  'catalogue.deleteCompetency': method(z.strictObject({ key: z.string().max(64) }), done),
  'catalogue.createFunctionTemplate': method(
    functionTemplateDtoSchema.omit({ key: true, builtIn: true }),
    functionTemplateDtoSchema,
  ),
  'catalogue.deleteFunctionTemplate': method(z.strictObject({ key: z.string().max(64) }), done),
  /**
   * Adds a team role to the organisation's set. Without a key the store makes one; with a
   * key, ratings and position (undo of a removal) the role comes back as it was.
   */
  'catalogue.createTeamRole': method(
    z.strictObject({
      key: teamRoleSchema.shape.key.optional(),
      name: teamRoleNameInput,
      ratings: z.record(idSchema, levelSchema).default({}),
      /** The 0-based place in the set; the end when left out. */
      position: z.number().int().min(0).max(1000).optional(),
    }),
    teamRoleSchema,
  ),
  'catalogue.updateTeamRole': method(
    z.strictObject({ key: teamRoleSchema.shape.key, name: teamRoleNameInput }),
    teamRoleSchema,
  ),
  /** Removes the role and, in the same write, every person's rating on it; answers with those ratings and its place. */
  'catalogue.deleteTeamRole': method(
    z.strictObject({ key: z.string().max(64) }),
    z.strictObject({ removedRatings: z.record(idSchema, z.number()), position: z.number().int() }),
  ),

  'teams.list': method(empty, z.array(teamSummarySchema)),
  /** Creates the team with its main scenario and, when given, functions from these catalogue templates. */
  'teams.create': method(
    teamFields.extend({
      functionTemplateKeys: z.array(z.string().max(64)).max(100).default([]),
      /** Templates the model proposes in the shell: made as shell functions, asking no hours of the team. */
      shellTemplateKeys: z.array(z.string().max(64)).max(100).default([]),
    }),
    teamSummarySchema,
  ),
  'teams.update': method(withoutDefaults(teamFields).partial().extend({ id: idSchema }), teamSummarySchema),
  'teams.delete': method(byId, done),

  'scenarios.duplicate': method(z.strictObject({ scenarioId: idSchema, name: nameSchema }), scenarioSchema),
  'scenarios.rename': method(z.strictObject({ scenarioId: idSchema, name: nameSchema }), scenarioSchema),
  'scenarios.delete': method(z.strictObject({ scenarioId: idSchema }), done),
  /** Makes this scenario the team's main one; the former main stays as a variant. */
  'scenarios.adopt': method(z.strictObject({ scenarioId: idSchema }), scenarioSchema),

  /** `index` places it in the scenario's order (0 is first; left out: last). */
  'functions.create': method(
    functionFields.extend({ scenarioId: idSchema, index: z.number().int().min(0).max(1000).optional() }),
    teamFunctionSchema,
  ),
  'functions.update': method(withoutDefaults(functionFields).partial().extend({ id: idSchema }), teamFunctionSchema),
  'functions.delete': method(byId, done),
  /**
   * Puts a removed function back in one write, as the undo of its removal: the same id (what refers to it
   * keeps working: a redo, the board's selection, the composer's locks), at `index` in the order, with its
   * members. A member who is no longer in the pool is left out; the answer holds the places that came back.
   */
  'functions.restore': method(
    z.strictObject({
      scenarioId: idSchema,
      index: z.number().int().min(0).max(1000),
      function: teamFunctionSchema,
      members: z.array(z.strictObject({ professionalId: idSchema, hours: assignmentHoursSchema })).max(1000),
    }),
    z.strictObject({ function: teamFunctionSchema, assignments: z.array(assignmentSchema) }),
  ),
  /** Replaces all requirements of a function in one write (add, change and remove are all this). */
  'requirements.set': method(
    z.strictObject({ functionId: idSchema, requirements: z.array(requirementSchema).max(40) }),
    teamFunctionSchema,
  ),

  'professionals.list': method(empty, z.array(professionalSchema)),
  'professionals.create': method(professionalFields, professionalSchema),
  'professionals.update': method(
    withoutDefaults(professionalFields).partial().extend({ id: idSchema }),
    professionalSchema,
  ),
  /**
   * Removes the person with their ratings and assignments everywhere (right to be forgotten);
   * answers what it removed, which the undo of "Verwijderen" gives back to `professionals.restore`.
   */
  'professionals.delete': method(byId, professionalRemovalSchema),
  /**
   * Puts a removed person back in one write: same id, ratings, places in every scenario (those
   * whose function still exists; `placesLost` counts the others) and the teams they led.
   */
  'professionals.restore': method(
    professionalRemovalSchema,
    z.strictObject({ professional: professionalSchema, placesLost: z.number().int() }),
  ),
  'professionals.setRating': method(
    z.strictObject({ professionalId: idSchema, competency: competencyRefSchema, level: levelSchema.nullable() }),
    professionalSchema,
  ),
  /**
   * Renames a discipline of the municipality's own for everyone who has it, in one write.
   * `to` is what was typed: it becomes what the discipline field would store
   * (`renamedDiscipline`, shared/catalogue/ownDisciplines.ts), so a name in use already, own
   * or catalogued, merges the two. With `ids` (the undo) only those people change, and `to` is
   * written as given: the discipline they had. Answers the discipline stored and the people changed.
   */
  'professionals.renameDiscipline': method(
    z.strictObject({
      from: professionalSchema.shape.discipline,
      to: professionalSchema.shape.discipline,
      ids: z.array(idSchema).max(100_000).optional(),
    }),
    z.strictObject({ discipline: z.string(), changed: z.array(professionalSchema) }),
  ),
  'professionals.exportPersonalData': method(byId, personalDataExportSchema),
  /** Where a person works: their places in every team's main scenario, with the hours (the person's page). */
  'professionals.workload': method(
    byId,
    z.array(
      z.strictObject({
        teamName: z.string(),
        functionName: z.string(),
        templateKey: z.string().nullable(),
        hours: z.number(),
      }),
    ),
  ),

  /** Puts a professional in a function with these hours, or changes the hours if already there. */
  'assignments.set': method(
    z.strictObject({ functionId: idSchema, professionalId: idSchema, hours: assignmentHoursSchema }),
    z.strictObject({ functionId: idSchema, professionalId: idSchema, hours: z.number() }),
  ),
  'assignments.move': method(
    z.strictObject({
      professionalId: idSchema,
      fromFunctionId: idSchema,
      toFunctionId: idSchema,
      hours: assignmentHoursSchema.optional(),
    }),
    z.strictObject({ functionId: idSchema, professionalId: idSchema, hours: z.number() }),
  ),
  'assignments.delete': method(z.strictObject({ functionId: idSchema, professionalId: idSchema }), done),

  'plan.get': method(z.strictObject({ scenarioId: idSchema }), planViewSchema),
  /** A team plan file of the scenario; `includePool` adds professionals who are not members. */
  'plan.export': method(
    z.strictObject({ scenarioId: idSchema, includePool: z.boolean().default(false) }),
    teamPlanSchema,
  ),
  /**
   * Imports a team plan file. When a team with the same id exists the answer is
   * `conflict` unless the caller chose: `replace` overwrites it, `copy` imports as a new team.
   */
  'plan.import': method(
    z.strictObject({ plan: z.unknown(), onConflict: z.enum(['ask', 'replace', 'copy']).default('ask') }),
    z.discriminatedUnion('status', [
      z.strictObject({
        status: z.literal('imported'),
        teamId: idSchema,
        /** The team's name as stored: a copy's is the free name the store chose ("X (kopie 2)"). */
        teamName: z.string(),
        scenarioId: idSchema,
        /**
         * People in the file whose id already exists with different data: the stored
         * person (and their ratings) was kept and used; the file's version was not written.
         */
        keptProfessionals: z.array(z.strictObject({ id: idSchema, name: z.string() })).optional(),
        /** The file's `hoursInOtherTeams` as read, for `plan.unknownHoursElsewhere` once a batch is in. */
        hoursInOtherTeams: z.record(idSchema, hoursInOtherTeamsSchema).optional(),
      }),
      z.strictObject({ status: z.literal('conflict'), existingTeamId: idSchema, existingName: z.string() }),
    ]),
  ),
  /**
   * After an import: the hours in other teams that the imported files name (their
   * `hoursInOtherTeams`) but this planner does not hold, per person; only people with
   * such hours. Asked once a whole batch is in, so teams imported together count.
   */
  'plan.unknownHoursElsewhere': method(
    z.strictObject({
      teams: z
        .array(z.strictObject({ scenarioId: idSchema, hoursInOtherTeams: z.record(idSchema, hoursInOtherTeamsSchema) }))
        .max(10_000),
    }),
    z.array(z.strictObject({ id: idSchema, name: z.string(), hours: z.number() })),
  ),

  'professionalsImport.preview': method(
    z.strictObject({
      fileName: z.string().max(260),
      format: z.enum(['csv', 'xlsx']),
      /** File content, base64: the same bytes over IPC and HTTP. 20 MB is far beyond any real list. */
      dataBase64: z.string().max(28_000_000),
    }),
    professionalImportPreviewSchema,
  ),
  /** Writes the rows of a preview; refuses (writes nothing) when the file has any error. */
  'professionalsImport.commit': method(
    z.strictObject({
      fileName: z.string().max(260),
      format: z.enum(['csv', 'xlsx']),
      dataBase64: z.string().max(28_000_000),
    }),
    z.strictObject({ created: z.number().int() }),
  ),

  'backups.list': method(empty, z.array(backupInfoSchema)),
  /**
   * A backup on request; with `before`, the one made just before deleting a team, scenario or
   * person, or before an import replaces many teams.
   */
  'backups.create': method(z.strictObject({ before: removalSubjectSchema.optional() }), backupInfoSchema),
  /** Restores a backup; the current file is first kept as a backup of its own. */
  'backups.restore': method(
    z.strictObject({ id: z.string().max(200) }),
    z.strictObject({ safetyCopy: backupInfoSchema }),
  ),

  /** Removes the sample neighbourhood "Voorbeeldwijk" (its teams and its professionals). */
  'sample.remove': method(empty, done),

  /** "Stel samen": starts composing the team of this scenario in the store process; answers at once. */
  'compose.start': method(composeStartSchema, z.strictObject({ jobId: z.string().max(64) })),
  /** Where a compose job is: running (with its stage), or done with the composition, failed or cancelled. */
  'compose.poll': method(z.strictObject({ jobId: z.string().max(64) }), composePollSchema),
  'compose.cancel': method(z.strictObject({ jobId: z.string().max(64) }), done),
  /** Ends a running job early with the best composition found so far (its status says what is proven). */
  'compose.finishNow': method(z.strictObject({ jobId: z.string().max(64) }), done),
  /** Creates a variant of the scenario (same functions) holding these assignments, in one write. */
  'compose.apply': method(composeApplySchema, scenarioSchema),

  /** HR: every team's main scenario (variants when asked) as member-only plans, with the whole pool, in one call. */
  'hr.overview': method(hrOverviewRequestSchema, hrInputSchema),
  /** HR: one list of the overview (or all, XLSX only) as a spreadsheet with Dutch column names. */
  'hr.export': method(hrExportRequestSchema, hrExportFileSchema),
  /** HR screen: the overview computed in the store process, without explanations, lists cut to their first rows. */
  'hr.summary': method(hrSummaryRequestSchema, z.custom<HrSummary>()),
  /** HR screen: the full cells (with explanations) of the rows in view. */
  'hr.cells': method(hrCellsRequestSchema, z.custom<HrRowCells[]>()),
  /** HR: starts writing an export in the store process; answers at once with a job to poll. */
  'hr.exportStart': method(hrExportRequestSchema, hrExportJobSchema),
  /** HR: how far the export is (lists done of total), then the file. */
  'hr.exportPoll': method(hrExportJobSchema, hrExportPollSchema),
  /** The area view of one area (all teams whose area is this name) as an XLSX workbook, a sheet per table. */
  'area.export': method(
    z.strictObject({ area: z.string().trim().min(1).max(200), lang: z.enum(['nl', 'en']).default('nl') }),
    hrExportFileSchema,
  ),

  /** The best k development steps for one scenario or all teams, computed in the store process (HiGHS). */
  'development.plan': method(developmentRequestSchema, developmentPlanSchema),
  /** A development plan as an XLSX workbook (steps, and the notes on proof and rules). */
  'development.export': method(developmentExportRequestSchema, hrExportFileSchema),

  /** Queues the scenario's plan for the shared database (answers at once; the host sends it). */
  'shared.publish': method(z.strictObject({ scenarioId: idSchema }), sharedPublishResultSchema),
  /** The publishes waiting or stopped in the outbox (without plans) and each team's last shared version. */
  'shared.status': method(empty, sharedStatusSchema),
  /** Sends a refused publish again (e.g. after the administrator fixed the rights). */
  'shared.retry': method(sharedPublishIdSchema, done),
  /**
   * Tries the server now instead of after the drain's back-off (up to 5 minutes), for a user
   * who knows it is back; answers once the attempt is done, so the status read next says how it went.
   */
  'shared.sendNow': method(empty, done),
  /** Gives up a refused or conflicting publish; the local team is untouched. */
  'shared.discard': method(sharedPublishIdSchema, done),
  /** Both sides of a conflicting publish, for the comparison screen. */
  'shared.conflict': method(sharedPublishIdSchema, sharedConflictSchema),
  /** Ends a conflict: keep mine, take theirs or keep both. */
  'shared.resolve': method(sharedResolveSchema, sharedResolveResultSchema),
  /** HR's overview from the shared database: every team the user may read there, with the moment it was read. */
  'shared.hrOverview': method(empty, sharedHrOverviewSchema),
  /** Reads the shared database for HR's summary and exports (`source: 'shared'`); answers when, and how many teams. */
  'shared.hrPull': method(empty, sharedHrPullSchema),
  /** This installation's address of the shared database (never the password). */
  'shared.settings': method(empty, sharedSettingsSchema),
  /** Tries an address (and typed password) without saving it: whether it works, and if not why. */
  'shared.checkSettings': method(sharedSettingsInputSchema, sharedSettingsCheckSchema),
  /** Saves the address (and on the desktop the password, into the keychain); the drain reconnects. */
  'shared.saveSettings': method(sharedSettingsInputSchema, sharedSettingsSchema),
  /** Disconnects this installation: address and stored password removed; the outbox stays. */
  'shared.forgetSettings': method(empty, sharedSettingsSchema),
} as const;

type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

/** What the service implements: one function per method, given parsed input. May throw ApiFailure. */
export type ApiHandlers = { [M in ApiMethod]: (input: ApiParsedInput<M>) => ApiOutput<M> | Promise<ApiOutput<M>> };
