import { z } from 'zod';
import { ORGANISATION_TYPES, TEAM_MODELS } from '../catalogue/teamDesign.js';
import { customCompetencySchema, idSchema, isoDateSchema, professionalSchema } from '../domain/schemas.js';
import { teamPlanSchema } from '../plan/planSchema.js';
import { messageSchema } from '../i18n/messageSchema.js';
import { HR_LISTS } from './tables.js';

/**
 * The HR methods' shapes at the API boundary (registered in shared/api/contract.ts).
 * One call brings every team, so the HR screen computes everything with the shared
 * engine and needs no second round trip per team.
 */

export const hrOverviewRequestSchema = z.strictObject({
  /** Also the variants (non-main scenarios) of every team. */
  includeScenarios: z.boolean().default(false),
});

export const hrInputSchema = z.strictObject({
  competencies: z.array(customCompetencySchema),
  professionals: z.array(professionalSchema),
  scenarios: z.array(
    z.strictObject({
      teamId: idSchema,
      scenarioId: idSchema,
      scenarioName: z.string(),
      isMain: z.boolean(),
      isSample: z.boolean(),
      plan: teamPlanSchema,
    }),
  ),
});

/** Where HR reads its teams: this computer's file, or the last read of the shared database (`shared.hrPull`). */
const hrSourceSchema = z.enum(['local', 'shared']).default('local');

const hrFilterSchema = z.strictObject({
  area: z.string().max(200).default(''),
  model: z.enum([...TEAM_MODELS, '']).default(''),
  organisationType: z.enum([...ORGANISATION_TYPES, '']).default(''),
});

export const hrExportRequestSchema = z.strictObject({
  /** One list, or `all` (XLSX only, one sheet per list; the service refuses it for CSV). */
  list: z.enum([...HR_LISTS, 'all']),
  format: z.enum(['xlsx', 'csv']),
  /** The user's date (the store does not guess the time zone), to judge assessment age. */
  today: isoDateSchema,
  assessmentMonths: z.number().int().min(1).max(240).default(24),
  includeScenarios: z.boolean().default(false),
  filter: hrFilterSchema.default({ area: '', model: '', organisationType: '' }),
  /** The UI language: column names, sheet names and words in the file follow it. */
  lang: z.enum(['nl', 'en']).default('nl'),
  source: hrSourceSchema,
});

export const hrExportFileSchema = z.strictObject({
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
});

export type HrExportRequest = z.output<typeof hrExportRequestSchema>;
export type HrExportFile = z.infer<typeof hrExportFileSchema>;

/**
 * The lists the screen shows under the matrix. The summary sends the first
 * `HR_LIST_PREVIEW` rows of each (sorted worst first) with its full count; "show all"
 * asks again with that list in `fullLists`. With 25,000 people the assessment list alone
 * holds twenty thousand rows the screen would otherwise carry unseen.
 */
export const HR_SCREEN_LISTS = ['overAllocated', 'assessments', 'singlePerson', 'advice'] as const;
export type HrScreenList = (typeof HR_SCREEN_LISTS)[number];
export const HR_LIST_PREVIEW = 50;

/** `hr.summary`: the overview as the screen shows it, computed in the store process. */
export const hrSummaryRequestSchema = z.strictObject({
  today: isoDateSchema,
  assessmentMonths: z.number().int().min(1).max(240).default(24),
  includeScenarios: z.boolean().default(false),
  filter: hrFilterSchema.default({ area: '', model: '', organisationType: '' }),
  fullLists: z.array(z.enum(HR_SCREEN_LISTS)).max(HR_SCREEN_LISTS.length).default([]),
  source: hrSourceSchema,
  /**
   * A first visit: only the matrix's first this many rows if the whole summary is not made
   * yet (`HrSummary.firstRowsOf` then says how many there are), else the whole summary.
   */
  firstRows: z.number().int().min(1).max(500).optional(),
});

/** `hr.cells`: the full cells (with their explanations) of the rows in view. */
export const hrCellsRequestSchema = z.strictObject({
  today: isoDateSchema,
  scenarioIds: z.array(idSchema).max(500),
  source: hrSourceSchema,
});

/** `hr.exportStart` answers at once; `hr.exportPoll` says how far the file is, then hands it over. */
export const hrExportJobSchema = z.strictObject({ jobId: z.string().max(64) });

export const hrExportPollSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('running'), done: z.number().int(), total: z.number().int() }),
  z.strictObject({ state: z.literal('done'), file: hrExportFileSchema }),
  z.strictObject({ state: z.literal('failed'), error: messageSchema }),
]);

export type HrExportPoll = z.infer<typeof hrExportPollSchema>;
