import { z } from 'zod';
import { idSchema } from '../domain/schemas.js';
import { DB_USER_PATTERN, MAX_PORT, MIN_PORT } from './sharedDbLimits.js';
import { hrInputSchema } from '../hr/apiSchemas.js';
import { messageSchema } from '../i18n/messageSchema.js';

/**
 * Publishing to the optional shared database (docs/shared-database.md, "The outbox"):
 * `shared.publish` only queues; the host sends the queue when the server is reachable.
 */
export const sharedPublishResultSchema = z.strictObject({
  publishId: z.string().max(64),
  queued: z.literal(true),
});

/** How the host's drain is doing: when it last sent, since when the server is away and why. */
const sharedConnectionSchema = z.strictObject({
  lastSentAt: z.string().nullable(),
  unreachableSince: z.string().nullable(),
  lastError: messageSchema.nullable(),
});

const outboxRowSchema = z.strictObject({
  publishId: z.string().max(64),
  teamId: idSchema,
  /** The team's name in the queued plan: what the wachtrij says when the team is no longer on this computer. */
  teamName: z.string(),
  scenarioId: idSchema,
  /** The shared version the plan was based on; null: follows the team's earlier waiting publish. */
  expectedVersion: z.number().int().nullable(),
  queuedAt: z.string(),
  attempts: z.number().int(),
  /** pending: waits to be sent; conflict: someone published in between; refused: the server said no. */
  state: z.enum(['pending', 'conflict', 'refused']),
  lastError: messageSchema.nullable(),
  /** For a conflict: the version the server holds instead. */
  theirs: z.strictObject({ version: z.number().int(), publishedBy: z.string(), publishedAt: z.string() }).nullable(),
});

export const sharedStatusSchema = z.strictObject({
  /** Whether this installation has a shared database configured. */
  configured: z.boolean(),
  outbox: z.array(outboxRowSchema),
  teams: z.array(
    z.strictObject({
      teamId: idSchema,
      sharedVersion: z.number().int(),
      lastPublishedAt: z.string().nullable(),
      lastPulledAt: z.string().nullable(),
    }),
  ),
  connection: sharedConnectionSchema,
});

export const sharedPublishIdSchema = z.strictObject({ publishId: z.string().max(64) });

/** One side of a conflict as the comparison screen shows it: enough to recognise the version. */
const conflictSideSchema = z.strictObject({
  /** False: a plan this planner cannot read (published by a newer version); only its name, if any, is known. */
  readable: z.boolean(),
  teamName: z.string(),
  functions: z.number().int(),
  members: z.number().int(),
  /** Names of the team's members, sorted, so a user sees who differs. */
  memberNames: z.array(z.string()),
  /** Hours per week of all the team's assignments together. */
  hours: z.number(),
});

export const sharedConflictSchema = z.strictObject({
  publishId: z.string().max(64),
  teamId: idSchema,
  /** `basedOn`: the shared version mine was made from; 0 when this computer never published or took the team. */
  mine: conflictSideSchema.extend({ queuedAt: z.string(), basedOn: z.number().int() }),
  /** `byMe`: published by the login this installation uses (an older stand of one's own, e.g. before a restore). */
  theirs: conflictSideSchema.extend({
    version: z.number().int(),
    publishedBy: z.string(),
    publishedAt: z.string(),
    byMe: z.boolean(),
  }),
});

/**
 * The user's answer to a conflict, as for a plan file: keep mine (publish over theirs as
 * the next version), take theirs (the local team becomes the shared version), keep both
 * (theirs as a new local team; mine stays local and unpublished).
 */
export const sharedResolveSchema = z.strictObject({
  publishId: z.string().max(64),
  choice: z.enum(['keepMine', 'takeTheirs', 'keepBoth']),
});
export const sharedResolveResultSchema = z.strictObject({
  /** The local team the user should look at now (theirs as a new team for keepBoth). */
  teamId: idSchema,
  scenarioId: idSchema.nullable(),
});

/**
 * This installation's way to the shared database, as the settings screen edits it. The
 * password is write-only: it goes to the operating system's keychain (desktop) and is
 * never sent back; the browser host takes it from PGPASSWORD or a pgpass file.
 */
export const sharedSettingsInputSchema = z.strictObject({
  server: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[^\s/@?#]+$/),
  port: z.number().int().min(MIN_PORT).max(MAX_PORT).default(5432),
  database: z
    .string()
    .trim()
    .min(1)
    .max(63)
    .regex(/^[^\s/@?#]+$/),
  user: z.string().trim().regex(DB_USER_PATTERN),
  /** The municipality's own CA certificate (PEM), when the server's certificate is not publicly trusted. */
  caFile: z.string().trim().max(1000).nullable().default(null),
  /** Only on the desktop (keychain); omitted: keep the stored one. */
  password: z.string().min(1).max(1000).optional(),
});

export const sharedSettingsSchema = z.strictObject({
  settings: sharedSettingsInputSchema.omit({ password: true }).nullable(),
  /** Where the password lives on this installation. */
  passwordStore: z.enum(['keychain', 'pgpass']),
  hasPassword: z.boolean(),
  /** WTP_SHARED_DB_URL is set: it wins over the settings, which are then shown read-only. */
  fromEnvironment: z.boolean(),
});

/** The settings dialog's connection check: `reason` says why not, in the user's words. */
export const sharedSettingsCheckSchema = z.strictObject({
  works: z.boolean(),
  reason: messageSchema.nullable(),
});

/** HR's overview read from the shared database: the same input as the local one, and when it was read. */
export const sharedHrOverviewSchema = hrInputSchema.extend({ pulledAt: z.string() });

/** A read of the shared database kept for HR's summary and exports: when, and how many teams. */
export const sharedHrPullSchema = z.strictObject({
  pulledAt: z.string(),
  teams: z.number().int().min(0),
  /** Published teams whose plan this planner cannot read (a newer format): not in the overview. */
  unreadable: z.number().int().min(0),
});
